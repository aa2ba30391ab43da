/** An embed frame's theme is in its address: X's `theme=dark`, Bluesky's `colorMode=dark`; else the system's. */
import { systemTheme } from '../page-theme';
import type { Theme } from '../site-adapter';

export function readFrameTheme(doc: Document): Theme {
  const params = new URLSearchParams(doc.location.search);
  const chosen = params.get('theme') ?? params.get('colorMode');
  return chosen === 'dark' || chosen === 'light' ? chosen : systemTheme(doc);
}
