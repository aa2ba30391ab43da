/**
 * A clone of the repository holds everything a contributor needs: every path the README, the docs,
 * the code's comments, the scripts and the tests name exists in the repository, and nothing points
 * outside it (no "../shared/...").
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const TOP = ['src', 'docs', 'tests', 'scripts', 'assets', 'entrypoints', '.ci'];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'fixtures' || name.endsWith('-snapshots') ? [] : files(path);
    return /\.(ts|tsx|mjs|js|md|css)$/.test(name) || name === 'run' ? [path] : [];
  });
}

/** The layers test names paths of its own miniature tree (tests/fixtures/layers/src), not the repository's. */
const OWN_TREES = ['tests/unit/layers.test.ts'];

const texts = [join(ROOT, 'README.md'), join(ROOT, 'CHANGELOG.md'), join(ROOT, 'wxt.config.ts'), ...TOP.filter((dir) => dir !== 'assets').flatMap((dir) => files(join(ROOT, dir)))].map(
  (path) => ({ path: relative(ROOT, path), text: readFileSync(path, 'utf8') }),
).filter((file) => !OWN_TREES.includes(file.path));

/** Repository paths named in a text: `src/...`, `docs/...` and the like (templates with <, *, { or $ are skipped). */
function namedPaths(text: string): string[] {
  const pattern = new RegExp(`(?<![\\w./-])((?:${TOP.map((dir) => dir.replace('.', '\\.')).join('|')})/[\\w./@-]*[\\w/])(?![\\w<*{$])`, 'g');
  return [...text.matchAll(pattern)].map((match) => match[1]!).filter((path) => !/[<>*{}$]/.test(path));
}

/** Relative markdown links: `[text](other.md)`, `[text](../src/x.ts#anchor)`. */
function markdownLinks(text: string): string[] {
  return [...text.matchAll(/\]\(((?!https?:|mailto:|#)[^)\s]+)\)/g)].map((match) => match[1]!.replace(/#.*$/, ''));
}

describe('references inside the repository', () => {
  it('never points outside the repository', () => {
    expect(texts.filter((file) => /\.\.\/shared\b|\/work\//.test(file.text) && file.path !== 'tests/unit/doc-references.test.ts').map((f) => f.path)).toEqual([]);
  });

  it('names only paths that exist', () => {
    const missing = texts.flatMap((file) =>
      namedPaths(file.text)
        .filter((path) => !existsSync(join(ROOT, path.replace(/\/$/, ''))))
        .map((path) => `${file.path}: ${path}`),
    );
    expect(missing).toEqual([]);
  });

  it('links markdown only to files that exist', () => {
    const missing = texts
      .filter((file) => file.path.endsWith('.md'))
      .flatMap((file) => markdownLinks(file.text).filter((link) => !existsSync(join(ROOT, dirname(file.path), link))).map((link) => `${file.path}: ${link}`));
    expect(missing).toEqual([]);
  });
});
