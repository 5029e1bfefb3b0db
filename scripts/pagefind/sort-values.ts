/**
 * Sort keys of a page (`data-pagefind-sort`), read the way Pagefind reads them
 * (pagefind/src/fossick/parser.rs upstream), kept next to each shard's bundle, and ordered
 * the way Pagefind orders them (pagefind/src/index/mod.rs). Merging index shards needs them:
 * each shard knows the order of its own pages only.
 *
 * Supported: `key:value` and `key[attribute]`, several separated by commas. The form that
 * takes the element's text (`data-pagefind-sort="key"` alone) is refused with a message:
 * giving the value in the attribute is as easy and needs no HTML parsing here.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fragmentPath, fragmentUrl, readEntry, readMeta, type MetaIndex } from './files.ts';
import { compareCodePoints } from './rust-order.ts';

const TAG_WITH_SORT =
  /<[a-zA-Z][^\s/>]*(\s[^>]*?\sdata-pagefind-sort\s*=[^>]*|\sdata-pagefind-sort\s*=[^>]*)>/g;
const ATTRIBUTE = /([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
const FROM_ATTRIBUTE = /^\s*([^:[\]]+)\[(.+)\]\s*$/;

export class UnsupportedSortError extends Error {}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|amp|lt|gt|quot|apos|#39);/gi, (all, ref: string) => {
    const r = ref.toLowerCase();
    if (r.startsWith('#x')) return String.fromCodePoint(parseInt(r.slice(2), 16));
    if (r.startsWith('#')) return String.fromCodePoint(parseInt(r.slice(1), 10));
    return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[r] ?? all;
  });
}

/** Pagefind's `normalize_content`: entities decoded, line breaks to spaces, runs of spaces to one. */
function normalize(value: string): string {
  return decodeEntities(value)
    .replace(/^[\r\n]+|[\r\n]+$/g, '')
    .replace(/[\r\n]+/g, ' ')
    .replace(/ {2,}/g, ' ');
}

function attributesOf(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of tag.matchAll(ATTRIBUTE)) {
    const name = m[1]!.toLowerCase();
    if (!out.has(name)) out.set(name, decodeEntities(m[2] ?? m[3] ?? m[4] ?? ''));
  }
  return out;
}

/** Pagefind's `parse_attr_string`: `a, b[attr], c:literal` → `["a", "b:<attr>", "c:literal"]`. */
function parseAttrString(input: string, attributes: Map<string, string>): string[] {
  const colon = input.indexOf(':');
  if (colon >= 0) {
    const parts = parseAttrString(input.slice(0, colon), attributes);
    if (parts.length > 0) parts[parts.length - 1] += `:${input.slice(colon + 1)}`;
    return parts;
  }
  return input.split(',').map((chunk) => {
    const trimmed = chunk.trim();
    const m = FROM_ATTRIBUTE.exec(trimmed);
    return m ? `${m[1]}:${attributes.get(m[2]!.toLowerCase()) ?? ''}` : trimmed;
  });
}

/** The sort keys and values of one page (`file` names it in errors). */
export function pageSortValues(html: string, file: string): Record<string, string> {
  const values: Record<string, string> = {};
  if (!html.includes('data-pagefind-sort')) return values;
  for (const m of html.matchAll(TAG_WITH_SORT)) {
    const attributes = attributesOf(m[0].slice(1, -1));
    const declared = attributes.get('data-pagefind-sort');
    if (declared === undefined) continue;
    for (const item of parseAttrString(declared, attributes)) {
      const colon = item.indexOf(':');
      if (colon < 0) {
        throw new UnsupportedSortError(
          `${file}: data-pagefind-sort="${declared}" takes its value from the element's text, which the sharded search index cannot read; write it as "${item}:<value>" or "${item}[<attribute>]"`,
        );
      }
      values[item.slice(0, colon)] = normalize(item.slice(colon + 1));
    }
  }
  return values;
}

const INT = /^[+-]?\d+$/;
const FLOAT = /^[+-]?(?:\d+\.?\d*(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?|inf|infinity|nan)$/i;

function asNumber(value: string): number | undefined {
  if (INT.test(value)) {
    const n = Number(value);
    if (n >= -(2 ** 31) && n < 2 ** 31) return Math.fround(n);
  }
  if (FLOAT.test(value)) {
    const lower = value.toLowerCase().replace(/^\+/, '');
    const n = /inf/.test(lower) ? (lower.startsWith('-') ? -Infinity : Infinity) : Number(value);
    return Math.fround(n);
  }
  return undefined;
}

/** Rust's `f32::total_cmp` for the values Pagefind compares. */
function totalCompare(a: number, b: number): number {
  if (Number.isNaN(a) || Number.isNaN(b)) return Number.isNaN(a) ? (Number.isNaN(b) ? 0 : 1) : -1;
  if (a === 0 && b === 0) return Object.is(a, -0) === Object.is(b, -0) ? 0 : Object.is(a, -0) ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The page numbers that hold `key`, in Pagefind's order: numbers when every value parses as
 * one, otherwise strings by code point; equal values keep page order.
 */
export function sortPages(pages: readonly (Record<string, string> | undefined)[], key: string): number[] {
  const holders: { page: number; value: string }[] = [];
  pages.forEach((values, page) => {
    const value = values?.[key];
    if (value !== undefined) holders.push({ page, value });
  });
  const numbers = holders.map((h) => asNumber(h.value));
  if (numbers.every((n) => n !== undefined)) {
    const keyed = holders.map((h, i) => ({ page: h.page, n: numbers[i]! }));
    return keyed.sort((a, b) => totalCompare(a.n, b.n)).map((k) => k.page);
  }
  return holders.sort((a, b) => compareCodePoints(a.value, b.value)).map((h) => h.page);
}

/** The file next to a shard's bundle with its pages' sort values. */
const SORT_VALUES_FILE = 'news-archive-sorts.json';

/** A page handed to Pagefind: the URL Pagefind gave it and its sort keys. */
export interface PageSortValues {
  url: string;
  sort: Record<string, string>;
}

/**
 * Keeps the sort values of a bundle's pages next to it, for the merge: per language, one
 * record per page in the order Pagefind numbered them. The pages are taken from the bundle
 * Pagefind wrote (its fragments' URLs), not from the pages handed to it: Pagefind leaves out
 * pages that hold no word (pagefind/src/lib.rs, `build_indexes`: a page without word data
 * is dropped), and splits the others by language.
 */
export function writeSortValues(bundleDir: string, pages: readonly PageSortValues[]): void {
  const byUrl = new Map(pages.map((p) => [p.url, p.sort]));
  const entry = readEntry(bundleDir);
  const languages: Record<string, Record<string, string>[]> = {};
  for (const language of Object.keys(entry.languages)) {
    languages[language] = readMeta(bundleDir, entry, language)[1].map(([hash]) => {
      const url = fragmentUrl(fragmentPath(bundleDir, hash));
      const sort = byUrl.get(url);
      if (!sort) throw new Error(`${bundleDir}: Pagefind indexed ${url}, a page it was not given`);
      return sort;
    });
  }
  writeFileSync(path.join(bundleDir, SORT_VALUES_FILE), JSON.stringify(languages));
}

/**
 * The sort values of a bundle's pages in one language, one record per page in page order,
 * checked against the order Pagefind itself gave the pages (so a value read differently is
 * caught).
 */
export function readSortValues(dir: string, language: string, meta: MetaIndex): Record<string, string>[] {
  if (meta[4].length === 0) return [];
  let values: Record<string, string>[] | undefined;
  try {
    const file = JSON.parse(readFileSync(path.join(dir, SORT_VALUES_FILE), 'utf8')) as Record<
      string,
      Record<string, string>[]
    >;
    values = file[language];
  } catch {
    throw new Error(`${dir}: the shard has sort keys but no ${SORT_VALUES_FILE}`);
  }
  if (!Array.isArray(values) || values.length !== meta[1].length)
    throw new Error(`${dir}: ${SORT_VALUES_FILE} does not match the shard's pages in "${language}"`);
  for (const [key, order] of meta[4]) {
    const ours = sortPages(values, key);
    if (ours.length !== order.length || ours.some((p, i) => p !== order[i])) {
      throw new Error(
        `${dir}: the sort values read for "${key}" do not give Pagefind's order; the shards cannot be merged`,
      );
    }
  }
  return values;
}
