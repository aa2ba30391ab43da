// @vitest-environment happy-dom
/**
 * The helpers every site adapter shares (src/sites/site-adapter.ts), at their edges: where an overlay
 * row is when the anchor is the scope itself or outside it, with one landmark of several in the
 * row's way; posts found in, under and around a root; text nodes' posts; ISO dates; the address-
 * derived value. Mutation testing found these covered only through the adapters' happy paths.
 */
import { describe, expect, it } from 'vitest';
import { allIn, enclosing, epochOf, pathValue, rowOf } from '../../src/sites/site-adapter';
import { parseMarkup, setPageUrl } from '../support/dom';

function place(markup: string) {
  document.body.replaceChildren(parseMarkup(markup));
  return (id: string) => document.getElementById(id)!;
}

describe('rowOf', () => {
  it('is the child of the scope that holds the anchor, or the row just below a landmark’s ancestor', () => {
    const el = place('<div id="post"><div id="top"><div id="line"><a id="a">x</a></div><div id="text">t</div></div><div id="media">m</div></div>');
    expect(rowOf(el('a'), el('post'))).toBe(el('top'));
    expect(rowOf(el('a'), el('post'), [el('text')])).toBe(el('line'));
    // Any one landmark stops the climb where it first appears beside the anchor's row.
    expect(rowOf(el('a'), el('post'), [el('media'), el('text')])).toBe(el('line'));
  });

  it('is the anchor itself when the anchor is the scope or lies outside it', () => {
    const el = place('<div id="outer"><div id="post"><a id="a">x</a></div><div id="other"><a id="b">y</a></div></div>');
    expect(rowOf(el('post'), el('post'))).toBe(el('post'));
    expect(rowOf(el('b'), el('post'))).toBe(el('b'));
  });

  it('is the anchor itself when the anchor is the scope, whatever landmarks lie outside it', () => {
    // Climbing past the scope, the wrapper would be the first row beside the landmark.
    const el = place('<div id="outer"><div id="wrap"><div id="post"><a>x</a></div></div><div id="mark">m</div></div>');
    expect(rowOf(el('post'), el('post'), [el('mark')])).toBe(el('post'));
  });
});

describe('allIn and enclosing', () => {
  it('find matches under a root, and the one the root sits in, first', () => {
    const el = place('<div id="post" class="p"><div id="inner"><div id="nested" class="p"></div></div></div>');
    expect(allIn(el('inner'), '.p')).toEqual([el('post'), el('nested')]);
    expect(allIn(document, '.p')).toEqual([el('post'), el('nested')]);
    expect(allIn(el('nested'), '.p')).toEqual([el('nested')]);
  });

  it('find the post a text node sits in', () => {
    const el = place('<div id="post" class="p"><span id="s">text</span></div>');
    expect(enclosing(el('s').firstChild!, '.p')).toBe(el('post'));
    expect(enclosing(el('s'), '.none')).toBeNull();
  });

  it('find no post for a node outside any element (a detached text, the document itself)', () => {
    place('<div class="p">text</div>');
    expect(enclosing(document.createTextNode('loose'), '.p')).toBeNull();
    expect(enclosing(document, '.p')).toBeNull();
  });
});

describe('epochOf', () => {
  it('reads ISO dates, and nothing else', () => {
    expect(epochOf('2024-05-01T12:00:00.000Z')).toBe(Date.UTC(2024, 4, 1, 12));
    expect(epochOf('not a date')).toBeNull();
    expect(epochOf('')).toBeNull();
    expect(epochOf(null)).toBeNull();
  });
});

describe('pathValue', () => {
  it('derives once per path, and again only when the path changes', () => {
    setPageUrl('https://example.org/first');
    const seen: string[] = [];
    const value = pathValue(document, (path) => {
      seen.push(path);
      return path.toUpperCase();
    });
    expect(value.value).toBe('/FIRST');
    expect(value.refresh()).toBe(false);
    history.pushState({}, '', '/second?query#hash');
    expect(value.refresh()).toBe(true);
    expect(value.value).toBe('/SECOND');
    history.pushState({}, '', '/second?other');
    expect(value.refresh()).toBe(false);
    expect(seen).toEqual(['/first', '/second']);
  });
});
