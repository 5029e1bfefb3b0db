/**
 * Pagefind bundles (the `pagefind/` folder of a site), for the rest of the build: this is
 * the module it imports. Pagefind's file names, framing and CBOR are known in this folder
 * only (files.ts, cbor.ts); the merge of shard bundles is merge.ts, the sort keys it needs
 * sort-values.ts. What the tests read of a bundle to compare it is inspect.ts.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { ENTRY_FILE, fragmentData, fragmentFiles } from './files.ts';

export { PAGEFIND_VERSION } from './files.ts';
export { pageLanguage, withShardLanguage } from './languages.ts';
export { mergeBundles, PAGEFIND_CHUNK_SIZE, type MergeOptions, type MergeStats } from './merge.ts';
export { pageSortValues, UnsupportedSortError, writeSortValues, type PageSortValues } from './sort-values.ts';

/** Whether `dir` holds a finished Pagefind bundle (its entry file is written last). */
export function isBundle(dir: string): boolean {
  return existsSync(path.join(dir, ENTRY_FILE));
}

/** The text Pagefind indexed of each page of a bundle (its fragments, in file name order). */
export function* fragmentTexts(bundleDir: string): Generator<string> {
  for (const file of fragmentFiles(bundleDir)) {
    const data = JSON.parse(Buffer.from(fragmentData(file)).toString('utf8')) as { content?: unknown };
    if (typeof data.content !== 'string') throw new Error(`${file}: Pagefind fragment without content`);
    yield data.content;
  }
}
