/** Bluesky names its theme in a class on <html> (`theme--light`, `theme--dim`, `theme--dark`). */
import type { Theme } from '../site-adapter';
import { THEME_CLASS } from './selectors';

export function readBlueskyTheme(doc: Document): Theme {
  const match = THEME_CLASS.exec(doc.documentElement.className);
  return (match?.[1] as Theme | undefined) ?? 'light';
}
