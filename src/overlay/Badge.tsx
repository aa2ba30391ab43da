/** The compact, focusable badge under a tracked account's author line (or a quote's, or a repost row). */
import type { RefObject } from 'preact';
import { officeTitleAt, seatHoldersAt, type BadgeSummary } from '../dataset/badge-summary';
import { i18n } from '../i18n/current';
import type { OverlayRole } from './types';
import { formatPartialDate } from './format';
import { ACTION_LABELS, KIND_LABELS, PLATFORM_LABELS, text } from './labels';

export interface BadgeProps {
  summary: BadgeSummary;
  role: OverlayRole;
  at: number;
  open: boolean;
  panelId: string;
  onToggle: () => void;
  buttonRef?: RefObject<HTMLButtonElement | null>;
  /** Icon and count only (the name and kind stay for screen readers): a post on its author's own profile page. */
  compact?: boolean;
  /** The reader is reaching for the badge (pointer over it, focus on it): time to fetch the panel's detail. */
  onApproach?: () => void;
}

/**
 * The one-line summary shown under the badge at "summary" density: the latest enforcement action on
 * the platform the badge counts (the entity's accounts there), never a reinstatement or "no action".
 */
export function RecordSummary({ summary }: { summary: BadgeSummary }) {
  const { latest } = summary;
  // The event's own words come with the panel's detail; until then the line (one line, cut with an
  // ellipsis: it never grows) names the action and its date.
  return (
    <p class="summary" dir="auto">
      {latest ? text.latestAction(ACTION_LABELS[latest.action], formatPartialDate(latest.date), latest.summary ?? '').trimEnd() : text.noEnforcement}
    </p>
  );
}

/**
 * Who the badge names: an office account's holder on the post's date ("President of France: François
 * Hollande"), a person's office then, else the entity's name. English, from the record.
 */
function badgeName(summary: BadgeSummary, at: number): string {
  if (summary.seat) {
    const then = seatHoldersAt(summary, at);
    return then.length > 0 ? `${summary.seat.title}: ${i18n().list(then)}` : summary.name;
  }
  return officeTitleAt(summary, at) ?? summary.name;
}

export function Badge({ summary, role, at, open, panelId, onToggle, buttonRef, compact = false, onApproach }: BadgeProps) {
  // The entity's actions on this platform: the number the panel's and the popup's counts start from.
  const { platform, kind } = summary.account;
  const { actions } = summary;
  const count = actions > 0 ? text.actionsOn(actions, PLATFORM_LABELS[platform]) : text.noActionsOn(PLATFORM_LABELS[platform]);
  return (
    <button
      ref={buttonRef}
      type="button"
      class={`badge badge--${role}${compact ? ' badge--compact' : ''}`}
      aria-expanded={open}
      aria-controls={panelId}
      onClick={onToggle}
      onPointerEnter={onApproach}
      onFocus={onApproach}
    >
      {/* The name is the visible text, framed by words for screen readers only (WCAG 2.5.3, label in name). */}
      <span class="visually-hidden">{text.badgeBefore} </span>
      <svg class="badge__icon" viewBox="0 0 16 16" aria-hidden="true">
        <path d="M8 1.5 2.5 3.6v3.9c0 3.3 2.3 6.1 5.5 7 3.2-.9 5.5-3.7 5.5-7V3.6L8 1.5Zm0 2.1 3.5 1.3v2.6c0 2.2-1.4 4.2-3.5 5V3.6Z" />
      </svg>
      {role === 'reposter' && <span class="badge__prefix">{text.repostedBy}</span>}
      {role === 'quoted' && <span class="badge__prefix">{text.quoted}</span>}
      {role === 'claimed' && <span class="badge__prefix">{text.claimedPrefix}</span>}
      <span class="badge__who">
        {/* The office title is English (the dataset's), the kind is in the user's language: each keeps its direction. */}
        <bdi lang="en">{badgeName(summary, at)}</bdi>
        <span class="badge__kind"> · {KIND_LABELS[kind]}</span>
      </span>
      {/* In a narrow column the count drops its platform (styles.css); screen readers always hear it whole. */}
      <span class={`badge__count${actions > 0 ? ' badge__count--some' : ''}`}>
        <span class="badge__count-long">{count}</span>
        <span class="badge__count-short" aria-hidden="true">
          {actions > 0 ? text.actionsShort(actions) : text.noActionsShort}
        </span>
      </span>
      <span class="visually-hidden">{text.badgeAfter}</span>
      <svg class="badge__chevron" viewBox="0 0 16 16" aria-hidden="true">
        <path d={open ? 'M4 10l4-4 4 4' : 'M4 6l4 4 4-4'} />
      </svg>
    </button>
  );
}
