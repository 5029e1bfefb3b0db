/**
 * Lists of index terms as the exports state them: `Stock Indexes (96%); Annual Financial
 * Results (84%)`, `COVID-19 vaccines; Schools; Immunization`.
 */
import type { Term } from '../core/export-format.ts';

const RELEVANCE = /^(.*?)\s*\((\d{1,3})%\)$/;

/** The terms of a `;`-separated list, each with its relevance when stated in percent. */
export function parseTerms(value: string): Term[] {
  const out: Term[] = [];
  for (const raw of value.split(';')) {
    const item = raw.replace(/[\s\u00a0]+/g, ' ').trim();
    if (item === '') continue;
    const m = RELEVANCE.exec(item);
    const relevance = m ? Number(m[2]) : undefined;
    if (m && relevance !== undefined && relevance <= 100 && m[1] !== '')
      out.push({ name: m[1] ?? item, relevance });
    else out.push({ name: item });
  }
  return out;
}
