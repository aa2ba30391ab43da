/**
 * "Copy citation" under an event, where the view can copy (the extension's own pages provide the
 * copier; on a site the panel has none and shows no button).
 */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { EventRecord } from '../dataset/schema';
import { CopyButton } from './CopyButton';
import { text } from './labels';

export const CitationContext = createContext<((event: EventRecord) => Promise<void>) | null>(null);

export function CopyCitation({ event }: { event: EventRecord }) {
  const copy = useContext(CitationContext);
  return copy ? <CopyButton label={text.copyCitation} copy={() => copy(event)} /> : null;
}
