/**
 * The contract with Pagefind for a site in several languages: the bundle the sharded search
 * index merges is the one Pagefind writes for the same pages in one index — one index per
 * `<html lang>` (lowercased, `en-GB` apart from `en`, `zh-Hans` as `zh-hans`), stemmed per
 * language, Chinese and Japanese segmented, the wasm of each stemmed language, and pages
 * without a language appended to the main language of the whole site, which is not the main
 * language of the shards that hold them. Smaller than pagefind-contract.test.ts (1,200 pages
 * in 12 shards), with word chunks small enough for many chunk boundaries in each language.
 *
 * It needs none of the fixture sites: it makes its own pages.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Random, ZipfSampler } from '../../bench/corpus/random.ts';
import { bundleSummary } from '../../scripts/pagefind/inspect.ts';
import { NO_LANGUAGE } from '../../scripts/pagefind/languages.ts';
import { expectSameBundle, pagefindAlone, shardedBundle, type Page } from '../helpers/pagefind-bundles.ts';

const PAGES = 1_200;
const SHARD_PAGES = 100;
/** Locations per word chunk: dozens of chunks per language. */
const CHUNK_SIZE = 120;

const work = mkdtempSync(path.join(os.tmpdir(), 'pagefind-languages-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** How each language's text is made: syllables, word endings (for the stemmers), spacing. */
interface Script {
  syllables: string[];
  endings: string[];
  /** Between words (Chinese and Japanese have none: Pagefind segments them). */
  space: string;
  sentenceEnd: string;
}

const latin = (extra: string[], endings: string[]): Script => ({
  syllables: [...'bdfgklmnprstvz'].flatMap((c) => [...'aeiou'].map((v) => c + v)).concat(extra),
  endings,
  space: ' ',
  sentenceEnd: '.',
});

const SCRIPTS: Record<string, Script> = {
  en: latin([], ['', '', 's', 'ing', 'ed', 'ation']),
  de: latin(['ä', 'ö', 'ü', 'schu', 'ße'], ['', 'e', 'en', 'er', 'ung', 'ungen', 'lich']),
  fr: latin(['é', 'è', 'ça'], ['', 'e', 'es', 'ment', 'tion', 'ées']),
  nl: latin(['ij', 'oe'], ['', 'en', 'heid', 'tje']),
  ko: {
    syllables: [...'정부국민경제회의서울시장선거한국대통령발표문화사회교육'],
    endings: ['', '는', '가', '를', '에서', '의'],
    space: ' ',
    sentenceEnd: '.',
  },
  zh: {
    syllables: [...'中国政府经济发展会议北京市场改革文化社会教育人民今天宣布计划'],
    endings: [''],
    space: '',
    sentenceEnd: '。',
  },
  ja: {
    syllables: [...'がぎぐげござじずぜぞだでどばびぶべぼぱぴぷぺぽ東京政府経済会議日本'],
    endings: ['', 'は', 'が', 'を'],
    space: '',
    sentenceEnd: '。',
  },
};

/**
 * The pages' languages, by shard: English most of all over the site, but shards 6–8 mostly
 * German (their own main language) and holding the pages without a language.
 */
function languageOf(i: number, random: Random): string | null {
  const shard = Math.floor(i / SHARD_PAGES);
  if (shard >= 6 && shard <= 8) {
    if (random.chance(0.15)) return random.pick([null, '', 'unknown']);
    return random.chance(0.8) ? 'de' : 'en';
  }
  if (shard >= 9) {
    return random.pick(['zh-Hans', 'ja', 'ko', 'nl', 'en-GB', 'pt-BR', 'EN', 'de-DE', 'fr', 'en']);
  }
  return random.chance(0.75) ? 'en' : random.pick(['de', 'fr', 'ko']);
}

/** The script a page's language is written in (by its base language; Portuguese as Latin). */
function scriptOf(language: string | null): Script {
  const base = (language ?? '').toLowerCase().split('-')[0]!;
  return SCRIPTS[base] ?? SCRIPTS.en!;
}

function generatePages(): Page[] {
  const random = new Random(7);
  const words = new ZipfSampler(3_000, 1.05, 5);
  const text = (script: Script, n: number): string => {
    const out: string[] = [];
    for (let k = 0; k < n; k++) {
      let r = words.sample(random);
      let word = '';
      do {
        word += script.syllables[r % script.syllables.length]!;
        r = Math.floor(r / script.syllables.length);
      } while (r > 0);
      out.push(word + random.pick(script.endings));
    }
    return out.join(script.space) + script.sentenceEnd;
  };
  const pages: Page[] = [];
  for (let i = 0; i < PAGES; i++) {
    const language = languageOf(i, random);
    const script = scriptOf(language);
    const lang = language === null ? '' : ` lang="${language}"`;
    // A page without a word now and then (Pagefind leaves it out).
    const wordless = i % 97 === 13;
    const title = wordless ? '$' : text(script, random.int(2, 6));
    const date = `20${10 + random.int(0, 9)}-0${random.int(1, 9)}-1${random.int(0, 9)}`;
    const sort = random.chance(0.9) ? ` data-pagefind-sort="date:${date}"` : '';
    const author =
      Math.floor(i / 250) % 2 === 1 ? `<span data-pagefind-meta="author">${text(script, 2)}</span>` : '';
    const body: string[] = [];
    for (let b = wordless ? 0 : random.int(1, 4); b > 0; b--) {
      if (random.chance(0.3)) body.push(`<h2 id="h-${i}-${b}">${text(script, random.int(1, 4))}</h2>`);
      body.push(`<p>${text(script, random.int(4, 18))}</p>`);
    }
    const html = `<!doctype html><html${lang}><head><meta charset="utf-8"><title>${title}</title></head><body>
<article data-pagefind-body>
<h1 data-pagefind-weight="10">${title}</h1>
<p data-pagefind-ignore><span${sort}>${date}</span>
<span hidden data-pagefind-filter="source">Source ${random.int(1, 6)}</span></p>${author}
${body.join('\n')}
</article></body></html>`;
    pages.push({ sourcePath: `articles/a${i}/index.html`, html });
  }
  return pages;
}

/** A page as the hand-made cases below write it. */
const page = (i: number, htmlTag: string, words: string): Page => ({
  sourcePath: `articles/p${i}/index.html`,
  html: `<!doctype html>${htmlTag}<head></head><body><article data-pagefind-body><h1>${words}</h1>
<span data-pagefind-sort="date:2020-0${1 + (i % 9)}-01"></span><p>${words} ${i}</p></article></body></html>`,
});

async function compare(name: string, pages: Page[], shardPages: number, forceLanguage?: string) {
  const alone = path.join(work, `${name}-alone`);
  const site = path.join(work, `${name}-site`);
  await pagefindAlone(pages, alone, { ...(forceLanguage ? { forceLanguage } : {}) }, CHUNK_SIZE);
  const stats = await shardedBundle(pages, site, {
    cacheDir: path.join(work, `${name}-cache`),
    shardPages,
    chunkSize: CHUNK_SIZE,
    ...(forceLanguage ? { forceLanguage } : {}),
  });
  expectSameBundle(path.join(site, 'pagefind'), alone);
  return { alone, stats };
}

const entryOf = (bundle: string) =>
  JSON.parse(readFileSync(path.join(bundle, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { wasm: string | null; page_count: number }>;
  };

describe('Pagefind contract, several languages', () => {
  it(
    `a bundle merged from shards is the one Pagefind writes for ${PAGES} pages in many languages`,
    { timeout: 300_000 },
    async () => {
      const pages = generatePages();
      const { alone, stats } = await compare('mixed', pages, SHARD_PAGES);

      // What the pages are meant to make happen, in Pagefind's own bundle.
      const entry = entryOf(alone);
      expect(Object.keys(entry.languages)).toEqual([
        'de',
        'de-de',
        'en',
        'en-gb',
        'fr',
        'ja',
        'ko',
        'nl',
        'pt-br',
        'zh-hans',
      ]);
      expect(entry.languages.de!.wasm).toBe('de');
      expect(entry.languages.ko!.wasm).toBeNull();
      for (const language of ['en', 'de', 'ko', 'zh-hans', 'ja'])
        expect(bundleSummary(alone, language).chunks).toBeGreaterThan(5);
      // The pages without a language are in English, the site's main language, though the
      // shards that hold them are mostly German.
      const unknown = pages.filter((p) => !/<html lang="(?!unknown")[^"]/.test(p.html)).length;
      expect(unknown).toBeGreaterThan(20);
      const shardLanguages = stats.bundles.map((dir) => Object.keys(entryOf(dir).languages));
      expect(shardLanguages.filter((l) => l.includes(NO_LANGUAGE)).length).toBe(3);
      expect(stats.pages).toBe(Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0));
    },
  );

  it(
    'puts pages without a language in the first of two main languages that tie',
    { timeout: 120_000 },
    async () => {
      const pages = [
        page(0, '<html>', 'alpha'),
        page(1, '<html lang="fr">', 'deux'),
        page(2, '<html lang="de">', 'vier'),
        page(3, '<html lang="">', 'gamma'),
        page(4, '<html lang="fr">', 'cinq'),
        page(5, '<html lang="de">', 'sieben'),
      ];
      const { alone } = await compare('tie', pages, 2);
      expect(entryOf(alone).languages.de!.page_count).toBe(4);
    },
  );

  it('indexes a site without any language as "unknown"', { timeout: 120_000 }, async () => {
    const pages = [page(0, '<html>', 'alpha'), page(1, '<html lang="">', 'beta'), page(2, '<html>', 'gamma')];
    const { alone } = await compare('unknown', pages, 2);
    expect(Object.keys(entryOf(alone).languages)).toEqual(['unknown']);
  });

  it('indexes every page in one language when the language is forced', { timeout: 120_000 }, async () => {
    const pages = generatePages().slice(0, 300);
    const { alone } = await compare('forced', pages, 100, 'en');
    expect(Object.keys(entryOf(alone).languages)).toEqual(['en']);
  });
});
