/**
 * The store packages `npm run zip` makes (run by `npm test` before this tier): the Chrome Web Store
 * zip, the Firefox add-on zip and the Firefox sources zip, with the icon set, and nothing that does
 * not belong in them.
 */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pngSize, zipEntries } from '../support/zip';

const { name, version } = JSON.parse(readFileSync('package.json', 'utf8')) as { name: string; version: string };
const ICON_SIZES = [16, 32, 48, 96, 128];

for (const [browser, build] of [['chrome', '.output/chrome-mv3'], ['firefox', '.output/firefox-mv2']] as const) {
  test(`the ${browser} zip holds the built extension with its icons, and no source maps`, () => {
    const entries = zipEntries(`.output/${name}-${version}-${browser}.zip`);
    expect(entries).toEqual(expect.arrayContaining(['manifest.json', 'dataset.json', 'content-scripts/x.js', 'content-scripts/x.css', 'popup.html', 'options.html']));
    expect(entries.filter((entry) => entry.endsWith('.map'))).toEqual([]);
    // The record ships without its editors' notes, which no view shows.
    const packaged = readFileSync(join(build, 'dataset.json'), 'utf8');
    expect(packaged).toContain('"summary"');
    expect(packaged).not.toContain('"editorNote"');
    const manifest = JSON.parse(readFileSync(join(build, 'manifest.json'), 'utf8')) as { icons: Record<string, string> };
    expect(manifest.icons).toEqual(Object.fromEntries(ICON_SIZES.map((size) => [String(size), `icon/${size}.png`])));
    for (const size of ICON_SIZES) {
      expect(entries).toContain(`icon/${size}.png`);
      expect(pngSize(join(build, `icon/${size}.png`))).toEqual([size, size]);
    }
  });
}

test('the sources zip holds what rebuilds the Firefox package, and no build output or dependencies', () => {
  const entries = zipEntries(`.output/${name}-${version}-sources.zip`);
  expect(entries).toEqual(expect.arrayContaining(['package.json', 'package-lock.json', 'wxt.config.ts', 'tsconfig.json', 'README.md', 'assets/dataset/meta.json', 'entrypoints/background.ts', 'src/dataset/compile.ts', 'scripts/lib/dataset-plugin.ts']));
  expect(entries.filter((entry) => /^(node_modules|\.output|test-results)\//.test(entry))).toEqual([]);
});
