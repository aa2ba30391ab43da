// @vitest-environment happy-dom
/**
 * Whatever a pack touches is marked wherever it shows, and nothing a pack or a record says can pass
 * for something else: a pack that only renames a clause marks the panel and the events citing it; a
 * pack name holding U+202E is isolated; a source's link shows where it really goes.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { type RunningAnnotator, startSite } from '../../src/content/start-site';
import { applyPacks } from '../../src/packs/apply-packs';
import { xSite } from '../../src/sites/x';
import { datasetTracking } from '../support/dataset';
import { installFixture, manualFrames } from '../support/dom';
import { answered, backgroundLookup } from '../support/lookup';

let running: RunningAnnotator | undefined;
afterEach(() => running?.stop());

const bundled = datasetTracking('mranti');
const policy = bundled.policies.find((candidate) => candidate.id === bundled.events[0]!.policies[0])!;

async function openPanel(data: ReturnType<typeof applyPacks>) {
  installFixture('real/x-home-timeline-2021.html', 'https://twitter.com/home');
  running = startSite(xSite, { doc: document, lookup: backgroundLookup(data.dataset, data.origin).lookup, schedule: manualFrames().schedule });
  await answered();
  const host = document.querySelector('article[data-precedent-role="author"] precedent-annotation')!;
  host.shadowRoot!.querySelector<HTMLButtonElement>('button.badge')!.click();
  return host.shadowRoot!.querySelector('section.panel')!;
}

describe('pack provenance', () => {
  it('a pack that only renames a clause marks the panel, the clause and every event citing it', async () => {
    const renamed = { ...policy, name: 'A name the pack made up' };
    const name = 'clause.json';
    const data = applyPacks(bundled, [{ id: name, name, importedAt: '2026-11-27T00:00:00Z', document: { format: 1, meta: bundled.meta, entities: [], accounts: [], events: [], policies: [renamed] } }]);
    expect(data.skipped).toEqual([]);
    const panel = await openPanel(data);
    expect(panel.querySelector('.pack-notice')?.textContent).toContain('clause.json');
    expect(panel.querySelector('.event .event__pack')?.textContent).toContain('clause.json');
    expect(panel.querySelector('.clause .event__pack')?.textContent).toContain('clause.json');
    expect(panel.querySelector('.event__policy')?.textContent).toContain('A name the pack made up');
  });

  it('isolates a pack name that holds a direction override, so it cannot turn the notice around', async () => {
    const name = 'evil\u202Enosj.kcap';
    const event = { ...bundled.events[0]!, summary: 'A summary the pack wrote.' };
    const data = applyPacks(bundled, [{ id: name, name, importedAt: '2026-11-27T00:00:00Z', document: { format: 1, meta: bundled.meta, entities: [], accounts: [], events: [event], policies: [] } }]);
    const panel = await openPanel(data);
    const notice = panel.querySelector('.pack-notice')!.textContent!;
    expect(notice).toContain(`\u2068${name}\u2069`);
    expect(panel.querySelector('.event__pack')!.textContent).toContain(`\u2068${name}\u2069`);
  });

  it('shows the host each source link really goes to', async () => {
    const panel = await openPanel(applyPacks(bundled, []));
    const source = bundled.events[0]!.sources[0]!;
    expect(panel.querySelector('.event .sources__host')?.textContent).toBe(new URL(source.url).hostname.replace(/^www\./, ''));
  });
});
