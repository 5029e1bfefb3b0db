/**
 * Same-event groups and related articles on the built seed site (fixture `root`): the reports
 * of the Dushanbe border-security conference of 18 October 2022 list each other under "Other
 * reports of the same event", outside the indexed article, with links that lead to them.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureDirs } from '../helpers/fixture-sites.ts';
import { all, parseHtml, toString } from '../helpers/html.ts';

const [site] = await fixtureDirs('root');

/** The conference reports: the opening, its other translation, the UN chief's message, two meetings in its margins. */
const CONFERENCE = [
  'dushanbe-host-the-high-level-international-conference-on-international',
  'international-high-level-conference-entitled-international-and-regional',
  'un-secretary-generals-video-message-for-international-counter-terrorism',
  'meeting-of-the-president-of-tajikistan-h-e-emomali-rahmon-with-un-usg',
  'tajik-fm-muhriddin-meets-head-of-the-un-counter-terrorism-department',
];

const page = (slug: string) =>
  parseHtml(readFileSync(path.join(site, 'articles', slug, 'index.html'), 'utf8'));
const slugOf = (href: string): string => /\/articles\/([^/]+)\/$/.exec(href)![1]!;
const links = (slug: string, kind: string): string[] =>
  all(page(slug), `[data-related="${kind}"] a`).map((a) => slugOf(String(a.properties.href)));

describe('other reports of the same event', () => {
  it('the conference reports list each other, and only each other', () => {
    for (const slug of CONFERENCE) {
      expect(links(slug, 'same-event').sort()).toEqual(CONFERENCE.filter((s) => s !== slug).sort());
    }
    const opening = page(CONFERENCE[0]!);
    const titles = all(opening, '[data-related="same-event"] a').map((a) => toString(a));
    expect(titles[0]).toMatch(/^International high-level conference entitled/);
    expect(toString(all(opening, '[data-related="same-event"] h2')[0]!)).toBe(
      'Other reports of the same event',
    );
  });

  it('other articles have no such list, and every link leads to an article page', () => {
    expect(
      links('tajikistan-wages-renewed-crackdown-on-independent-journalists-bloggers', 'same-event'),
    ).toEqual([]);
    for (const slug of CONFERENCE)
      for (const other of [...links(slug, 'same-event'), ...links(slug, 'related')])
        expect(existsSync(path.join(site, 'articles', other, 'index.html'))).toBe(true);
  });

  it('the lists sit outside the indexed article, and related articles are never the same event', () => {
    for (const slug of CONFERENCE) {
      const tree = page(slug);
      expect(all(tree, '[data-pagefind-body] [data-related]')).toEqual([]);
      const related = links(slug, 'related');
      expect(related).not.toContain(slug);
      for (const s of related) expect(CONFERENCE).not.toContain(s);
    }
  });
});
