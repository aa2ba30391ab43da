/**
 * The unit and DOM tests as mutation testing runs them (stryker.config.mjs): all of them but those
 * that read the source text itself (conventions, layers, references), which Stryker's instrumented
 * copy of the code would fail for reasons that are not behaviour.
 */
import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config';

export default mergeConfig(
  base,
  defineConfig({
    test: {
      exclude: ['tests/unit/architecture.test.ts', 'tests/unit/layers.test.ts', 'tests/unit/doc-references.test.ts', 'tests/unit/virtual-modules.test.ts', '**/node_modules/**'],
    },
  }),
);
