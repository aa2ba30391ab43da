export type { OverlayRole, Theme } from '../sites/site-adapter';

/** The user's display choices that the overlay honours (settings, issue #4). */
export interface Display {
  /** "badge": the badge alone; "summary": the badge and a one-line summary of the record. */
  density: 'badge' | 'summary';
  show: { author: boolean; quoted: boolean; reposter: boolean };
}
