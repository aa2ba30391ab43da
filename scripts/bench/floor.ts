/**
 * Builds the benchmark's floor configuration (issue 19): a minimal MV3 extension whose content
 * script (scripts/bench/floor/content.js) does only what any annotator must, with the tracked
 * handles inlined, so that every run reports Precedent against the floor of its own design.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * `browser: 'firefox'` builds an MV2 add-on (an MV3 add-on's host access waits for the user in
 * Firefox); `selfTiming` makes the script time itself as Precedent's self-timing builds do.
 */
export function buildFloorExtension(outDir: string, handles: Iterable<string>, options: { browser?: 'chrome' | 'firefox'; selfTiming?: boolean } = {}): string {
  mkdirSync(outDir, { recursive: true });
  const script = readFileSync(resolve(import.meta.dirname, 'floor/content.js'), 'utf8');
  const fill = (text: string, placeholder: string, value: string) => {
    if (!text.includes(placeholder)) throw new Error(`floor/content.js lost its ${placeholder} placeholder`);
    return text.replace(placeholder, value);
  };
  const withHandles = fill(script, '/*HANDLES*/', JSON.stringify([...new Set([...handles].map((handle) => handle.toLowerCase()))]));
  writeFileSync(join(outDir, 'content.js'), fill(withHandles, '/*SELF_TIMING*/ false', String(options.selfTiming === true)));
  const contentScripts = [{ matches: ['https://x.com/*'], js: ['content.js'], run_at: 'document_idle' }];
  const manifest =
    options.browser === 'firefox'
      ? {
          manifest_version: 2,
          name: 'Annotator floor (benchmark only)',
          version: '0.0.1',
          browser_specific_settings: { gecko: { id: 'annotator-floor@precedent.bench' } },
          content_scripts: contentScripts,
        }
      : {
          manifest_version: 3,
          name: 'Annotator floor (benchmark only)',
          version: '0.0.1',
          // A service worker, so that the benchmark finds the extension's origin as it does Precedent's.
          background: { service_worker: 'background.js' },
          content_scripts: contentScripts,
        };
  writeFileSync(join(outDir, 'background.js'), '// The floor has no background work.\n');
  writeFileSync(join(outDir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return outDir;
}
