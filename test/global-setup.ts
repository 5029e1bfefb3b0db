/**
 * Builds the fixture sites the build and browser tests read, once per test run:
 * the seed dump plus the fixture archive, at the root (with test/fixtures/site.yaml: small
 * listing pages, feeds, an About text) and under the base path /archive/ (the default config);
 * the "moved" site (test/helpers/moved-site.ts): the seed after a rename and a removal; and
 * the hostile archive (test/helpers/hostile-input.ts).
 */
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite } from './helpers/build-site.ts';
import { writeHostileInput } from './helpers/hostile-input.ts';
import { buildMovedSite } from './helpers/moved-site.ts';
import { FIXTURE_ARCHIVE, FIXTURES, ROOT, SEED } from './helpers/paths.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    siteRoot: string;
    siteBase: string;
    siteMoved: string;
    buildLog: string;
    /** The hostile archive (test/helpers/hostile-input.ts), its built site and build log. */
    hostileInput: string;
    siteHostile: string;
    hostileLog: string;
  }
}

type Provided = {
  siteRoot: string;
  siteBase: string;
  siteMoved: string;
  buildLog: string;
  hostileInput: string;
  siteHostile: string;
  hostileLog: string;
};

/** The sites, built once per test run even though each test project runs this setup. */
let built: Provided | undefined;

function buildSites(): Provided {
  const dir = path.join(ROOT, 'test-results/sites');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const inputs = [SEED, path.join(FIXTURE_ARCHIVE, 'dumps'), path.join(FIXTURE_ARCHIVE, 'desk')];
  const root = path.join(dir, 'root');
  const base = path.join(dir, 'base');
  // Each site gets a fresh URL registry, so no earlier run's articles linger as withdrawn.
  const run = buildSite(inputs, root, [
    '--site',
    'https://archive.example.org',
    '--config',
    path.join(FIXTURES, 'site.yaml'),
    '--registry',
    path.join(dir, 'root-registry.json'),
  ]);
  // The site under /archive/ is also built the way large archives are: bodies rendered on
  // worker threads and the search index merged from shards of four pages.
  buildSite(inputs, base, [
    '--base',
    '/archive/',
    '--registry',
    path.join(dir, 'base-registry.json'),
    '--search-shard-pages',
    '4',
    '--render-pool-threshold',
    '1',
  ]);
  const siteMoved = buildMovedSite(dir).site;

  const hostileInput = writeHostileInput(path.join(dir, 'input'));
  const hostile = path.join(dir, 'hostile');
  const hostileRun = buildSite([hostileInput], hostile, [
    '--registry',
    path.join(dir, 'hostile-registry.json'),
  ]);
  return {
    siteRoot: root,
    siteBase: base,
    siteMoved,
    buildLog: run.stdout,
    hostileInput,
    siteHostile: hostile,
    hostileLog: `${hostileRun.stdout}\n${hostileRun.stderr}`,
  };
}

export default function setup(project: TestProject): void {
  built ??= buildSites();
  for (const [key, value] of Object.entries(built) as [keyof Provided, string][]) {
    project.provide(key, value);
  }
}
