/**
 * Checks on the built packages (run after `npm run build`, with the E2E tier): the manifests ask for
 * exactly the permissions the README lists, per browser, and no shipped script can run code from a
 * string or write page markup.
 */
import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { BUILT_IN_SITES, FRAMES_SITES } from '../../../src/sites/all-sites';

/**
 * The built-in sites' hosts, asked for up front, each with its content script. Written out rather
 * than read from the site list: a new host is a new permission, and changes this test on purpose.
 */
const SITE_HOSTS = [
  'https://x.com/*',
  'https://twitter.com/*',
  'https://mobile.twitter.com/*',
  'https://mobile.x.com/*',
  'https://pro.x.com/*',
  'https://bsky.app/*',
  'https://truthsocial.com/*',
];
/** The frames X and Bluesky render embedded posts in (their script runs only inside those frames). */
const EMBED_FRAME_MATCHES = ['https://platform.twitter.com/embed/*', 'https://platform.x.com/embed/*', 'https://embed.bsky.app/embed/*'];
/** Every declared content script's matches: the sites, and the embed frames. */
const CONTENT_MATCHES = [...SITE_HOSTS, ...EMBED_FRAME_MATCHES];

test('the site list declares exactly these hosts (src/sites/all-sites.ts)', () => {
  expect(BUILT_IN_SITES.flatMap((site) => site.runs.matches).sort()).toEqual([...SITE_HOSTS].sort());
  expect(FRAMES_SITES.flatMap((site) => site.runs.matches).sort()).toEqual([...EMBED_FRAME_MATCHES].sort());
});

const BUILDS = { chrome: '.output/chrome-mv3', firefox: '.output/firefox-mv2' } as const;
const OTHER_SITES = ['https://*/*', 'http://*/*'];
const manifest = (build: string) => JSON.parse(readFileSync(join(build, 'manifest.json'), 'utf8')) as Record<string, unknown>;
const sorted = (values: unknown) => [...(values as string[])].sort();

function scripts(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? scripts(path) : path.endsWith('.js') ? [path] : [];
  });
}

test('Chrome (MV3) asks for exactly storage, activeTab and the built-in sites’ hosts; other sites and scripting only as optional', () => {
  const m = manifest(BUILDS.chrome);
  expect(m.manifest_version).toBe(3);
  expect(sorted(m.permissions)).toEqual(['activeTab', 'storage']);
  expect(sorted(m.host_permissions)).toEqual(sorted(SITE_HOSTS));
  expect(m.optional_permissions).toEqual(['scripting']);
  expect(sorted(m.optional_host_permissions)).toEqual(sorted(OTHER_SITES));
  expect(m.web_accessible_resources).toBeUndefined();
  expect(m.content_security_policy).toBeUndefined(); // the browser's default: no remote or inline code
  expect((m.content_scripts as Array<{ matches: string[] }>).flatMap((script) => script.matches).sort()).toEqual(sorted(CONTENT_MATCHES));
  // Only the embed frames' script runs in frames.
  const inFrames = (m.content_scripts as Array<{ matches: string[]; all_frames?: boolean }>).filter((script) => script.all_frames);
  expect(inFrames.flatMap((script) => script.matches).sort()).toEqual(sorted(EMBED_FRAME_MATCHES));
});

test('Firefox (MV2) asks for the same, and declares that it collects no data', () => {
  const m = manifest(BUILDS.firefox);
  expect(m.manifest_version).toBe(2);
  expect(sorted(m.permissions)).toEqual(sorted(['activeTab', 'storage', ...SITE_HOSTS]));
  expect(sorted(m.optional_permissions)).toEqual(sorted(['scripting', ...OTHER_SITES]));
  expect(m.web_accessible_resources).toBeUndefined();
  expect(m.content_security_policy).toBeUndefined();
  const gecko = (m.browser_specific_settings as { gecko: Record<string, unknown> }).gecko;
  expect(gecko.data_collection_permissions).toEqual({ required: ['none'] });
  expect((m.content_scripts as Array<{ matches: string[] }>).flatMap((script) => script.matches).sort()).toEqual(sorted(CONTENT_MATCHES));
  // Only the embed frames' script runs in frames.
  const inFrames = (m.content_scripts as Array<{ matches: string[]; all_frames?: boolean }>).filter((script) => script.all_frames);
  expect(inFrames.flatMap((script) => script.matches).sort()).toEqual(sorted(EMBED_FRAME_MATCHES));
});

for (const [browser, build] of Object.entries(BUILDS)) {
  test(`${browser}: no shipped script evaluates strings or writes markup`, () => {
    const files = scripts(build);
    expect(files.length).toBeGreaterThan(3);
    for (const file of files) {
      const code = readFileSync(file, 'utf8');
      expect(code, file).not.toMatch(/\beval\s*\(|new\s+Function\s*\(|[^\w.$]Function\s*\(|\.outerHTML\s*=|insertAdjacentHTML|document\.write/);
      // The only innerHTML is Preact's own dangerouslySetInnerHTML branch (`x.innerHTML = props.__html`),
      // which Precedent never uses (an architecture test forbids the prop in src/).
      for (const match of code.matchAll(/innerHTML/g)) {
        const around = code.slice(Math.max(0, match.index - 60), match.index + 40);
        expect(around, `${file}: innerHTML outside Preact's dangerouslySetInnerHTML branch`).toContain('__html');
      }
    }
  });
}

for (const [browser, build] of Object.entries(BUILDS)) {
  test(`${browser}: the benchmark's self-timing is not shipped (no timing, no event the page could send)`, () => {
    // src/content/self-timing.ts: only builds made with PRECEDENT_BENCH_SELF_TIMING=1 carry it.
    const files = scripts(build);
    const content = files.filter((file) => file.includes('content-scripts'));
    expect(content.length).toBeGreaterThan(2);
    for (const file of files) {
      const code = readFileSync(file, 'utf8');
      expect(code, file).not.toContain('precedent-bench-report');
      expect(code, file).not.toContain('precedent-self');
    }
  });
}
