/**
 * Conventions the codebase keeps, checked over its own files: no HTML or code injection sinks, no
 * raw selectors outside a site's selectors.ts, no polling, thin entrypoints, and every selector proven
 * by a fixture named in its comment.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { blueskySelectors } from '../../src/sites/bluesky/selectors';
import { frameSelectors } from '../../src/sites/embed-frames/selectors';
import { embedSelectors } from '../../src/sites/embeds/selectors';
import { mastodonSelectors } from '../../src/sites/mastodon/selectors';
import { truthSocialSelectors } from '../../src/sites/truthsocial/selectors';
import { selectors } from '../../src/sites/x/selectors';
import { loadFixture } from '../support/dom';

const ROOT = resolve(import.meta.dirname, '../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

const shipped = [...sourceFiles(join(ROOT, 'src')), ...sourceFiles(join(ROOT, 'entrypoints'))].map((path) => ({
  path: relative(ROOT, path),
  text: readFileSync(path, 'utf8'),
}));

describe('architecture', () => {
  it('has no HTML or code injection sinks in shipped code', () => {
    const sinks = /\b(innerHTML|outerHTML|insertAdjacentHTML|dangerouslySetInnerHTML|document\.write)\b|\beval\(|new Function\(/;
    expect(shipped.filter((file) => sinks.test(file.text)).map((file) => file.path)).toEqual([]);
  });

  it('keeps every DOM selector string in a site’s selectors.ts', () => {
    const raw = /\.(querySelector|querySelectorAll|closest|matches)(<[^>]*>)?\(\s*['"`]/;
    expect(shipped.filter((file) => !file.path.endsWith('selectors.ts') && raw.test(file.text)).map((f) => f.path)).toEqual([]);
  });

  it('never polls', () => {
    expect(shipped.filter((file) => /\bsetInterval\(/.test(file.text)).map((file) => file.path)).toEqual([]);
  });

  it('has no untyped or silenced code', () => {
    expect(shipped.filter((file) => /:\s*any\b|as any\b|@ts-ignore|@ts-nocheck/.test(file.text)).map((f) => f.path)).toEqual([]);
  });

  it('keeps entrypoints to wiring', () => {
    for (const file of shipped.filter((f) => f.path.startsWith('entrypoints/'))) expect(file.text.split('\n').length, file.path).toBeLessThan(40);
  });
});

describe('X selectors', () => {
  const source = readFileSync(join(ROOT, 'src/sites/x/selectors.ts'), 'utf8');
  const documents = new Map<string, Document>();
  const load = (name: string) => {
    if (!documents.has(name)) {
      const folder = name.startsWith('x-home-timeline-2021') ? 'real' : 'x';
      documents.set(name, loadFixture(`${folder}/${name}`).document as unknown as Document);
    }
    return documents.get(name)!;
  };

  for (const [key, selector] of Object.entries(selectors)) {
    it(`${key} is documented and matches in the fixtures its comment names`, () => {
      // The comment directly above `key:` (one or more lines).
      const comment = new RegExp(`/\\*\\*((?:(?!\\*/)[\\s\\S])*)\\*/\\s*${key}:`).exec(source)?.[1] ?? '';
      expect(comment.trim().length, `${key} needs a comment`).toBeGreaterThan(10);
      const fixtures = [...new Set(comment.match(/[\w-]+\.html/g) ?? [])];
      const proven = /All fixtures|Both markups/.test(comment) ? ['home-2025.html', 'x-home-timeline-2021.html'] : fixtures;
      expect(proven.length, `${key} must name the fixture that proves it`).toBeGreaterThan(0);
      for (const name of proven) expect(load(name).querySelector(selector), `${key} in ${name}`).not.toBeNull();
    });
  }
});

/** The other sites' selectors files: each selector's comment names fixtures (in tests/fixtures/real or tests/fixtures/sites) it matches in. */
const SITE_SELECTORS: Array<[string, Record<string, string>]> = [
  ['src/sites/embeds/selectors.ts', embedSelectors],
  ['src/sites/embed-frames/selectors.ts', frameSelectors],
  ['src/sites/bluesky/selectors.ts', blueskySelectors],
  ['src/sites/mastodon/selectors.ts', mastodonSelectors],
  ['src/sites/truthsocial/selectors.ts', truthSocialSelectors],
];

const fixtureFolder = (name: string) => (existsSync(join(ROOT, 'tests/fixtures/real', name)) ? `real/${name}` : `sites/${name}`);

for (const [file, table] of SITE_SELECTORS) {
  describe(`${file} selectors`, () => {
    const source = readFileSync(join(ROOT, file), 'utf8');
    for (const [key, selector] of Object.entries(table)) {
      it(`${key} is documented and matches in the fixtures its comment names`, () => {
        const comment = new RegExp(`/\\*\\*((?:(?!\\*/)[\\s\\S])*)\\*/\\s*${key}:`).exec(source)?.[1] ?? '';
        const fixtures = [...new Set(comment.match(/[\w-]+\.html/g) ?? [])];
        expect(fixtures.length, `${key} must name the fixture that proves it`).toBeGreaterThan(0);
        for (const name of fixtures) expect(loadFixture(fixtureFolder(name)).document.querySelector(selector), `${key} in ${name}`).not.toBeNull();
      });
    }
  });
}
