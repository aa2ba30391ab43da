import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';
import { datasetPlugin } from './scripts/lib/dataset-plugin';
import { messagesPlugin } from './scripts/lib/messages-plugin';

export default defineConfig({
  plugins: [preact(), datasetPlugin(), messagesPlugin()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/dom/**/*.test.{ts,tsx}'],
    environment: 'node',
    setupFiles: ['tests/setup.ts'],
    environmentOptions: {
      happyDOM: {
        settings: { disableJavaScriptFileLoading: true, disableCSSFileLoading: true, disableIframePageLoading: true, handleDisabledFileLoadingAsSuccess: true },
      },
    },
  },
});
