/**
 * The seed dump's dates on the built site (docs/CONVENTIONS.md, "Dates"): all nine articles
 * in October 2022, the days the text states exact, a month where only the month is known,
 * each page saying how its date was found, and JSON-LD `datePublished` at the same precision.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureDirs } from '../helpers/fixture-sites.ts';
import { all, parseHtml, textOf, toString } from '../helpers/html.ts';

const [siteRoot] = await fixtureDirs('root');

/** slug → [date, shown date, words of the note]. */
const SEED: Record<string, [string, string, RegExp]> = {
  'prosecutor-general-announces-the-danger-of-a-breakthrough-of-the-tajik': [
    '2022-10-18',
    'October 18, 2022',
    /^Resolved from “on Tuesday” against the dated articles next to it in the same file \(October 18, 2022\)\.$/,
  ],
  'dushanbe-host-the-high-level-international-conference-on-international': [
    '2022-10-18',
    'October 18, 2022',
    /^Date stated in the text \(“on\s18\sOctober\s2022”\)\.$/,
  ],
  'un-secretary-generals-video-message-for-international-counter-terrorism': [
    '2022-10',
    'October 2022',
    /^Month from the dated articles next to it in the same file \(October 2022\): the article states none/,
  ],
  'tajik-fm-muhriddin-meets-head-of-the-un-counter-terrorism-department': [
    '2022-10-17',
    'October 17, 2022',
    /^Date stated in the text \(“On 17 October 2022”\)\.$/,
  ],
  'china-in-eurasia-briefing-xi-eyes-security-and-superpower-status': [
    '2022-10',
    'October 2022',
    /^Month from/,
  ],
  'dushanbe-accuses-bishkek-of-violating-cease-fire-deal-along-tajik-kyrgyz': [
    '2022-10-19',
    'October 19, 2022',
    /^Resolved from “October 19” against the dated articles next to it in the same file \(October 2022\)\.$/,
  ],
  'tajikistan-wages-renewed-crackdown-on-independent-journalists-bloggers': [
    '2022-10',
    'October 2022',
    /^Month from/,
  ],
  'meeting-of-the-president-of-tajikistan-h-e-emomali-rahmon-with-un-usg': [
    '2022-10',
    'October 2022',
    /^Month from/,
  ],
  'international-high-level-conference-entitled-international-and-regional': [
    '2022-10-18',
    'October 18, 2022',
    /^Date stated in the text \(“October 18, 2022”\)\.$/,
  ],
};

const page = (slug: string) =>
  parseHtml(readFileSync(path.join(siteRoot, 'articles', slug, 'index.html'), 'utf8'));

describe('the seed dump, dated', () => {
  it.each(Object.entries(SEED))('%s', (slug, [date, shown, note]) => {
    const tree = page(slug);
    const time = all(tree, '.meta time')[0]!;
    expect(time.properties.dateTime).toBe(date);
    expect(toString(time)).toBe(shown);
    const noteEl = all(tree, '.date-note')[0]!;
    expect(toString(noteEl)).toMatch(note);
    // The note is page chrome: the fidelity check and the search index skip it.
    expect(Object.keys(noteEl.properties)).toEqual(
      expect.arrayContaining(['dataArchiveChrome', 'dataPagefindIgnore']),
    );
    const jsonLd = JSON.parse(toString(all(tree, 'script[type="application/ld+json"]')[0]!)) as Record<
      string,
      unknown
    >;
    expect(jsonLd.datePublished).toBe(date);
    const sort = all(tree, '[data-pagefind-sort]')[0]!.properties.dataPagefindSort;
    expect(sort).toBe(`date:${date.length === 7 ? `${date}-00` : date}`);
  });

  it('lists all nine in October 2022', () => {
    const month = parseHtml(readFileSync(path.join(siteRoot, 'years/2022/10/index.html'), 'utf8'));
    expect(textOf(month, '.page-intro')).toMatch(/^9 articles dated October 2022/);
  });

  it('names no date of its own for an undated article', () => {
    const undated = page('parliament-debates-the-archive-bill');
    expect(all(undated, '.date-note')).toEqual([]);
    expect(all(undated, 'time')).toEqual([]);
  });
});
