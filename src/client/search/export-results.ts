/**
 * A search's whole result set as a file: CSV (RFC 4180: every field quoted, quotes doubled,
 * CRLF between records, UTF-8 with a byte-order mark so that spreadsheets read it as UTF-8)
 * or JSON. A cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return gets a
 * leading `'`, so a spreadsheet shows it as text instead of running it as a formula. Pure.
 */
import { joinBase, shortLinkPath } from '../../shared/base-path.ts';
import type { SearchHit } from './engine.ts';

export interface ExportRow {
  title: string;
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; '' when undated. */
  date: string;
  source: string;
  /** The permanent address: the short link `/a/<id>/`, absolute. */
  url: string;
  /** The result's excerpt as plain text. */
  snippet: string;
}

export const EXPORT_COLUMNS = ['title', 'date', 'source', 'url', 'snippet'] as const;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** An excerpt's HTML (`<mark>` around matches, entities) as plain text. */
export function excerptText(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&(?:#(\d+)|#x([0-9a-f]+)|([a-z]+));/gi, (whole, dec?: string, hex?: string, name?: string) => {
      if (dec) return String.fromCodePoint(Number(dec));
      if (hex) return String.fromCodePoint(parseInt(hex, 16));
      return ENTITIES[name!.toLowerCase()] ?? whole;
    })
    .replace(/\s+/g, ' ')
    .trim();
}

/** The rows of an export; `siteRoot` is the site's absolute base URL (`https://host/archive/`). */
export function exportRows(hits: readonly SearchHit[], siteRoot: string): ExportRow[] {
  return hits.map((hit) => ({
    title: hit.title,
    date: hit.date ?? '',
    source: hit.source ?? '',
    url: new URL(hit.id ? joinBase(new URL(siteRoot).pathname, shortLinkPath(hit.id)) : hit.url, siteRoot)
      .href,
    snippet: excerptText(hit.excerptHtml),
  }));
}

/** A cell a spreadsheet will not take for a formula. */
export function guardCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export function csvCell(value: string): string {
  return `"${guardCell(value).replace(/"/g, '""')}"`;
}

export function toCsv(rows: readonly ExportRow[]): string {
  const lines = [EXPORT_COLUMNS.map(csvCell).join(',')];
  for (const row of rows) lines.push(EXPORT_COLUMNS.map((c) => csvCell(row[c])).join(','));
  return `\ufeff${lines.join('\r\n')}\r\n`;
}

export function toJson(rows: readonly ExportRow[], search: { query: string; url: string }): string {
  return `${JSON.stringify({ query: search.query, search: search.url, total: rows.length, results: rows }, null, 2)}\n`;
}

/** A file name for an export of `query`: `search-border-security.csv`. */
export function exportFileName(query: string, extension: 'csv' | 'json'): string {
  const slug = query
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `search${slug ? `-${slug}` : ''}.${extension}`;
}
