import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { factivaHtmlFormat } from '../../../scripts/ingest/formats/factiva-html.ts';
import {
  EXPORTS,
  HAVE_EXPORTS,
  plainTexts,
  sample,
  sampleFiles,
  SKIP_MESSAGE,
  checkSample,
} from './factiva-samples.ts';

/** Factiva HTML states no count of its own: the article divs in the file are the count. */
const articleDivs = (relative: string): number =>
  (readFileSync(path.join(EXPORTS, relative), 'latin1').match(/class="article [a-z]+Article"/g) ?? []).length;

const OWN = ['factiva-html/nyt_1_1993-01-03.html', 'factiva-html/german-ui.html'];

describe.skipIf(!HAVE_EXPORTS)(`Factiva HTML on the real samples ${HAVE_EXPORTS ? '' : SKIP_MESSAGE}`, () => {
  it.each(OWN)('%s: one document per article div, all dated, every line placed', (relative) => {
    const source = sample(relative);
    const expected = articleDivs(relative);
    expect(expected).toBeGreaterThan(0);
    const parse = checkSample(factivaHtmlFormat, source, expected);
    expect(parse.diagnostics).toEqual([]);
    expect(parse.documents.every((d) => d.metadata.documentId && d.metadata.language)).toBe(true);
  });

  it('counts 27 and 100 articles, and reads the page that declares UTF-8 but is ISO-8859-1', () => {
    expect(OWN.map(articleDivs)).toEqual([27, 100]);
    const nyt = sample(OWN[0]!);
    expect(nyt.diagnostics).toEqual([expect.objectContaining({ code: 'charset', severity: 'warning' })]);
    const { documents } = factivaHtmlFormat.parse(nyt);
    expect(documents[0]!.metadata).toMatchObject({
      statedWordCount: 877,
      date: '1993-01-09',
      language: 'en',
    });
  });

  it('does not fire on the other samples or on plain texts', () => {
    const others = sampleFiles().filter((f) => !OWN.includes(f));
    expect(others.length).toBeGreaterThan(5);
    for (const relative of others)
      expect(factivaHtmlFormat.detect(sample(relative).lines), relative).toBe(false);
    const texts = plainTexts();
    expect(texts.length).toBeGreaterThan(0);
    for (const source of texts)
      expect(factivaHtmlFormat.detect(source.lines), source.displayPath).toBe(false);
  });
});
