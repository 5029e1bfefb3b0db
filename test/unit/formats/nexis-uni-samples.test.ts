/**
 * The real Nexis Uni exports in ../shared/corpora/exports (TXT and DOCX): every stated
 * document read, every line accounted for, the first document right after the cover page,
 * and detection true for them and false for the other formats' samples and for plain text
 * dumps. Skips when ../shared is absent.
 */
import { expect } from 'vitest';
import { nexisUniFormat } from '../../../scripts/ingest/formats/nexis-uni.ts';
import { describeSamples } from './export-checks.ts';

describeSamples(
  nexisUniFormat,
  {
    // As the corpus README and the files' covers state them.
    'nexis-uni-txt/LN47_2017_4.txt': { stated: 30, documents: 30 },
    'nexis-uni-txt/LN46_2018_6.txt': { stated: 12, documents: 12 },
    'nexis-uni-txt/LN_2021_8.txt': { stated: 79, documents: 79 },
    'nexis-uni-txt/LN13_2019_2.txt': { stated: 100, documents: 100 },
    'nexis-uni-docx/guardian1.docx': { documents: 2 },
    'nexis-uni-docx/guardian2.docx': { documents: 1 },
    'nexis-uni-docx/usa-today.docx': { stated: 7, documents: 7 },
    'nexis-uni-docx/sample.DOCX': { stated: 10, documents: 10 },
  },
  (parse, source) => {
    expect(parse.diagnostics.filter((d) => d.code === 'document-count')).toEqual([]);
    // Everything before the first headline is cover page (or blank).
    const firstTitle = parse.documents[0]!.title;
    for (const l of source.lines) {
      if (l.line >= firstTitle.line || l.text.trim() === '') continue;
      expect(parse.roles.get(l.line), `${source.displayPath}:${l.line}`).toEqual({
        kind: 'block',
        block: 'cover',
      });
    }
  },
);
