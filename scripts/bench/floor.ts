/**
 * Builds the benchmark's floor configuration (issue 19): a minimal MV3 extension whose content
 * script (scripts/bench/floor/content.js) does only what any annotator must, with the tracked
 * handles inlined, so that every run reports Precedent against the floor of its own design.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export function buildFloorExtension(outDir: string, handles: Iterable<string>): string {
  mkdirSync(outDir, { recursive: true });
  const script = readFileSync(resolve(import.meta.dirname, 'floor/content.js'), 'utf8');
  const inlined = script.replace('/*HANDLES*/', JSON.stringify([...new Set([...handles].map((handle) => handle.toLowerCase()))]));
  if (inlined === script) throw new Error('floor/content.js lost its /*HANDLES*/ placeholder');
  writeFileSync(join(outDir, 'content.js'), inlined);
  const manifest = {
    manifest_version: 3,
    name: 'Annotator floor (benchmark only)',
    version: '0.0.1',
    // A service worker, so that the benchmark finds the extension's origin as it does Precedent's.
    background: { service_worker: 'background.js' },
    content_scripts: [{ matches: ['https://x.com/*'], js: ['content.js'], run_at: 'document_idle' }],
  };
  writeFileSync(join(outDir, 'background.js'), '// The floor has no background work.\n');
  writeFileSync(join(outDir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return outDir;
}
