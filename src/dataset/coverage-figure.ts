/**
 * The share of the coverage checklist the record holds (meta.json's `coverage`, written by `npm run
 * data:coverage`), as the panel and the popup state it: a reader who sees "2 actions on record"
 * must not take it as every action the press reported.
 */
import type { CoverageFigure } from './schema';

export interface CoverageShare {
  recorded: number;
  listed: number;
  /** Whole percent, rounded down: the record never claims more of the checklist than it holds. */
  percent: number;
}

export function coverageShare(figure: CoverageFigure | undefined): CoverageShare | undefined {
  // `listed` is positive: the schema refuses a figure that lists nothing.
  if (!figure) return undefined;
  return { recorded: figure.recorded, listed: figure.listed, percent: Math.floor((figure.recorded * 100) / figure.listed) };
}
