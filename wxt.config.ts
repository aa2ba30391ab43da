import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { datasetPlugin } from './scripts/lib/dataset-plugin';
import { messagesPlugin } from './scripts/lib/messages-plugin';
import { BUILT_IN_SITES } from './src/sites/all-sites';

/** Sites the user may switch on one origin at a time (never all at once). */
const OTHER_SITES = ['https://*/*', 'http://*/*'];

export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  publicDir: 'assets/public',
  // The benchmark builds extensions with generated datasets beside the real one (scripts/bench).
  outDir: process.env.PRECEDENT_OUT_DIR ?? '.output',
  // Explicit imports only: every module says where its names come from.
  imports: false,
  // `npm run zip`: the Chrome Web Store zip, the Firefox add-on zip and the Firefox sources zip
  // (what AMO reviewers rebuild from: `npm ci && npm run build:firefox`).
  zip: {
    artifactTemplate: '{{name}}-{{version}}-{{browser}}.zip',
    sourcesTemplate: '{{name}}-{{version}}-sources.zip',
    excludeSources: ['.output/**', 'test-results/**', 'playwright-report/**', 'docs/benchmarks*.json', '.wxt/**'],
  },
  vite: () => ({
    plugins: [preact(), datasetPlugin(), messagesPlugin()],
    // The benchmark's builds keep their names (PRECEDENT_BENCH_READABLE) so that its CPU profile
    // says which function the time went to; shipped builds are minified.
    build: { target: ['chrome120', 'firefox140'], ...(process.env.PRECEDENT_BENCH_READABLE ? { minify: false } : {}) },
    // The benchmark's Firefox figures come from the content script timing itself
    // (src/content/self-timing.ts): only in builds made with PRECEDENT_BENCH_SELF_TIMING=1.
    define: { 'import.meta.env.PRECEDENT_SELF_TIMING': JSON.stringify(process.env.PRECEDENT_BENCH_SELF_TIMING === '1') },
  }),
  manifest: ({ browser }) => ({
    // Translated in assets/public/_locales/<locale>/messages.json (en, fa, ar, es, ru).
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    homepage_url: 'https://github.com/precedent-extension/precedent',
    // storage: the user's settings. activeTab: the popup may read the address of the tab it was
    // opened on (to offer switching that site on), nothing more. Any other site is asked for when the
    // user switches it on (optional host permission plus "scripting" to register the content script).
    permissions: ['storage', 'activeTab'],
    // The built-in sites' hosts, declared up front (their content scripts' matches): lets the popup
    // see that a tab is on one of them. The embed frames' hosts come with their content script.
    host_permissions: BUILT_IN_SITES.flatMap((site) => site.runs.matches),
    ...(browser === 'firefox'
      ? { optional_permissions: ['scripting', ...OTHER_SITES] }
      : { optional_permissions: ['scripting'], optional_host_permissions: OTHER_SITES }),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'precedent@precedent.extension',
              // 140 is the first desktop release that reads data_collection_permissions (142 on Android).
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
