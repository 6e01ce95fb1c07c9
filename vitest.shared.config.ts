import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Checks against ../shared (gold claims, saved real pages). Run by `npm run test:shared` and CI.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/shared/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['tests/setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 90_000,
    // The seed-page test's browser session is launched before its own hooks and closed after them.
    sequence: { hooks: 'stack' },
  },
});
