/**
 * The house's layers (.dependency-cruiser.mjs): the rule fails on an import back up the layers and on
 * a cycle (shown on a miniature src/ with deliberate faults, tests/fixtures/layers), the real tree
 * has none, every folder of src/ has its layer, and the README's diagram is drawn from the rule.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { cruise, type ICruiseResult } from 'dependency-cruiser';
import { describe, expect, it } from 'vitest';
import config, { LAYERS } from '../../.dependency-cruiser.mjs';
import { layersDiagram, withDiagram } from '../../scripts/lib/layers-diagram';

const ROOT = resolve(import.meta.dirname, '../..');

async function violations(baseDir: string, paths: string[]): Promise<string[]> {
  const cwd = process.cwd();
  process.chdir(baseDir);
  try {
    const result = await cruise(paths, { ruleSet: config, ...config.options, validate: true });
    const output = result.output as ICruiseResult;
    return output.summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`);
  } finally {
    process.chdir(cwd);
  }
}

describe('layers', () => {
  it('reports an import back up the layers, a type-only one too, and a cycle', async () => {
    const found = await violations(join(ROOT, 'tests/fixtures/layers'), ['src']);
    expect(found).toEqual(
      expect.arrayContaining([
        'layer-dataset: src/dataset/dates.ts → src/content/annotator.ts',
        'layer-sites: src/sites/adapter.ts → src/overlay/types.ts',
        expect.stringMatching(/^no-circular: src\/matching\/[ab]\.ts → src\/matching\/[ab]\.ts$/),
      ]),
    );
    // Importing down is allowed.
    expect(found.some((v) => v.startsWith('layer-content:'))).toBe(false);
  }, 60_000);

  it('finds no violation in the code', async () => {
    expect(await violations(ROOT, ['src', 'entrypoints', 'scripts', 'wxt.config.ts'])).toEqual([]);
  }, 120_000);

  it('gives every folder of src/ a layer, and names no folder that is not there', () => {
    const inSrc = readdirSync(join(ROOT, 'src'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory() || (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')))
      .map((entry) => entry.name)
      .sort();
    expect(LAYERS.flatMap((layer) => layer.folders).sort()).toEqual(inSrc);
  });

  it('draws the README diagram from the rule', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    expect(readme, 'run `npm run docs:layers`').toContain(layersDiagram(LAYERS));
    expect(withDiagram(readme, LAYERS)).toBe(readme);
  });
});
