/**
 * "Copy citation" under an event, where the view can copy (the extension's own pages provide the
 * copier; on a site the panel has none and shows no button). Says in words whether it worked.
 */
import { createContext } from 'preact';
import { useContext, useState } from 'preact/hooks';
import type { EventRecord } from '../dataset/schema';
import { text } from './labels';

export const CitationContext = createContext<((event: EventRecord) => Promise<void>) | null>(null);

export function CopyCitation({ event }: { event: EventRecord }) {
  const copy = useContext(CitationContext);
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  if (!copy) return null;
  const onClick = () => {
    copy(event).then(
      () => setState('copied'),
      () => setState('failed'),
    );
  };
  return (
    <>
      <button type="button" class="linkish" onClick={onClick}>
        {text.copyCitation}
      </button>
      <span class="event__copied" role="status">
        {state === 'copied' ? text.copied : state === 'failed' ? text.copyFailed : ''}
      </span>
    </>
  );
}
