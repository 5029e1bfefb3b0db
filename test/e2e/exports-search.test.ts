/**
 * The exports fixture site (test/helpers/fixture-sites.ts, `exports`: hand-written database
 * exports and articles in German and Korean, built by the CLI) searched in headless Chromium
 * from its English search page: a German inflected word finds the German article, a Korean
 * word the Korean one, and the language facet narrows the results to one language.
 */
import { describe, expect, it } from 'vitest';
import { browserTestsEnabled } from '../helpers/browser.ts';
import { fixtureSiteBeforeAll } from '../helpers/fixture-sites.ts';
import { openSearchPage } from '../helpers/search-page.ts';
import { siteInBrowser } from '../helpers/site-in-browser.ts';

const enabled = browserTestsEnabled();
const GERMAN = 'Neue Regeln für den Grenzschutz in Zentralasien';
const KOREAN = '두샨베에서 국경 안보 회의 열려';

describe.skipIf(!enabled)('searching a site built from exports and other languages', () => {
  const served = siteInBrowser(fixtureSiteBeforeAll('exports'));

  const search = (query: string, extra = '') => openSearchPage(served, query, extra);
  const resultTitles = async (query: string, extra = ''): Promise<string[]> =>
    (await search(query, extra)).titles;

  it('finds the German article by an inflected form ("Grenzbeamte" for "Grenzbeamten"), no correction needed', async () => {
    const found = await search('Grenzbeamte');
    expect(found.titles).toContain(GERMAN);
    expect(found.notices).toBe('');
  });

  it('finds the Korean article by a Korean word', async () => {
    expect(await resultTitles('국경')).toContain(KOREAN);
  });

  it('narrows to one language with the language facet', async () => {
    expect(await resultTitles('Grenzschutz', '&language=German')).toEqual([GERMAN]);
    expect(await resultTitles('Grenzschutz', '&language=English')).not.toContain(GERMAN);
  });
});
