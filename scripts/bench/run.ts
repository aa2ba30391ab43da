/**
 * `npm run bench`: Precedent against the bare page, on a generated X-like timeline in Debian's
 * Chromium, with the real dataset and with generated datasets of 1,000 to 50,000 accounts.
 * Writes docs/benchmarks.json and docs/benchmarks.md (the full run) or .output/bench-quick.json
 * (`npm run bench -- --quick`, the CI smoke run: small, no thresholds). See docs/benchmarks.md.
 *
 * `npm run bench -- --extension DIR --label NAME` runs the real-dataset comparison only, with an
 * extension built elsewhere (an older commit, say), and writes .output/bench-NAME.json and .md.
 * Copied to docs/benchmarks-before.json, it becomes the "before" column of docs/benchmarks.md;
 * `npm run bench -- --render` re-renders the markdown from the JSON files without measuring;
 * `npm run bench -- --only 50k` measures one configuration alone (.output/bench-only-50k.*).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { transformSync } from 'esbuild';
import type { CompiledDataset } from '../../src/dataset/compiled';
import { isWithin } from '../../src/dataset/dates';
import { launchWithExtension } from '../lib/chromium';
import { launchFirefoxWithExtension } from '../lib/firefox';
import { compileDatasetDir, DATASET_DIR } from '../lib/read-dataset';
import { buildFloorExtension } from './floor';
import { measureLookupCost } from './lookup-cost';
import { measureRun } from './measure';
import { renderReport, type ConfigResult, type SelfTimedComparison } from './report';
import { syntheticHandle, writeScaleDataset } from './scale-dataset';
import { openTimelineInChromium, openTimelineInFirefox, selfTimedRun, type BenchPage, type SelfTimedRun } from './self-timed';
import { measureStartup } from './startup';
import { buildTimelinePage, type TrackedHandle } from './timeline-page';
import { triedEntries } from './why-missed';

const quick = process.argv.includes('--quick');
const argument = (name: string) => {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
};
const prebuilt = argument('--extension');
const label = argument('--label') ?? 'prebuilt';
/** `--only 50k`: that configuration of the full run alone, built as the full run builds it; written to .output/bench-only-<name>.*, docs untouched. */
const only = argument('--only');
const SETTINGS = quick
  ? { posts: 200, pixelsPerFrame: 300, configs: [{ name: 'real', accounts: 0, pairs: 1 }, { name: '1k', accounts: 1000, pairs: 1 }], startupRuns: 1 }
  : {
      posts: 1000,
      pixelsPerFrame: 200,
      configs: [
        { name: 'real', accounts: 0, pairs: 5 },
        { name: '1k', accounts: 1000, pairs: 1 },
        { name: '10k', accounts: 10_000, pairs: 1 },
        { name: '50k', accounts: 50_000, pairs: 5 },
      ],
      // Start-up runs vary by a factor of three from one to the next (compilation, GC timing): nine
      // give a median that holds still between runs where five did not.
      startupRuns: 9,
    };
/** Rounds of (Precedent, floor, bare) in each browser for the self-timed comparison (real dataset). */
const SELF_TIMED_ROUNDS = quick ? 1 : 3;
const TRACKED_SHARE = 0.02;
/** The tracked accounts a reader of the timeline follows (timeline-page.ts: `followed`). */
const FOLLOWED = 8;

function build(outDir: string, datasetDir: string, options: { browser?: 'chrome' | 'firefox'; selfTiming?: boolean } = {}) {
  const browser = options.browser ?? 'chrome';
  execFileSync('npx', ['wxt', 'build', '-b', browser], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      PRECEDENT_OUT_DIR: outDir,
      PRECEDENT_DATASET_DIR: datasetDir,
      PRECEDENT_BENCH_READABLE: '1',
      ...(options.selfTiming ? { PRECEDENT_BENCH_SELF_TIMING: '1' } : {}),
    },
  });
  return join(outDir, browser === 'firefox' ? 'firefox-mv2' : 'chrome-mv3');
}

/**
 * gzip bytes as shipped: the benchmark's own builds keep their names for the profile, so each file is
 * minified here first, as the shipped build's minifier (esbuild, Vite's) does.
 */
function gzipSizes(extensionDir: string): Record<string, number> {
  const sizes: Record<string, number> = {};
  for (const file of ['content-scripts/x.js', 'content-scripts/sites.js', 'background.js']) {
    const code = readFileSync(join(extensionDir, file), 'utf8');
    sizes[file] = gzipSync(transformSync(code, { minify: true, target: ['chrome120'] }).code).length;
  }
  return sizes;
}

/** Every X handle of the dataset: the floor marks the same tracked handles as Precedent's build. */
const xHandles = (dataset: CompiledDataset) =>
  dataset.accounts.filter((account) => account.platform === 'x').flatMap((account) => account.handles.map((claim) => claim.handle));

/** Rounds rotate which configuration goes first, so that drift in the machine's state favours none. */
const ROUND_ORDERS = [['ext', 'floor', 'bare'], ['bare', 'ext', 'floor'], ['floor', 'bare', 'ext']] as const;

/** Handles the timeline's tracked posts are by, each with an instant it belonged to its account. */
function trackedHandles(dataset: CompiledDataset): TrackedHandle[] {
  const now = Date.parse('2025-06-12T10:00:00Z');
  return dataset.accounts
    .filter((account) => account.platform === 'x')
    .flatMap((account) =>
      account.handles.map((claim) => {
        const at = isWithin(now, claim.from, claim.to) ? now : Date.parse(`${claim.from ?? '2015-01-01'}T12:00:00Z`) + 86_400_000;
        return { handle: claim.handle, at: new Date(at).toISOString() };
      }),
    );
}

async function runConfig(config: (typeof SETTINGS.configs)[number]): Promise<ConfigResult> {
  const datasetDir = config.accounts ? writeScaleDataset(config.accounts, 'x-world-leaders') : DATASET_DIR;
  console.log(`\n[${config.name}] ${prebuilt ? `using ${prebuilt}` : `building with ${config.accounts ? `${config.accounts} synthetic accounts` : 'the bundled dataset'}`}…`);
  const extensionDir = prebuilt ? resolve(prebuilt) : build(resolve(`.output/bench-${config.name}`), datasetDir);
  const compiled = compileDatasetDir(datasetDir);
  if (!compiled.ok) throw new Error(`dataset for ${config.name} does not compile`);
  const dataset = compiled.dataset;
  const tracked = config.accounts
    ? Array.from({ length: config.accounts }, (_, n) => ({ handle: syntheticHandle(n), at: '2025-06-12T10:00:00.000Z' }))
    : trackedHandles(dataset);
  const page = buildTimelinePage({ posts: SETTINGS.posts, trackedShare: TRACKED_SHARE, tracked, followed: FOLLOWED });

  const floorDir = buildFloorExtension(resolve(`.output/bench-floor-${config.name}`), xHandles(dataset));
  const withExtension = await launchWithExtension({ extensionDir });
  const floor = await launchWithExtension({ extensionDir: floorDir });
  const bare = await launchWithExtension({ extensionDir: null });
  const originOf = async (context: typeof withExtension.context) => {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    return `chrome-extension://${new URL(worker.url()).host}/`;
  };
  const origin = await originOf(withExtension.context);
  const floorOrigin = await originOf(floor.context);
  const result: ConfigResult = {
    name: config.name,
    accounts: dataset.accounts.length,
    trackedPosts: page.trackedPosts,
    withExtension: [],
    floor: [],
    bare: [],
    startup: { withExtension: [], bare: [], floor: [] },
    lookup: await measureLookupCost(dataset),
    sizes: gzipSizes(extensionDir),
  };
  try {
    const contexts = { ext: withExtension.context, floor: floor.context, bare: bare.context };
    const origins = { ext: origin, floor: floorOrigin, bare: null };
    const runs = { ext: result.withExtension, floor: result.floor!, bare: result.bare };
    for (let pair = 0; pair < config.pairs; pair++) {
      for (const which of ROUND_ORDERS[pair % ROUND_ORDERS.length]!) {
        const run = await measureRun(contexts[which], page.html, { extensionOrigin: origins[which], pixelsPerFrame: SETTINGS.pixelsPerFrame });
        runs[which].push(run);
        const share = ((run.scroll.ms.extension / run.metrics.ScriptDuration) * 100).toFixed(2);
        console.log(
          `  ${which.padEnd(5)} run ${pair + 1}: ${run.frames.ms.toFixed(0)} ms, script ${run.metrics.ScriptDuration.toFixed(0)} ms, extension ${run.scroll.ms.extension.toFixed(1)} ms (${share} %), ` +
            `${run.latencies.length + run.firstLatencies.length}/${run.trackedFilled} overlays`,
        );
      }
    }
    for (let i = 0; i < SETTINGS.startupRuns; i++) {
      result.startup.withExtension.push(await measureStartup(withExtension.context, origin));
      result.startup.bare.push(await measureStartup(bare.context, null));
      result.startup.floor!.push(await measureStartup(floor.context, floorOrigin));
    }
  } finally {
    await withExtension.close();
    await floor.close();
    await bare.close();
    if (config.accounts) rmSync(datasetDir, { recursive: true, force: true });
  }
  return result;
}

/** Firefox: microsecond timers for the benchmark's own instrument (the defaults round to 20 µs or coarser, with jitter). */
const FIREFOX_BENCH_PREFS = { 'privacy.reduceTimerPrecision': false, 'privacy.reduceTimerPrecision.unconditional': false };

/**
 * Issue 19, item 5: Precedent and the floor built to time their own content-script work, scrolled
 * through the same timeline in Firefox ESR and in Chromium (./self-timed.ts), real dataset only.
 */
async function runSelfTimed(): Promise<SelfTimedComparison> {
  const compiled = compileDatasetDir(DATASET_DIR);
  if (!compiled.ok) throw new Error('the bundled dataset does not compile');
  const dataset = compiled.dataset;
  const page = buildTimelinePage({ posts: SETTINGS.posts, trackedShare: TRACKED_SHARE, tracked: trackedHandles(dataset), followed: FOLLOWED });
  const handles = xHandles(dataset);
  console.log('\n[self-timed] building Precedent and the floor with self-timing for Chromium and Firefox…');
  const out = resolve('.output/bench-self-timed');
  const builds = {
    chromium: { ext: build(out, DATASET_DIR, { selfTiming: true }), floor: buildFloorExtension(join(out, 'floor-chrome'), handles, { selfTiming: true }) },
    firefox: { ext: build(out, DATASET_DIR, { browser: 'firefox', selfTiming: true }), floor: buildFloorExtension(join(out, 'floor-firefox'), handles, { browser: 'firefox', selfTiming: true }) },
  };
  const comparison: SelfTimedComparison = { trackedPosts: page.trackedPosts, browsers: [] };
  const options = { pixelsPerFrame: SETTINGS.pixelsPerFrame };
  /** `open`: the timeline in that configuration's browser. */
  const rounds = async (name: string, version: string, open: (which: 'ext' | 'floor' | 'bare') => Promise<BenchPage>) => {
    const runs = { ext: [] as SelfTimedRun[], floor: [] as SelfTimedRun[], bare: [] as SelfTimedRun[] };
    for (let round = 0; round < SELF_TIMED_ROUNDS; round++)
      for (const which of ROUND_ORDERS[round % ROUND_ORDERS.length]!) {
        const run = await selfTimedRun(await open(which), options);
        runs[which].push(run);
        console.log(`  ${name.padEnd(8)} ${which.padEnd(5)} run ${round + 1}: ${run.frames.ms.toFixed(0)} ms, own time ${run.scrollMs?.toFixed(1) ?? 'n/a'} ms in ${run.sections ?? 0} sections, ${run.latencies.length + run.firstLatencies.length}/${run.trackedFilled} overlays`);
      }
    comparison.browsers.push({ name, version, withExtension: runs.ext, floor: runs.floor, bare: runs.bare });
  };

  const chromiumRuns = { ext: await launchWithExtension({ extensionDir: builds.chromium.ext }), floor: await launchWithExtension({ extensionDir: builds.chromium.floor }), bare: await launchWithExtension({ extensionDir: null }) };
  try {
    await rounds('Chromium', chromiumVersion, (which) => openTimelineInChromium(chromiumRuns[which].context, page.html));
  } finally {
    await Promise.all(Object.values(chromiumRuns).map((browser) => browser.close()));
  }

  const firefox = {
    ext: await launchFirefoxWithExtension({ extensionDir: builds.firefox.ext, prefs: FIREFOX_BENCH_PREFS }),
    floor: await launchFirefoxWithExtension({ extensionDir: builds.firefox.floor, prefs: FIREFOX_BENCH_PREFS }),
    bare: await launchFirefoxWithExtension({ extensionDir: null, prefs: FIREFOX_BENCH_PREFS }),
  };
  try {
    await rounds('Firefox', execFileSync(process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr', ['--version']).toString().trim(), (which) => openTimelineInFirefox(firefox[which], page.html));
  } finally {
    await Promise.all(Object.values(firefox).map((browser) => browser.close()));
  }
  return comparison;
}

const BEFORE = 'docs/benchmarks-before.json';
const before = () => (existsSync(BEFORE) ? (JSON.parse(readFileSync(BEFORE, 'utf8')) as { results: ConfigResult[]; date: string }) : undefined);
/** What docs/performance-log.md records as tried, named under the missed budgets. */
const tried = () => triedEntries(readFileSync('docs/performance-log.md', 'utf8'));

if (process.argv.includes('--render')) {
  writeFileSync('docs/benchmarks.md', renderReport(JSON.parse(readFileSync('docs/benchmarks.json', 'utf8')), before(), tried()));
  console.log('Rendered docs/benchmarks.md');
  process.exit(0);
}

const chromiumVersion = execFileSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', ['--version']).toString().trim();
// The one-minute load average before and after (the end's includes the benchmark's own browsers): a
// machine already busy at the start (another job on its cores) makes every figure noisier, and the
// report says so.
const machine = { cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, memoryGiB: Math.round(totalmem() / 2 ** 30), chromium: chromiumVersion, node: process.version, load: [loadavg()[0]!] };
const started = Date.now();
const results: ConfigResult[] = [];
if (only && !SETTINGS.configs.some((c) => c.name === only)) throw new Error(`--only ${only}: no such configuration (${SETTINGS.configs.map((c) => c.name).join(', ')})`);
for (const config of SETTINGS.configs.filter((c) => (prebuilt ? c.name === 'real' : !only || c.name === only))) results.push(await runConfig(config));
const selfTimed = prebuilt || only || process.argv.includes('--chromium-only') ? undefined : await runSelfTimed();
machine.load.push(loadavg()[0]!);
const report = { date: new Date().toISOString(), quick, machine, settings: SETTINGS, trackedShare: TRACKED_SHARE, followed: FOLLOWED, minutes: (Date.now() - started) / 60_000, results, selfTimed };

const markdown = renderReport(report, quick || prebuilt || only ? undefined : before(), tried());
if (prebuilt || only) {
  const name = prebuilt ? label : `only-${only}`;
  writeFileSync(`.output/bench-${name}.json`, JSON.stringify(report, null, 1));
  writeFileSync(`.output/bench-${name}.md`, markdown);
  console.log(`\n${markdown}\nWritten: .output/bench-${name}.md`);
} else if (quick) {
  mkdirSync('.output', { recursive: true });
  writeFileSync('.output/bench-quick.json', JSON.stringify(report, null, 1));
  console.log(`\n${markdown}`);
  // No timing thresholds here, but a run that measured nothing is a broken benchmark.
  const broken = results.flatMap((result) => {
    const problems: string[] = [];
    if (result.withExtension.some((run) => run.scroll.ms.extension <= 0)) problems.push('no extension time attributed');
    if (result.withExtension.some((run) => run.latencies.length + run.firstLatencies.length === 0)) problems.push('no overlay appeared');
    if ((result.floor ?? []).some((run) => run.scroll.ms.extension <= 0 || run.latencies.length + run.firstLatencies.length === 0)) problems.push('the floor configuration measured nothing');
    if (result.bare.some((run) => run.scroll.ms.page <= 0)) problems.push('no page time measured');
    return problems.map((problem) => `${result.name}: ${problem}`);
  });
  // The self-timed runs: each browser's Precedent and floor timed themselves and annotated; the bare page did not answer.
  for (const browser of selfTimed?.browsers ?? []) {
    const runs = [...browser.withExtension, ...browser.floor];
    if (runs.some((run) => run.scrollMs === null || run.scrollMs <= 0 || !run.sections)) broken.push(`${browser.name}: a self-timing build measured no time of its own`);
    if (runs.some((run) => run.latencies.length + run.firstLatencies.length === 0)) broken.push(`${browser.name}: no overlay appeared in a self-timed run`);
    if (browser.bare.some((run) => run.scrollMs !== null)) broken.push(`${browser.name}: the bare page reported self-timing`);
  }
  if (broken.length > 0) {
    console.error(`The benchmark measured nothing useful:\n  ${broken.join('\n  ')}`);
    process.exitCode = 1;
  }
} else {
  writeFileSync('docs/benchmarks.json', JSON.stringify(report, null, 1));
  writeFileSync('docs/benchmarks.md', markdown);
  console.log(`\n${markdown}\nWritten: docs/benchmarks.md, docs/benchmarks.json`);
}
