import { defineConfig } from 'vitest/config';

/**
 * Test projects, in layers that cost what they test:
 * - `unit`: unit and property tests; they build nothing, so they have no global setup;
 * - `build`: build tests and browser (e2e) tests, on the fixture sites: each is built once
 *   per run, by the first test file that asks for it (test/helpers/fixture-sites.ts), so a
 *   run builds only the sites its files need; test/global-setup.ts names the run;
 * - `quiet`: the tests that measure (Lighthouse scores, page weight, the BBC site), run last
 *   and one file at a time, so that no other test competes with them for the CPU.
 * `npx vitest run --project unit` runs the fast layer alone.
 */
const sites = {
  globalSetup: ['test/global-setup.ts'],
  testTimeout: 60_000,
  hookTimeout: 300_000,
};

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts', 'test/property/**/*.test.ts'],
          testTimeout: 60_000,
          sequence: { groupOrder: 0 },
        },
      },
      {
        test: {
          ...sites,
          name: 'build',
          include: ['test/build/**/*.test.ts', 'test/e2e/**/*.test.ts'],
          exclude: ['test/**/*.quiet.test.ts'],
          sequence: { groupOrder: 0 },
        },
      },
      {
        test: {
          ...sites,
          name: 'quiet',
          include: ['test/**/*.quiet.test.ts'],
          fileParallelism: false,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
