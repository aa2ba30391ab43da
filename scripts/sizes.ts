/**
 * `npm run sizes`: raw and gzip sizes of every file the built extensions ship, and of the bundled
 * dataset on its own (run after `npm run build`).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { compileDatasetDir } from './lib/read-dataset';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

for (const build of ['.output/chrome-mv3', '.output/firefox-mv2']) {
  console.log(`\n${build}`);
  for (const path of files(build).filter((p) => /\.(js|css|html|json)$/.test(p))) {
    const bytes = readFileSync(path);
    console.log(`  ${relative(build, path).padEnd(32)} ${kb(bytes.length).padStart(9)}  gzip ${kb(gzipSync(bytes).length).padStart(8)}`);
  }
}
const compiled = compileDatasetDir();
if (compiled.ok) {
  const json = Buffer.from(JSON.stringify(compiled.dataset));
  console.log(`\nbundled dataset (compiled JSON)   ${kb(json.length).padStart(9)}  gzip ${kb(gzipSync(json).length).padStart(8)}`);
}
