import { defineConfig } from 'vitest/config';

// End-to-end: the built extension in real Chromium and Firefox against pages on 127.0.0.1.
// One file at a time: each launches a browser and the machine has 2 cores.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    testTimeout: 90_000,
    hookTimeout: 90_000,
    fileParallelism: false,
    // A browser session is launched before the scenario's own hooks and closed after them.
    sequence: { hooks: 'stack' },
  },
});
