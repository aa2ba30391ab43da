/**
 * A site's theme, read from the page's background: X paints `body` with its theme's colour (inline
 * style: light #FFFFFF, dim rgb(21,32,43), "Lights out" rgb(0,0,0); ../shared/docs/x-dom.md), and
 * Mastodon's and Truth Social's themes set it in their style sheets (computed style).
 */
import type { Theme } from './site-adapter';

export function themeFromBackground(color: string): Theme {
  const rgb = /rgba?\((\d+),\s*(\d+),\s*(\d+)(?:,\s*([\d.]+))?/.exec(color);
  if (!rgb) return color.trim().toLowerCase() === '#000000' ? 'dark' : 'light';
  if (rgb[4] !== undefined && Number(rgb[4]) === 0) return 'light'; // transparent: the browser's white
  const [r, g, b] = [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])];
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  if (luminance > 128) return 'light';
  return b > r + 10 ? 'dim' : 'dark'; // dim is a dark blue-grey; lights-out is neutral black
}

export function readTheme(doc: Document): Theme {
  const body = doc.body;
  if (!body) return 'light';
  // The inline style is free to read; computed style is the fallback when X sets none.
  const inline = body.style.backgroundColor;
  return themeFromBackground(inline || doc.defaultView?.getComputedStyle(body).backgroundColor || '');
}
