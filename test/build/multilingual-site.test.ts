/**
 * A site with articles in German and Korean beside the English ones
 * (test/helpers/multilingual-site.ts): the search index has one index per language as
 * Pagefind makes them, each stemmed in its own language, the same bundle as Pagefind alone
 * writes for those pages, and the spelling vocabulary holds the words of every language in
 * the form the browser looks them up in.
 */
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundleWords } from '../../scripts/pagefind/inspect.ts';
import {
  decodeShard,
  MANIFEST_FILE,
  shardFile,
  VOCABULARY_DIR,
  wordShardKeys,
  type VocabularyManifest,
} from '../../src/shared/search-vocabulary.ts';
import { normalizeWord } from '../../src/shared/search-words.ts';
import { buildMultilingualSite, type MultilingualSite } from '../helpers/multilingual-site.ts';
import { expectSameBundle, pagefindAlone } from '../helpers/pagefind-bundles.ts';
import { SITES } from '../helpers/paths.ts';
import { articlePageSlugs } from '../helpers/site-files.ts';

let site: MultilingualSite;
beforeAll(async () => {
  site = await buildMultilingualSite('multilingual-build');
}, 300_000);

const entry = () =>
  JSON.parse(readFileSync(path.join(site.dir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { wasm: string | null; page_count: number }>;
  };

const vocabularyFile = (name: string): string =>
  gunzipSync(readFileSync(path.join(site.dir, VOCABULARY_DIR, name))).toString('utf8');

describe('a site in several languages', () => {
  it('has an index per language, named as Pagefind names them', () => {
    const languages = entry().languages;
    expect(Object.keys(languages)).toEqual(['de', 'de-at', 'en', 'ko']);
    expect(languages.de).toMatchObject({ wasm: 'de', page_count: 1 });
    expect(languages['de-at']).toMatchObject({ wasm: 'de-at', page_count: 1 });
    expect(languages.ko).toMatchObject({ wasm: null, page_count: 1 });
    expect(languages.en!.page_count).toBe(articlePageSlugs(site.dir).length - 3);
  });

  it('stems German as German, and keeps each language to its own index', () => {
    const german = bundleWords(path.join(site.dir, 'pagefind'), 'de');
    // `Verhandlung` and `Verhandlungen` are one stem in German.
    expect(german).toContain('verhandl');
    expect(german).not.toContain('verhandlung');
    const english = bundleWords(path.join(site.dir, 'pagefind'), 'en');
    expect(english).not.toContain('verhandl');
    expect(english.some((w) => w.startsWith('radweg'))).toBe(false);
    // Korean is not stemmed; Pagefind keeps its words decomposed into letters.
    expect(bundleWords(path.join(site.dir, 'pagefind'), 'ko')).toContain('자전거'.normalize('NFD'));
  });

  it('is the bundle Pagefind writes for the same pages', { timeout: 120_000 }, async () => {
    const pages = articlePageSlugs(site.dir).map((slug) => {
      const sourcePath = `articles/${slug}/index.html`;
      return { sourcePath, html: readFileSync(path.join(site.dir, sourcePath), 'utf8') };
    });
    const alone = path.join(SITES, 'multilingual-build-pagefind-alone');
    rmSync(alone, { recursive: true, force: true });
    await pagefindAlone(pages, alone);
    expectSameBundle(path.join(site.dir, 'pagefind'), alone);
  });

  it('has a spelling vocabulary with the words of every language', () => {
    const manifest = JSON.parse(vocabularyFile(MANIFEST_FILE)) as VocabularyManifest;
    for (const word of ['Verhandlung', 'Anwohnerinnen', 'Nachtzüge', '자전거를', '대여소를']) {
      const shards = wordShardKeys(normalizeWord(word)).filter((key) => manifest.shards.includes(key));
      expect(shards.length, word).toBeGreaterThan(0);
      for (const key of shards) {
        const words = decodeShard(vocabularyFile(shardFile(key))).map((e) => e.word);
        expect(words, `${word} in ${key}`).toContain(word);
      }
    }
  });
});
