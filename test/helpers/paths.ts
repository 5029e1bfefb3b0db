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
