// @vitest-environment happy-dom
/**
 * Reading a page's theme from its background (src/sites/page-theme.ts): X's three themes as it
 * paints them, the forms browsers report colours in, and the edges of the light/dark and dim/dark
 * decisions. Mutation testing found only X's recorded pages running this code.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readBackgroundTheme, systemTheme, themeFromBackground } from '../../src/sites/page-theme';

/** A parsed document, without a window as in browsers (happy-dom gives it one). */
function windowless(markup: string): Document {
  const parsed = new DOMParser().parseFromString(markup, 'text/html');
  Object.defineProperty(parsed, 'defaultView', { value: null });
  return parsed;
}

describe('themeFromBackground', () => {
  it('reads X’s three themes as browsers report them', () => {
    expect(themeFromBackground('rgb(255, 255, 255)')).toBe('light');
    // Transparent written without spaces: still the browser's white.
    expect(themeFromBackground('rgba(0,0,0,0)')).toBe('light');
    expect(themeFromBackground('rgb(21, 32, 43)')).toBe('dim');
    expect(themeFromBackground('rgb(0, 0, 0)')).toBe('dark');
  });

  it('reads rgb with or without spaces, and rgba', () => {
    expect(themeFromBackground('rgb(21,32,43)')).toBe('dim');
    expect(themeFromBackground('rgba(0,  0,  0, 1)')).toBe('dark');
    expect(themeFromBackground('rgba(0, 0, 0,0.5)')).toBe('dark');
  });

  it('takes a fully transparent background for the browser’s white, and no other alpha', () => {
    expect(themeFromBackground('rgba(0, 0, 0, 0)')).toBe('light');
    expect(themeFromBackground('rgba(0, 0, 0, 0.0)')).toBe('light');
    expect(themeFromBackground('rgba(0, 0, 0, 0.05)')).toBe('dark');
  });

  it('reads hex black only, with spaces around it; anything else it cannot read is light', () => {
    expect(themeFromBackground('#000000')).toBe('dark');
    expect(themeFromBackground('  #000000 ')).toBe('dark');
    expect(themeFromBackground('#FFFFFF')).toBe('light');
    expect(themeFromBackground('')).toBe('light');
    expect(themeFromBackground('black')).toBe('light');
  });

  it('calls a background light above half luminance, weighted as the eye sees (green most, blue least)', () => {
    // 0.2126 r + 0.7152 g + 0.0722 b: exactly 128 is dark, just above is light.
    expect(themeFromBackground('rgb(128, 128, 128)')).toBe('dark');
    expect(themeFromBackground('rgb(129, 129, 129)')).toBe('light');
    expect(themeFromBackground('rgb(0, 180, 0)')).toBe('light'); // 128.7 from green alone
    expect(themeFromBackground('rgb(0, 160, 255)')).toBe('light'); // 132.8 with blue added; 96 if it were taken away
  });

  it('calls a dark background dim only when clearly bluer than red', () => {
    expect(themeFromBackground('rgb(20, 20, 31)')).toBe('dim');
    expect(themeFromBackground('rgb(20, 20, 30)')).toBe('dark'); // blue exactly 10 above red
    expect(themeFromBackground('rgb(30, 20, 20)')).toBe('dark');
  });
});

describe('readBackgroundTheme', () => {
  afterEach(() => {
    document.body.removeAttribute('style');
    document.head.replaceChildren();
  });

  it('prefers the body’s inline colour (X sets it), and falls back to the computed style', () => {
    document.body.style.backgroundColor = 'rgb(21, 32, 43)';
    expect(readBackgroundTheme(document)).toBe('dim');
    document.body.removeAttribute('style');
    const sheet = document.createElement('style');
    sheet.textContent = 'body { background-color: rgb(0, 0, 0); }';
    document.head.append(sheet);
    expect(readBackgroundTheme(document)).toBe('dark');
  });

  it('is light for a document without a window (a parsed one) whose body sets no colour', () => {
    expect(readBackgroundTheme(windowless('<body><p>text</p></body>'))).toBe('light');
  });

  it('is light for a document without a body', () => {
    const bare = document.implementation.createHTMLDocument('');
    bare.documentElement.replaceChildren();
    expect(readBackgroundTheme(bare)).toBe('light');
  });
});

describe('systemTheme', () => {
  afterEach(() => vi.restoreAllMocks());

  it('follows the system’s colour scheme query', () => {
    const query = vi.spyOn(window, 'matchMedia');
    query.mockReturnValue({ matches: true } as MediaQueryList);
    expect(systemTheme(document)).toBe('dark');
    expect(query).toHaveBeenCalledWith('(prefers-color-scheme: dark)');
    query.mockReturnValue({ matches: false } as MediaQueryList);
    expect(systemTheme(document)).toBe('light');
  });

  it('is light where there is no window to ask, or the window answers no media queries', () => {
    expect(systemTheme(windowless('<p>text</p>'))).toBe('light');
    const withoutQueries = { defaultView: { matchMedia: undefined } } as unknown as Document;
    expect(systemTheme(withoutQueries)).toBe('light');
  });
});
