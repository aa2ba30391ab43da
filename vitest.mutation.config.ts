/**
 * The unit and DOM tests as mutation testing runs them (stryker.config.mjs): all of them but those
 * that read the source text itself (conventions, layers, references), which Stryker's instrumented
 * copy of the code would fail for reasons that are not behaviour.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config';

// Stryker runs in a copy of the project (.stryker-tmp/sandbox-…) whose code it has instrumented:
// the message keys the code names are read from the original (scripts/lib/messages-plugin.ts).
const original = process.cwd().replace(/[\\/]\.stryker-tmp[\\/]sandbox-[^\\/]+$/, '');
if (original !== process.cwd() && existsSync(join(original, 'src'))) process.env.PRECEDENT_SOURCE_ROOT = original;

export default mergeConfig(
  base,
  defineConfig({
    test: {
      env: { PRECEDENT_MANY_POSTS: '500' },
      exclude: ['tests/unit/architecture.test.ts', 'tests/unit/layers.test.ts', 'tests/unit/doc-references.test.ts', 'tests/unit/virtual-modules.test.ts', '**/node_modules/**'],
    },
  }),
);
