/**
 * The language Pagefind 1.6 files a page under, and how a sharded index keeps Pagefind's
 * choice for pages without one.
 *
 * Pagefind (pagefind/src/fossick/parser.rs, lib.rs upstream) takes the `lang` attribute of
 * the page's `<html>` element (of the last `<html>` tag that has one), lowercased and
 * otherwise as written: `en-GB` is indexed as `en-gb`, apart from `en`; `zh-Hans` as
 * `zh-hans`. It builds one index per language. A page with no `lang`, an empty one or
 * `unknown` is "unknown": Pagefind indexes it without stemming and appends it to the index of
 * the site's main language (the one with most pages; on a tie, the first in code-point
 * order), after that language's own pages; a site of unknown pages only gets an index named
 * `unknown`.
 *
 * The main language is a property of the whole site, which one shard cannot know. So the
 * sharded index hands Pagefind an unknown page with the stand-in language `NO_LANGUAGE`
 * (no stemmer, no segmentation: indexed exactly as an unknown page), each shard keeps those
 * pages in an index of their own, and the merge appends them to the main language of all
 * shards, as Pagefind would have.
 */
import { compareCodePoints } from './rust-order.ts';

/** Pagefind's name for the language of a page without one. */
export const UNKNOWN_LANGUAGE = 'unknown';

/** The language a shard indexes unknown pages under (never a real language: `x-` is private use). */
export const NO_LANGUAGE = 'x-news-archive-no-language';

const HTML_TAG = /<html(?=[\s/>])[^>]*>/gi;
const LANG_ATTRIBUTE = /\slang\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/i;

/** The `lang` attribute of an `<html …>` start tag, if it has one. */
function langOf(tag: string): string | undefined {
  const m = LANG_ATTRIBUTE.exec(tag.slice('<html'.length));
  return m ? (m[1] ?? m[2] ?? m[3] ?? '') : undefined;
}

/** The language Pagefind gives a page: its `<html lang>` lowercased, or `unknown`. */
export function pageLanguage(html: string): string {
  let language: string | undefined;
  for (const m of html.matchAll(HTML_TAG)) {
    const lang = langOf(m[0]);
    if (lang !== undefined) language = lang.toLowerCase();
  }
  return language === undefined || language === '' ? UNKNOWN_LANGUAGE : language;
}

/**
 * The page as a shard hands it to Pagefind: an unknown page gets `NO_LANGUAGE` on its last
 * `<html>` tag (the one Pagefind reads last). A page without `<html>` is left alone: Pagefind
 * indexes nothing of it.
 */
export function withShardLanguage(html: string): string {
  if (pageLanguage(html) !== UNKNOWN_LANGUAGE) return html;
  let last: RegExpExecArray | undefined;
  for (const m of html.matchAll(HTML_TAG)) last = m;
  if (!last) return html;
  const tag = last[0];
  const attribute = LANG_ATTRIBUTE.exec(tag);
  const marked = attribute
    ? `${tag.slice(0, attribute.index)} lang="${NO_LANGUAGE}"${tag.slice(attribute.index + attribute[0].length)}`
    : `<html lang="${NO_LANGUAGE}"${tag.slice('<html'.length)}`;
  return `${html.slice(0, last.index)}${marked}${html.slice(last.index + tag.length)}`;
}

/**
 * The site's main language, from the pages Pagefind indexed per language (unknown pages
 * left out): most pages, then the first in code-point order; `unknown` when there is none.
 */
export function mainLanguage(pages: ReadonlyMap<string, number>): string {
  let best: string | undefined;
  for (const [language, count] of pages) {
    if (language === NO_LANGUAGE || language === UNKNOWN_LANGUAGE || count === 0) continue;
    const top = best === undefined ? 0 : pages.get(best)!;
    if (best === undefined || count > top || (count === top && compareCodePoints(language, best) < 0))
      best = language;
  }
  return best ?? UNKNOWN_LANGUAGE;
}
