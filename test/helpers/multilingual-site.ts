/**
 * A fixture site with articles in German (`de`, `de-AT`) and Korean beside the English ones:
 * the `root` fixture site, plus hand-written article pages made from one of its own article
 * pages (the same markup, another `<html lang>`, title and body), all indexed by the build's
 * sharded search index with its spelling vocabulary. Until the ingest gives articles their
 * language, this is how the tests get article pages in other languages.
 *
 * The sentences are written for these tests.
 */
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ShardedSearchIndex, type SearchIndexStats } from '../../scripts/search-index/sharded-index.ts';
import { buildTopResults, frequentWords } from '../../scripts/search-index/top-results.ts';
import { buildSearchVocabulary, vocabularyEntries } from '../../scripts/search-index/vocabulary.ts';
import { fixtureSite } from './fixture-sites.ts';
import { SITES } from './paths.ts';
import { articlePageSlugs, htmlPages } from './site-files.ts';

export interface HandWrittenArticle {
  slug: string;
  /** Its `<html lang>`. */
  lang: string;
  title: string;
  /** Publication date (YYYY-MM-DD). */
  date: string;
  paragraphs: string[];
}

export const OTHER_LANGUAGE_ARTICLES: readonly HandWrittenArticle[] = [
  {
    slug: 'stadtrat-beschliesst-breitere-radwege',
    lang: 'de',
    title: 'Stadtrat beschließt breitere Radwege in der Altstadt',
    date: '2023-03-14',
    paragraphs: [
      'Nach einer langen Verhandlung hat der Stadtrat am Dienstagabend beschlossen, die Radwege in der Altstadt deutlich zu verbreitern.',
      'Viele Anwohnerinnen hatten sich zuvor über enge Kreuzungen und fehlende Abstellplätze beschwert.',
      'Die Bauarbeiten sollen im kommenden Frühjahr beginnen und ungefähr zwei Jahre dauern.',
      'Auch die Stadtverwaltung von Dushanbe plant ähnliche Radwege.',
    ],
  },
  {
    slug: 'neue-nachtzuege-ab-wien',
    lang: 'de-AT',
    title: 'Neue Nachtzüge verbinden Wien mit drei Hauptstädten',
    date: '2021-12-01',
    paragraphs: [
      'Ab Dezember fahren zusätzliche Nachtzüge von Wien nach Berlin, Rom und Warschau.',
      'Die Fahrgäste können ihre Plätze schon jetzt reservieren; die Preise bleiben vorerst gleich.',
      'Eine Verbindung nach Dushanbe ist nicht geplant.',
    ],
  },
  {
    slug: 'seoul-public-bicycles',
    lang: 'ko',
    title: '서울시, 공공 자전거 대여소를 두 배로 늘린다',
    date: '2023-05-02',
    paragraphs: [
      '서울시는 내년부터 시내 공공 자전거 대여소를 지금의 두 배로 늘리겠다고 밝혔다.',
      '시민들은 출퇴근 시간에 자전거를 빌리기 어렵다고 오랫동안 불평해 왔다.',
      'Dushanbe 시도 비슷한 계획을 발표했다.',
    ],
  },
];

const escape = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** An article page of the site, made into `article`: same markup, its language, date, title and body. */
function articlePage(template: string, article: HandWrittenArticle): string {
  const bodyStart = template.indexOf('<div class="article-body"');
  const bodyOpenEnd = template.indexOf('>', bodyStart) + 1;
  const bodyEnd = template.indexOf('</div>', bodyOpenEnd);
  if (bodyStart < 0 || bodyEnd < 0) throw new Error('the template page has no article body');
  const body = article.paragraphs.map((p, i) => `<p id="p-${i + 1}">${escape(p)}</p>`).join('\n');
  const page = `${template.slice(0, bodyOpenEnd)}${body}${template.slice(bodyEnd)}`;
  return page
    .replace(/<html lang="[^"]*">/, `<html lang="${article.lang}">`)
    .replace(/datetime="[^"]*"/, `datetime="${article.date}"`)
    .replace(/data-year="[^"]*"/, `data-year="${article.date.slice(0, 4)}"`)
    .replace(/data-pagefind-sort="date:[^"]*"/, `data-pagefind-sort="date:${article.date}"`)
    .replace(/<title>[^<]*<\/title>/, `<title>${escape(article.title)}</title>`)
    .replace(/(<h1 id="article-title"[^>]*>)[^<]*(<\/h1>)/, `$1${escape(article.title)}$2`);
}

export interface MultilingualSite {
  dir: string;
  stats: SearchIndexStats;
}

/**
 * Builds the multilingual fixture site into `test-results/sites/<name>/` (each test file its
 * own, so that files running at once do not share one), with a search index in shards of 4.
 */
export async function buildMultilingualSite(name: string): Promise<MultilingualSite> {
  const root = (await fixtureSite('root')).dir;
  const dir = path.join(SITES, name);
  const cacheDir = path.join(SITES, `${name}-search-cache`);
  for (const stale of [dir, cacheDir]) rmSync(stale, { recursive: true, force: true });
  cpSync(root, dir, { recursive: true });
  for (const generated of ['pagefind', 'search-vocabulary', 'search-top'])
    rmSync(path.join(dir, generated), { recursive: true });
  // A dated article page of the site (its date, year filter and sort key are replaced).
  const template = articlePageSlugs(dir)
    .map((slug) => readFileSync(path.join(dir, 'articles', slug, 'index.html'), 'utf8'))
    .find((html) => html.includes('data-pagefind-meta="date[datetime]"'));
  if (!template) throw new Error(`${root} has no dated article page`);
  for (const article of OTHER_LANGUAGE_ARTICLES) {
    const folder = path.join(dir, 'articles', article.slug);
    mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, 'index.html'), articlePage(template, article));
  }
  const index = new ShardedSearchIndex({ cacheDir, shardPages: 4 });
  const pages = htmlPages(dir);
  index.plan(pages);
  for (const page of pages) index.add(page, readFileSync(path.join(dir, page), 'utf8'));
  const stats = await index.finish(dir);
  const entries = vocabularyEntries(dir, stats.bundles);
  buildSearchVocabulary(dir, stats.bundles, entries);
  await buildTopResults(dir, frequentWords(entries));
  return { dir, stats };
}
