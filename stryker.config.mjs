/**
 * Mutation testing (Stryker, vitest runner): changes the code in small ways (a condition flipped, a
 * string emptied, a branch removed) and reruns the unit and DOM tests; a change no test notices is a
 * "surviving mutant": a test that cannot fail when that part breaks. `npm run mutation` runs it on the
 * folders below; `-- --changed <git revision>` only on the files changed since then (CI).
 * Scores and the surviving mutants' review: docs/mutation.md.
 */
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts' },
  coverageAnalysis: 'perTest',
  mutate: [
    'src/matching/**/*.ts',
    'src/sites/**/*.ts',
    'src/content/**/*.ts',
    'src/overlay/**/*.{ts,tsx}',
    'src/packs/**/*.ts',
    'src/dataset/**/*.ts',
    // Types and wiring only; the content scripts' factory needs WXT's runtime (E2E covers it).
    '!src/**/*.d.ts',
    '!src/content/content-scripts.ts',
    '!src/content/extension-content.ts',
  ],
  // Only the code: the saved pages under tests/fixtures are not for its parser.
  disableTypeChecks: 'src/**/*.{ts,tsx}',
  ignoreStatic: true,
  concurrency: 2,
  timeoutMS: 20000,
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
};
