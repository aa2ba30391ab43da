import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';
import { datasetPlugin } from './scripts/lib/dataset-plugin';

export default defineConfig({
  plugins: [preact(), datasetPlugin()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/dom/**/*.test.{ts,tsx}'],
    environment: 'node',
    environmentOptions: {
      happyDOM: {
        settings: { disableJavaScriptFileLoading: true, disableCSSFileLoading: true, disableIframePageLoading: true, handleDisabledFileLoadingAsSuccess: true },
      },
    },
  },
});
