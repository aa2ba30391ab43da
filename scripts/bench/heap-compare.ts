/**
 * Heap of builds side by side on the start-up page (./startup.ts: an X page with no posts, JS heap
 * after a forced GC), for entries in docs/performance-log.md that only move the heap:
 * `npx vite-node scripts/bench/heap-compare.ts bare DIR [DIR...]` ("bare" = no extension). Nine
 * rounds, alternating; prints each build's median and its excess over the first column.
 */
import { resolve } from 'node:path';
import { launchWithExtension } from '../lib/chromium';
import { measureStartup } from './startup';

const ROUNDS = 9;
const dirs = process.argv.slice(2);
if (dirs.length < 2) throw new Error('usage: heap-compare.ts bare|DIR DIR [DIR...]');
const launched = [];
for (const dir of dirs) launched.push(await launchWithExtension({ extensionDir: dir === 'bare' ? null : resolve(dir) }));
const heaps: number[][] = dirs.map(() => []);
try {
  for (let round = 0; round < ROUNDS; round++) {
    for (const [k, { context }] of launched.entries()) heaps[k]!.push((await measureStartup(context, null)).heapBytes);
  }
} finally {
  for (const { close } of launched) await close();
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const base = median(heaps[0]!);
dirs.forEach((dir, k) => {
  const mb = median(heaps[k]!) / 1e6;
  console.log(`${dir}: ${mb.toFixed(3)} MB (${k === 0 ? 'reference' : `+${(mb - base / 1e6).toFixed(3)} MB over ${dirs[0]}`}; range ${(Math.min(...heaps[k]!) / 1e6).toFixed(3)}–${(Math.max(...heaps[k]!) / 1e6).toFixed(3)})`);
});
