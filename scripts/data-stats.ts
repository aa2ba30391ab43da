/**
 * `npm run data:stats`: what the record holds, counted by platform, action, country and year.
 * (Add `--with DIR` to include staged records, as for data:check.)
 */
import { formatProblem } from '../src/dataset/compile';
import { compileWithExtras, extraDirsFromArgs } from './lib/read-dataset';

const { result } = compileWithExtras(extraDirsFromArgs() ?? []);
if (!result.ok) {
  for (const problem of result.problems) console.error(formatProblem(problem));
  process.exit(1);
}
const { entities, accounts, events, policies, meta } = result.dataset;

const count = <T>(items: T[], key: (item: T) => string | string[]) => {
  const counts = new Map<string, number>();
  for (const item of items) for (const k of [key(item)].flat()) counts.set(k, (counts.get(k) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
};
const table = (title: string, rows: Array<[string, number]>) => {
  console.log(`\n${title}`);
  for (const [name, n] of rows) console.log(`  ${name.padEnd(28)} ${String(n).padStart(5)}`);
};

const countriesOf = new Map(entities.map((e) => [e.id, [...new Set([...(e.country ? [e.country] : []), ...e.offices.map((o) => o.country)])]]));
const entityOfAccount = new Map(accounts.map((a) => [a.id, a.entity]));
const countryOfEvent = (account: string) => countriesOf.get(entityOfAccount.get(account) ?? '') ?? [];

console.log(`Precedent dataset ${meta.version} (${meta.date})`);
console.log(
  `${entities.length} entities, ${accounts.length} accounts, ${events.length} events ` +
    `(${events.filter((e) => e.sources.length >= 2).length} with two or more sources), ${policies.length} policy clauses`,
);
table('Accounts by platform', count(accounts, (a) => a.platform));
table('Accounts by kind', count(accounts, (a) => a.kind));
table('Events by platform', count(events, (e) => e.platform));
table('Events by action', count(events, (e) => e.action));
table('Entities by country (offices held)', count(entities, (e) => countriesOf.get(e.id)?.length ? countriesOf.get(e.id)! : '(none)'));
table('Events by country', count(events, (e) => (countryOfEvent(e.account).length ? countryOfEvent(e.account) : '(none)')));
table('Events by year', count(events, (e) => e.date.slice(0, 4)).sort((a, b) => a[0].localeCompare(b[0])));
table('Policy clauses by platform', count(policies, (p) => p.platform));

// Offices, handles and labels change: accounts nobody checked against their sources in a year.
const yearAgo = new Date();
yearAgo.setUTCFullYear(yearAgo.getUTCFullYear() - 1);
const cutoff = yearAgo.toISOString().slice(0, 10);
const stale = accounts.filter((account) => !account.checked || account.checked < cutoff);
console.log(`\nAccounts not checked since ${cutoff}: ${stale.length} of ${accounts.length}`);
for (const account of stale) console.log(`  ${account.id.padEnd(44)} ${account.checked ? `checked ${account.checked}` : 'never checked'}`);

// The holder an office account's post is attributed to comes from these dates: each needs a source.
const offices = entities.flatMap((entity) => entity.offices.map((office) => ({ entity: entity.id, office })));
const unsourced = offices.filter(({ office }) => !office.sources?.length);
console.log(`\nOffices without a source for their dates: ${unsourced.length} of ${offices.length}`);
for (const { entity, office } of unsourced) console.log(`  ${entity.padEnd(44)} ${office.title}, ${office.from} to ${office.to ?? 'now'}`);
