import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '.stryker-tmp/**', 'reports/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { console: 'readonly', process: 'readonly' } },
    rules: {
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Render with Preact; page and dataset text are hostile input.' },
        { property: 'outerHTML', message: 'Render with Preact; page and dataset text are hostile input.' },
        { property: 'insertAdjacentHTML', message: 'Render with Preact; page and dataset text are hostile input.' },
      ],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    // Page-side script served with the fixtures (runs in the page, not in Node).
    files: ['tests/fixtures/**/*.js'],
    languageOptions: { globals: { document: 'readonly', ResizeObserver: 'readonly', MutationObserver: 'readonly' } },
  },
  {
    // The benchmark's stand-in for X's timeline (it parses its own HTML templates, as X renders its
    // own markup) and its floor annotator's content script: page code, never part of the extension.
    files: ['scripts/bench/page/**/*.js', 'scripts/bench/floor/**/*.js'],
    languageOptions: {
      globals: {
        window: 'readonly',
        document: 'readonly',
        performance: 'readonly',
        requestAnimationFrame: 'readonly',
        setTimeout: 'readonly',
        MessageChannel: 'readonly',
        MutationObserver: 'readonly',
        ResizeObserver: 'readonly',
        PerformanceObserver: 'readonly',
      },
    },
    rules: { 'no-restricted-properties': 'off' },
  },
);
