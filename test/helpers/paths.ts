/** Paths the tests share. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const SEED = path.join(ROOT, 'content/sources/central-asia-2022-10.txt');
export const FIXTURES = path.join(ROOT, 'test/fixtures');
export const FIXTURE_ARCHIVE = path.join(FIXTURES, 'archive');
/** Test data outside the repository (absent on a user's clone: tests using it skip). */
export const SHARED = path.resolve(ROOT, '../shared');
export const BBC = path.join(SHARED, 'corpora/bbc');
/**
 * Sites the tests build go inside the project's test-results/. (Astro 7.3 fails to build
 * into a folder whose path starts with the project's path as a string, e.g. project `/tmp/x`
 * and output `/tmp/x-out`: its prerender bundle then cannot resolve a dependency.)
 */
export const BUILDS = path.join(ROOT, 'test-results/builds');
/** The fixture sites (test/helpers/fixture-sites.ts) and the BBC site the tests build. */
export const SITES = path.join(ROOT, 'test-results/sites');
