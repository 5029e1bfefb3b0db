import { defineConfig } from 'vitest/config';

/**
 * Two groups of test files. Most run in parallel; the `quiet` ones (Lighthouse scores, page
 * weight) run afterwards, one file at a time, so that no other test competes with them for
 * the CPU and their measurements mean something.
 */
const shared = {
  globalSetup: ['test/global-setup.ts'],
  testTimeout: 60_000,
  hookTimeout: 300_000,
};

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          ...shared,
          name: 'suite',
          include: ['test/**/*.test.ts'],
          exclude: ['test/**/*.quiet.test.ts'],
          sequence: { groupOrder: 0 },
        },
      },
      {
        test: {
          ...shared,
          name: 'quiet',
          include: ['test/**/*.quiet.test.ts'],
          fileParallelism: false,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
