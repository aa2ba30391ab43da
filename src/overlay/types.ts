export type { OverlayRole } from '../sites/x/adapter';

/** X's three themes; the overlay matches whichever the page shows. */
export type Theme = 'light' | 'dim' | 'dark';
