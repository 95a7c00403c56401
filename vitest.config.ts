import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { datasetPlugin } from './build/dataset/vite-plugin.ts';

export default defineConfig({
  plugins: [WxtVitest(), preact(), datasetPlugin()],
  test: {
    environment: 'happy-dom',
    include: ['**/*.test.ts', '**/*.test.tsx'],
    exclude: ['node_modules/**', '.output*/**', 'tests/e2e/**'],
    setupFiles: ['tests/setup-unit.ts'],
  },
});
