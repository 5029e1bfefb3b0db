/**
 * Lists of index terms as the exports state them: `Stock Indexes (96%); Annual Financial
 * Results (84%)` (Nexis, LexisNexis: a relevance in percent when stated), `COVID-19
 * vaccines; Schools` (ProQuest), and Factiva's classification lines `c24 : Capacity/Facilities
 * | ccat : Corporate/Industrial News`, whose codes are the database's, not names.
 */
import type { Term } from '../../core/export-format.ts';

const RELEVANCE = /^(.+?)\s*\((\d{1,3})%\)$/u;

/** One term: its name with white space collapsed, and its relevance when stated (0–100 %). */
function term(text: string): Term | undefined {
  const item = text.replace(/[\s\u00a0]+/gu, ' ').trim();
  if (item === '') return undefined;
  const m = RELEVANCE.exec(item);
  const relevance = m ? Number(m[2]) : undefined;
  return m && relevance !== undefined && relevance <= 100 ? { name: m[1]!, relevance } : { name: item };
}

/** The terms of a `;`-separated list, each with its relevance when stated in percent. */
export function parseTerms(value: string): Term[] {
  return value.split(';').flatMap((item) => term(item) ?? []);
}

/**
 * The terms of a Factiva classification line, `c24 : Capacity/Facilities | ccat :
 * Corporate/Industrial News`: the names, without the codes. A code without a name
 * (`lam : `) gives no term.
 */
export function parseCodeTerms(value: string): Term[] {
  return value.split('|').flatMap((piece) => {
    const colon = piece.indexOf(' : ');
    return term(colon >= 0 ? piece.slice(colon + 3) : piece.replace(/^\s*\S+\s*:\s*$/u, '')) ?? [];
  });
}
