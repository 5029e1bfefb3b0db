/**
 * The fixture sites the build and browser tests read, built with the real CLI into
 * test-results/sites/: each one at most once per test run, by the first test file that asks
 * for it, and shared by every other file of the run (test/helpers/once-per-run.ts), so that
 * a run builds only the sites its files need.
 * - `root`: the seed dump plus the fixture archive at the root, with test/fixtures/site.yaml
 *   (small listing pages, feeds, an About text);
 * - `base`: the same under the base path /archive/ (the default config), built the way large
 *   archives are: bodies rendered on worker threads, the search index merged from shards;
 * - `moved`: the seed after a rename and a removal (test/helpers/moved-site.ts);
 * - `hostile`: the hostile archive (test/helpers/hostile-input.ts);
 * - `exports`: the hand-written database exports (test/fixtures/exports/, one folder per
 *   format) and articles in German and Korean (test/fixtures/languages/);
 * - `offline`: the offline edition (`--offline`) of the `root` site's input and options.
 * - `seed`: the seed dump alone, with the defaults (its people pages: test/build/entities-site.test.ts).
 * Only the `build` and `quiet` test projects can ask: their global setup (test/global-setup.ts)
 * names the run.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, inject } from 'vitest';
import { buildSite } from './build-site.ts';
import { writeHostileInput } from './hostile-input.ts';
import { buildMovedSite } from './moved-site.ts';
import { oncePerRun } from './once-per-run.ts';
import { FIXTURE_ARCHIVE, FIXTURES, SEED, SITES } from './paths.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Names the test run, for the records of the fixture sites built in it. */
    fixtureRun?: string;
  }
}

export type FixtureName = 'root' | 'base' | 'moved' | 'hostile' | 'exports' | 'offline' | 'seed';

export interface FixtureSite {
  /** The built site. */
  dir: string;
  /** The input files or folders it was built from. */
  inputs: string[];
  /** The output of its (last) build: stdout, then stderr. */
  log: string;
}

/** The inputs of the `root` and `base` sites. */
const FIXTURE_INPUTS = [SEED, path.join(FIXTURE_ARCHIVE, 'dumps'), path.join(FIXTURE_ARCHIVE, 'desk')];

/**
 * Builds `inputs` into the site `name` with the CLI options `extra`, after removing what an
 * earlier run left of it: each build gets a fresh URL registry, so that no earlier run's
 * articles linger as withdrawn.
 */
function buildFresh(name: string, inputs: string[], extra: string[]): FixtureSite {
  const dir = path.join(SITES, name);
  const registry = path.join(SITES, `${name}-registry.json`);
  for (const stale of [dir, registry]) rmSync(stale, { recursive: true, force: true });
  const run = buildSite(inputs, dir, [...extra, '--registry', registry]);
  return { dir, inputs, log: `${run.stdout}\n${run.stderr}` };
}

const BUILDERS: Record<FixtureName, () => FixtureSite> = {
  root: () =>
    buildFresh('root', FIXTURE_INPUTS, [
      '--site',
      'https://archive.example.org',
      '--config',
      path.join(FIXTURES, 'site.yaml'),
    ]),
  base: () =>
    buildFresh('base', FIXTURE_INPUTS, [
      '--base',
      '/archive/',
      '--search-shard-pages',
      '4',
      '--render-pool-threshold',
      '1',
    ]),
  moved: () => {
    for (const stale of ['moved', 'moved-registry.json', 'moved-input']) {
      rmSync(path.join(SITES, stale), { recursive: true, force: true });
    }
    const moved = buildMovedSite(SITES);
    return { dir: moved.site, inputs: [moved.input], log: `${moved.run.stdout}\n${moved.run.stderr}` };
  },
  hostile: () => {
    rmSync(path.join(SITES, 'input'), { recursive: true, force: true });
    return buildFresh('hostile', [writeHostileInput(path.join(SITES, 'input'))], []);
  },
  exports: () =>
    buildFresh('exports', [path.join(FIXTURES, 'exports'), path.join(FIXTURES, 'languages')], []),
  offline: () =>
    buildFresh('offline', FIXTURE_INPUTS, [
      '--site',
      'https://archive.example.org',
      '--config',
      path.join(FIXTURES, 'site.yaml'),
      '--offline',
    ]),
  seed: () => buildFresh('seed', [SEED], []),
};

/** The record of a fixture site's build in this run. */
const recordOf = (name: FixtureName): string => path.join(SITES, `${name}.json`);

/** The fixture site `name`, built by this call if no test file of the run has built it yet. */
export function fixtureSite(name: FixtureName): Promise<FixtureSite> {
  const run = inject('fixtureRun');
  if (run === undefined) {
    throw new Error(`the fixture site "${name}" is for the build and quiet test projects (vitest.config.ts)`);
  }
  return oncePerRun(recordOf(name), run, BUILDERS[name]);
}

/**
 * The folders of several fixture sites; while another test file builds one of them, this one
 * builds the next, e.g. `const [siteRoot, siteBase] = await fixtureDirs('root', 'base')`.
 */
export async function fixtureDirs<const Names extends readonly FixtureName[]>(
  ...names: Names
): Promise<{ [K in keyof Names]: string }> {
  const sites = await Promise.all(names.map((name) => fixtureSite(name)));
  return sites.map((site) => site.dir) as { [K in keyof Names]: string };
}

/**
 * For a `describe` block that may be skipped: gets the fixture site before the block's tests
 * (in a `beforeAll` registered now, so before the block's later hooks) and returns a getter
 * of its folder, e.g. `siteInBrowser(fixtureSiteBeforeAll('root'))`.
 */
export function fixtureSiteBeforeAll(name: FixtureName): () => string {
  let site: FixtureSite | undefined;
  beforeAll(async () => {
    site = await fixtureSite(name);
  });
  return () => {
    if (!site) throw new Error(`the fixture site "${name}" is not there yet (use it inside a test or hook)`);
    return site.dir;
  };
}
