/**
 * The real Factiva labelled text (../shared/corpora/exports/factiva-txt, the RTF download and
 * the text saved from it): every document read, dated and placed; the RTF read into the same
 * documents as the text; detection false for the other samples and plain texts. Skips when
 * ../shared is absent.
 */
import { expect, it } from 'vitest';
import { factivaTextFormat } from '../../../scripts/ingest/formats/factiva-text.ts';
import { describeSamples, sample } from './export-checks.ts';

const TEXT = 'factiva-txt/Factiva-20220515-1939.txt';
const RTF = 'factiva-txt/Factiva-20220515-1939.rtf';
const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim();

describeSamples(
  factivaTextFormat,
  // The count the samples' README gives (the export itself states none).
  { [TEXT]: { documents: 55 }, [RTF]: { documents: 55 } },
  (parse) => {
    expect(parse.diagnostics).toEqual([]);
    expect(parse.documents.every((d) => d.metadata.documentId && d.metadata.language === 'en')).toBe(true);
  },
  () => {
    it('reads the RTF into the same documents as the text saved from it', () => {
      const text = factivaTextFormat.parse(sample(TEXT)).documents;
      const rtf = factivaTextFormat.parse(sample(RTF)).documents;
      expect(rtf.map((d) => collapse(d.title.text))).toEqual(text.map((d) => collapse(d.title.text)));
      expect(rtf.map((d) => d.metadata)).toEqual(text.map((d) => d.metadata));
      expect(rtf.map((d) => d.body.map((l) => collapse(l.text)))).toEqual(
        text.map((d) => d.body.map((l) => collapse(l.text))),
      );
    });
  },
);
