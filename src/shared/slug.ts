/**
 * Slugs: readable URL segments from titles and headings. Text is transliterated to ASCII
 * (Cyrillic, Greek, Arabic, CJK … via the `transliteration` library), lowercased, and every
 * run of other characters becomes one hyphen. Long slugs are cut at a word boundary.
 */
import { transliterate } from 'transliteration';

/**
 * Longest slug made from a title (the ingest's slugs, scripts/ingest/registry-match.ts, keep
 * to it too). A slug given by hand may be longer: MAX_SLUG_LENGTH in article-schema.ts.
 */
export const MAX_TITLE_SLUG_LENGTH = 72;

const APOSTROPHES = /['’‘ʼ`]/g;

export function slugify(text: string, maxLength: number = MAX_TITLE_SLUG_LENGTH): string {
  const ascii = transliterate(text.normalize('NFC'))
    .toLowerCase()
    .replace(APOSTROPHES, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return truncateSlug(ascii, maxLength);
}

/** Cuts a slug to at most `maxLength` characters, at a hyphen when there is one to cut at. */
export function truncateSlug(slug: string, maxLength: number): string {
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength + 1);
  const lastHyphen = cut.lastIndexOf('-');
  const head = lastHyphen > maxLength / 2 ? cut.slice(0, lastHyphen) : slug.slice(0, maxLength);
  return head.replace(/-+$/, '');
}
