/** The checklist figure readers are told: written into meta.json by data:coverage, stated rounded down. */
import { describe, expect, it } from 'vitest';
import { metaWithCoverage } from '../../scripts/lib/coverage';
import { coverageShare } from '../../src/dataset/coverage-figure';
import { datasetMetaSchema } from '../../src/dataset/schema';

describe('the coverage figure', () => {
  it('is stated in whole percent rounded down, so the record never claims more than it holds', () => {
    expect(coverageShare({ recorded: 623, listed: 951 })).toEqual({ recorded: 623, listed: 951, percent: 65 });
    expect(coverageShare({ recorded: 199, listed: 200 })?.percent).toBe(99);
    expect(coverageShare({ recorded: 5, listed: 5 })?.percent).toBe(100);
    expect(coverageShare(undefined)).toBeUndefined();
  });

  it('is written into meta.json beside its other fields, and left alone when current', () => {
    const before = '{\n  "version": "0.1.5",\n  "date": "2026-12-05"\n}\n';
    const written = metaWithCoverage(before, { inDataset: 623, counted: 951 });
    expect(JSON.parse(written)).toEqual({ version: '0.1.5', date: '2026-12-05', coverage: { recorded: 623, listed: 951 } });
    expect(written.endsWith('}\n')).toBe(true);
    expect(metaWithCoverage(written, { inDataset: 623, counted: 951 })).toBe(written);
    expect(JSON.parse(metaWithCoverage(written, { inDataset: 624, counted: 951 })).coverage).toEqual({ recorded: 624, listed: 951 });
  });

  it('is refused by the schema when it holds more than it lists', () => {
    expect(datasetMetaSchema.safeParse({ version: '0.1.5', date: '2026', coverage: { recorded: 2, listed: 1 } }).success).toBe(false);
    expect(datasetMetaSchema.safeParse({ version: '0.1.5', date: '2026', coverage: { recorded: 1, listed: 2 } }).success).toBe(true);
  });
});
