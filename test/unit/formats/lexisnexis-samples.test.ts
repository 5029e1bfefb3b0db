/**
 * The real older LexisNexis exports in ../shared/corpora/exports/lexisnexis-txt: every
 * document read, every line accounted for, publication and date on the documents, and
 * detection true for them and false for the other formats' samples and for plain text.
 * Skips when ../shared is absent.
 *
 * The amcat test files are pieces of many downloads pasted together: their `N of M` lines
 * disagree, so they state no count; what the test expects of them is what the files hold.
 */
import { expect } from 'vitest';
import { lexisNexisFormat } from '../../../scripts/ingest/formats/lexisnexis.ts';
import { describeSamples } from './export-checks.ts';

/** Documents whose printed date states no day, by sample. */
const DAYLESS: Record<string, number> = { 'lexisnexis-txt/amcat-test.txt': 2 };

describeSamples(
  lexisNexisFormat,
  {
    // One document per separator, less the "error documents" (no headline, no text). Every
    // document is dated: one whose printed date has no day (`January 2009`, `Summer, 2008`)
    // to its month or year (DAYLESS).
    'lexisnexis-txt/sample.TXT': { stated: 10, documents: 10, undated: 0 },
    'lexisnexis-txt/amcat-test2.txt': { stated: 1, documents: 1, undated: 0 },
    // `1 of 62` and `Dokument 234 von 456`.
    'lexisnexis-txt/amcat-test3.txt': { documents: 2, undated: 0 },
    // 27 separators; `827 of 2087` holds two copyright lines and nothing else.
    'lexisnexis-txt/amcat-test.txt': { documents: 26, undated: 0 },
  },
  (parse, source) => {
    // Each document without a day says so, and is dated to the month or year it states.
    const noDay = parse.diagnostics.filter((d) => d.message.includes('states no day'));
    expect(noDay, source.displayPath).toHaveLength(DAYLESS[source.displayPath] ?? 0);
    for (const d of noDay) expect(d.message).toMatch(/dated to the (?:month|year) \(\d{4}(?:-\d{2})?\)$/u);
  },
);
