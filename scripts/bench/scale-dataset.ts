/**
 * Generated datasets for the benchmark's scale runs: the bundled dataset plus N synthetic tracked
 * accounts (one entity each, every tenth with one event), written to a temporary directory and never
 * shipped. Synthetic records are marked as such in every name, and their source URLs are under
 * example.org (reserved for documentation), so nothing here can be mistaken for the record.
 */
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DATASET_DIR } from '../lib/read-dataset';

const COUNTRIES = ['AR', 'BR', 'CA', 'DE', 'FR', 'GB', 'ID', 'IN', 'IR', 'IT', 'JP', 'KR', 'MX', 'RU', 'SA', 'TR', 'US', 'ZA'];

export const syntheticHandle = (n: number) => `bench_${n.toString(36)}`;

const source = (n: number) => ({
  url: `https://example.org/precedent-benchmark/${n}`,
  publisher: 'Synthetic (benchmark)',
  title: `Synthetic record ${n}`,
  date: '2021-01-01',
});

/** Writes the dataset and returns its directory. `policyId` is an existing clause the events cite. */
export function writeScaleDataset(accounts: number, policyId: string): string {
  const dir = mkdtempSync(join(tmpdir(), `precedent-bench-${accounts}-`));
  cpSync(DATASET_DIR, dir, { recursive: true });
  const entities = join(dir, 'entities');
  mkdirSync(entities, { recursive: true });
  for (let n = 0; n < accounts; n++) {
    const id = `synthetic-${n}`;
    const account = `x-${id}`;
    const file = {
      id,
      type: 'person',
      names: { en: `Synthetic official ${n}` },
      offices: [{ title: `Synthetic office ${n}`, country: COUNTRIES[n % COUNTRIES.length], from: '2020-01-01', to: null, sources: [source(n)] }],
      accounts: [
        {
          id: account,
          platform: 'x',
          kind: 'official',
          language: 'en',
          userId: String(9_000_000_000_000_000_000n + BigInt(n)),
          userIdSource: source(n),
          handles: [{ handle: syntheticHandle(n) }],
          sources: [source(n)],
        },
      ],
      events:
        n % 10 === 0
          ? [{ id: `${id}-label`, account, platform: 'x', date: '2021-01-01', action: 'post-labelled', policies: [policyId], summary: 'Synthetic event.', sources: [source(n)] }]
          : [],
    };
    writeFileSync(join(entities, `${id}.json`), JSON.stringify(file));
  }
  return dir;
}
