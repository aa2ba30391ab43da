/**
 * The theme readers sites share. X paints `body` with its theme's colour (inline style: light
 * #FFFFFF, dim rgb(21,32,43), "Lights out" rgb(0,0,0); docs/x-dom.md), and Mastodon's and Truth
 * Social's themes set it in their style sheets (computed style): their theme is read from the page's
 * background. Publishers' pages have schemes of their own: the overlay follows the system's there.
 * Sites with a theme of their own to read keep their reader in their folder (Bluesky, embed frames).
 */
import type { Theme } from './site-adapter';

export function themeFromBackground(color: string): Theme {
  const rgb = /rgba?\((\d+),\s*(\d+),\s*(\d+)(?:,\s*([\d.]+))?/.exec(color);
  if (!rgb) return color.trim() === '#000000' ? 'dark' : 'light';
  if (Number(rgb[4]) === 0) return 'light'; // transparent: the browser's white (no alpha reads NaN)
  const [r, g, b] = [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])];
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  if (luminance > 128) return 'light';
  return b > r + 10 ? 'dim' : 'dark'; // dim is a dark blue-grey; lights-out is neutral black
}

export function readBackgroundTheme(doc: Document): Theme {
  const body = doc.body;
  if (!body) return 'light';
  // The inline style is free to read; computed style is the fallback when X sets none.
  const inline = body.style.backgroundColor;
  return themeFromBackground(inline || doc.defaultView?.getComputedStyle(body).backgroundColor || '');
}

export function systemTheme(doc: Document): Theme {
  return doc.defaultView?.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}
