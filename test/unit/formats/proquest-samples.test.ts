/**
 * The real ProQuest export in ../shared/corpora/exports/proquest-txt: every document read,
 * every line accounted for, publication and date on all documents, and detection true for
 * it and false for the other formats' samples and for plain text. Skips when ../shared is
 * absent.
 *
 * star.txt has 374 rules of underscores and 373 documents: the last rule stands above the
 * database's footer (`Contact us at:`), not above a document. Its documents are not
 * numbered, so it states no count.
 */
import { expect } from 'vitest';
import { proquestFormat } from '../../../scripts/ingest/formats/proquest.ts';
import { describeSamples } from './export-checks.ts';

/** The text ends where the fields start: no body line is a field of the export. */
const FIELD_LIKE = /^(Subject|Title|Publication title|Publication date|ProQuest ?document ID|Database):/;

describeSamples(proquestFormat, { 'proquest-txt/star.txt': { documents: 373 } }, (parse, source) => {
  // One document per rule but the last, without a warning, each with its text.
  expect(source.lines.filter((l) => /^_{60}$/.test(l.text))).toHaveLength(374);
  expect(parse.diagnostics).toEqual([]);
  const docs = parse.documents;
  expect(docs.filter((d) => d.body.length === 0).map((d) => d.startLine)).toEqual([]);
  expect(docs.flatMap((d) => d.body.filter((l) => FIELD_LIKE.test(l.text)).map((l) => l.line))).toEqual([]);
});
