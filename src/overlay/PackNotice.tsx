import { packNames, text } from './labels';

/**
 * Says that what follows includes the user's own imported records: a badge about a head of state
 * must never pass a pack's claim off as the reviewed dataset's.
 */
export function PackNotice({ names }: { names: string[] }) {
  return (
    <p class="pack-notice" role="note">
      <svg viewBox="0 0 16 16" aria-hidden="true" class="pack-notice__icon">
        <path d="M3 2.5h7l3 3v8H3v-11Zm6.5 0v3.5H13" fill="none" stroke="currentColor" stroke-width="1.3" />
      </svg>
      {text.fromPacks(packNames(names))}
    </p>
  );
}
