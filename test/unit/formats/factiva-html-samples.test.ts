/**
 * The real Factiva HTML exports (../shared/corpora/exports/factiva-html: an English page
 * that declares UTF-8 but is ISO-8859-1, and a German one): one document per article div,
 * all dated and placed; detection false for the other samples and plain texts. Skips when
 * ../shared is absent.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { factivaHtmlFormat } from '../../../scripts/ingest/formats/factiva-html.ts';
import { describeSamples, EXPORTS, sample } from './export-checks.ts';

const NYT = 'factiva-html/nyt_1_1993-01-03.html';
const GERMAN = 'factiva-html/german-ui.html';

/** Factiva HTML states no count of its own: the article divs in the file are the count. */
const articleDivs = (relative: string): number =>
  (readFileSync(path.join(EXPORTS, relative), 'latin1').match(/class="article [a-z]+Article"/g) ?? []).length;

describeSamples(
  factivaHtmlFormat,
  { [NYT]: { documents: 27 }, [GERMAN]: { documents: 100 } },
  (parse) => {
    expect(parse.diagnostics).toEqual([]);
    expect(parse.documents.every((d) => d.metadata.documentId && d.metadata.language)).toBe(true);
  },
  () => {
    it('counts 27 and 100 article divs, and reads the page that declares UTF-8 but is ISO-8859-1', () => {
      expect([NYT, GERMAN].map(articleDivs)).toEqual([27, 100]);
      const nyt = sample(NYT);
      expect(nyt.diagnostics).toEqual([expect.objectContaining({ code: 'charset', severity: 'warning' })]);
      const { documents } = factivaHtmlFormat.parse(nyt);
      expect(documents[0]!.metadata).toMatchObject({
        statedWordCount: 877,
        date: '1993-01-09',
        language: 'en',
      });
    });
  },
);
