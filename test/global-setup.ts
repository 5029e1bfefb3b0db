/**
 * The global setup of the test projects that read fixture sites (`build` and `quiet`): it
 * builds nothing. It names the run, so that each fixture site is built at most once in it,
 * by the first test file that asks (test/helpers/fixture-sites.ts), and removes the lock
 * files a killed run may have left (no test file runs yet, so none is held). Each project
 * loads this file anew, so the name must not come from this module's state: it is the vitest
 * process's id and start time (a watch session is one run).
 */
import { existsSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { SITES } from './helpers/paths.ts';

export default function setup(project: TestProject): void {
  for (const file of existsSync(SITES) ? readdirSync(SITES) : []) {
    if (file.endsWith('.lock')) rmSync(path.join(SITES, file), { force: true });
  }
  project.provide('fixtureRun', `${process.pid}-${performance.timeOrigin}`);
}
