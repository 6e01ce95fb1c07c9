import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx', 'tests/component/**/*.test.tsx'],
    environment: 'node',
    setupFiles: ['tests/setup.ts'],
    // No test asserts a duration; the heavy ones (20,000 nodes, 2,000 random texts, 9,000 segments) get room on a loaded 2-core machine.
    testTimeout: 20_000,
  },
});
