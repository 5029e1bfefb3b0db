/**
 * The spelling vocabulary the build writes next to the search index (search-vocabulary/):
 * gzip-compressed shards named in a manifest, holding the words of the indexed articles with
 * the number of articles each is in.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  decodeShard,
  MANIFEST_FILE,
  shardFile,
  VOCABULARY_DIR,
  wordShardKeys,
  type VocabularyManifest,
} from '../../src/shared/search-vocabulary.ts';
import { fixtureDirs } from '../helpers/fixture-sites.ts';

const [site, siteBase] = await fixtureDirs('root', 'base');
const dir = path.join(site, VOCABULARY_DIR);

function readGzip(file: string): string {
  return gunzipSync(readFileSync(file)).toString('utf8');
}

function manifest(): VocabularyManifest {
  return JSON.parse(readGzip(path.join(dir, MANIFEST_FILE))) as VocabularyManifest;
}

describe('spelling vocabulary', () => {
  it('has a manifest naming every shard written, and nothing else', () => {
    const { shards, words } = manifest();
    expect(words).toBeGreaterThan(500);
    expect(readdirSync(dir).sort()).toEqual([MANIFEST_FILE, ...shards.map(shardFile)].sort());
  });

  it('stores each word, as written, in its shards, with the articles it is in', () => {
    const voronkov = wordShardKeys('voronkov').map((key) =>
      decodeShard(readGzip(path.join(dir, shardFile(key)))),
    );
    for (const shard of voronkov) {
      // The seed has four articles about Vladimir Voronkov (see test/e2e/search.test.ts).
      expect(shard.find((e) => e.word === 'Voronkov')?.articles).toBeGreaterThanOrEqual(4);
    }
  });

  it('holds only words of the indexed article text, not of the page around it', () => {
    const all = manifest().shards.flatMap((key) => decodeShard(readGzip(path.join(dir, shardFile(key)))));
    const words = new Set(all.map((e) => e.word.toLowerCase()));
    expect(words.has('dushanbe')).toBe(true);
    // "Skip to content" and the footer's "provenance" line are not article text.
    expect(words.has('skip')).toBe(false);
    expect(words.has('provenance')).toBe(false);
  });

  it('is the same on the site built under a base path', () => {
    const other = path.join(siteBase, VOCABULARY_DIR);
    expect(existsSync(other)).toBe(true);
    for (const name of readdirSync(dir)) {
      expect(readFileSync(path.join(other, name)).equals(readFileSync(path.join(dir, name)))).toBe(true);
    }
  });
});
