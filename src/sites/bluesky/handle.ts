/**
 * Handles as Bluesky prints them (wrapped in bidi marks, with "@", in any case): the feed, threads and
 * embed frames read authors through this one function, so lookalikes fail the same way everywhere.
 */
import { isDid, normaliseHandle } from '../../dataset/handles';
import { BIDI_MARKS } from './selectors';

/** A handle or DID as Bluesky printed it, without its bidi wrapping; null if it is neither. */
export function cleanHandle(raw: string | null | undefined): string | null {
  const text = (raw ?? '').replace(BIDI_MARKS, '').trim().replace(/^@/, '').toLowerCase();
  if (isDid(text)) return text;
  return normaliseHandle(text, 'bluesky');
}
