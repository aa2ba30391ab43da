/**
 * The checklist figure the build bundles (assets/dataset/meta.json's `coverage`, written by `npm run
 * data:coverage`): what the panel and the popup must state.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { datasetMetaSchema, type CoverageFigure } from '../../../src/dataset/schema';

/** The figure as the English panel and popup state it: counts grouped ("1,007"), whole percent rounded down. */
export function coverageWords(): { recorded: string; listed: string; percent: string } {
  const { recorded, listed } = bundledCoverage();
  const number = new Intl.NumberFormat('en');
  return { recorded: number.format(recorded), listed: number.format(listed), percent: number.format(Math.floor((recorded * 100) / listed)) };
}

function bundledCoverage(): CoverageFigure {
  const meta = datasetMetaSchema.parse(JSON.parse(readFileSync(resolve(process.cwd(), 'assets/dataset/meta.json'), 'utf8')));
  if (!meta.coverage) throw new Error('assets/dataset/meta.json carries no coverage figure: run `npm run data:coverage`');
  return meta.coverage;
}
