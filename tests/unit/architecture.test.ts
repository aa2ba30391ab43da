/**
 * Conventions the codebase keeps, checked over its own files: no HTML or code injection sinks, no
 * raw selectors outside a site's selectors.ts, no polling, thin entrypoints, and every selector proven
 * by a fixture named in its comment.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import index from 'virtual:precedent-index/x';
import { describe, expect, it, vi } from 'vitest';
import { builtInContentScript, switchedOnContentScript } from '../../src/content/content-scripts';
import { SITES } from '../../src/sites/all-sites';
import { embedsSite } from '../../src/sites/embeds';
import { mastodonSite } from '../../src/sites/mastodon';
import { SWITCHED_ON_SCRIPT } from '../../src/sites/site-definition';
import { xSite } from '../../src/sites/x';
import { selectors } from '../../src/sites/x/selectors';
import { loadFixture } from '../support/dom';

// The content scripts' factory is only built here, never run: the polyfill refuses to load outside an extension.
vi.mock('webextension-polyfill', () => ({ default: {} }));

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

/**
 * Every site folder's selectors file (found, not listed: a new site is checked without being named
 * here): each selector's comment names fixtures (in tests/fixtures/real, sites or x) it matches in.
 */
const SELECTOR_FILES = import.meta.glob<Record<string, unknown>>('../../src/sites/*/selectors.ts', { eager: true });
const fixtureFolder = (name: string) =>
  ['real', 'sites', 'x'].map((folder) => `${folder}/${name}`).find((path) => existsSync(join(ROOT, 'tests/fixtures', path))) ?? `sites/${name}`;

for (const [path, module] of Object.entries(SELECTOR_FILES).filter(([path]) => !path.includes('/x/'))) {
  const file = path.replace('../../', '');
  const table = Object.entries(module).find(([name, value]) => /Selectors$/.test(name) && typeof value === 'object')?.[1] as Record<string, string> | undefined;
  describe(`${file} selectors`, () => {
    it('exports its table as <site>Selectors', () => expect(table).toBeDefined());
    const source = readFileSync(join(ROOT, file), 'utf8');
    for (const [key, selector] of Object.entries(table ?? {})) {
      it(`${key} is documented and matches in the fixtures its comment names`, () => {
        const comment = new RegExp(`/\\*\\*((?:(?!\\*/)[\\s\\S])*)\\*/\\s*${key}:`).exec(source)?.[1] ?? '';
        const fixtures = [...new Set(comment.match(/[\w-]+\.html/g) ?? [])];
        expect(fixtures.length, `${key} must name the fixture that proves it`).toBeGreaterThan(0);
        for (const name of fixtures) expect(loadFixture(fixtureFolder(name)).document.querySelector(selector), `${key} in ${name}`).not.toBeNull();
      });
    }
  });
}

describe('sites and their content scripts', () => {
  const contentEntrypoints = readdirSync(join(ROOT, 'entrypoints')).filter((name) => name.endsWith('.content'));
  const entry = (name: string) => readFileSync(join(ROOT, 'entrypoints', `${name}.content`, 'index.ts'), 'utf8');

  it('has one content script per built-in and frames site, one for the switched-on sites, and no other', () => {
    const expected = [...SITES.filter((site) => site.runs.kind !== 'switched-on').map((site) => site.id), SWITCHED_ON_SCRIPT];
    expect(contentEntrypoints.map((name) => name.replace(/\.content$/, '')).sort()).toEqual(expected.sort());
  });

  it('makes each from its own site folder, through the factory', () => {
    for (const site of SITES) {
      const text = entry(site.runs.kind === 'switched-on' ? SWITCHED_ON_SCRIPT : site.id);
      expect(text, site.id).toContain(`from '../../src/sites/${site.id}'`);
      expect(text, site.id).toContain(`from '../../src/content/content-scripts'`);
    }
  });

  it('fails the build when a script serves sites other than the list gives it', () => {
    expect(() => switchedOnContentScript([embedsSite, mastodonSite], index)).toThrow(/lists \[mastodon, embeds\]/);
    expect(() => switchedOnContentScript([mastodonSite], index)).toThrow(/serves \[mastodon\]/);
    expect(() => builtInContentScript({ ...xSite, id: 'nowhere' } as unknown as typeof xSite, index)).toThrow(/nowhere/);
    expect(() => switchedOnContentScript([mastodonSite, embedsSite], index)).not.toThrow();
  });
});
