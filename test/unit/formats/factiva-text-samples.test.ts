import { describe, expect, it } from 'vitest';
import { factivaTextFormat } from '../../../scripts/ingest/formats/factiva-text.ts';
import {
  checkSample,
  HAVE_EXPORTS,
  plainTexts,
  sample,
  sampleFiles,
  SKIP_MESSAGE,
} from './factiva-samples.ts';

const TEXT = 'factiva-txt/Factiva-20220515-1939.txt';
const RTF = 'factiva-txt/Factiva-20220515-1939.rtf';
/** The count the samples' README gives (the export itself states none). */
const DOCUMENTS = 55;
const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim();

describe.skipIf(!HAVE_EXPORTS)(
  `Factiva labelled text on the real samples ${HAVE_EXPORTS ? '' : SKIP_MESSAGE}`,
  () => {
    it.each([TEXT, RTF])('%s: 55 documents, all dated, every line placed', (relative) => {
      const parse = checkSample(factivaTextFormat, sample(relative), DOCUMENTS);
      expect(parse.diagnostics).toEqual([]);
      expect(parse.documents.every((d) => d.metadata.documentId && d.metadata.language === 'en')).toBe(true);
    });

    it('reads the RTF into the same documents as the text saved from it', () => {
      const text = factivaTextFormat.parse(sample(TEXT)).documents;
      const rtf = factivaTextFormat.parse(sample(RTF)).documents;
      expect(rtf.map((d) => collapse(d.title.text))).toEqual(text.map((d) => collapse(d.title.text)));
      expect(rtf.map((d) => d.metadata)).toEqual(text.map((d) => d.metadata));
      expect(rtf.map((d) => d.body.map((l) => collapse(l.text)))).toEqual(
        text.map((d) => d.body.map((l) => collapse(l.text))),
      );
    });

    it('does not fire on the other samples or on plain texts', () => {
      const others = sampleFiles().filter((f) => f !== TEXT && f !== RTF);
      expect(others.length).toBeGreaterThan(5);
      for (const relative of others)
        expect(factivaTextFormat.detect(sample(relative).lines), relative).toBe(false);
      const texts = plainTexts();
      expect(texts.length).toBeGreaterThan(0);
      for (const source of texts)
        expect(factivaTextFormat.detect(source.lines), source.displayPath).toBe(false);
    });
  },
);
