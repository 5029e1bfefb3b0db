import { describe, expect, it } from 'vitest';
import {
  checkFidelity,
  formatFidelityProblem,
  formatFidelityTally,
  normaliseText,
  unitShowsLine,
  type PlacedArticle,
} from '../../scripts/checks/fidelity.ts';
import { ingestAndRender } from '../helpers/article-page.ts';
import { sourceFromText } from '../helpers/ingest.ts';

const DUMP = [
  'First Title',
  '',
  'A first paragraph.',
  'Key Points',
  '  • bullet one',
  '  • bullet two',
  '  3. numbered three',
  '  4) numbered four',
  '\u00a0',
  'Source: Gazette',
  '',
  'Second Title',
  'Only paragraph of the second article.',
  '\u00a0',
  'Copyright (c) 2020. Wire, Inc.',
].join('\n');

function built(text = DUMP) {
  return ingestAndRender([sourceFromText(text, 'dumps/d.txt')]);
}

/** A copy of the placed articles with the units of article `i` changed by `edit`. */
function edited(
  articles: PlacedArticle[],
  i: number,
  edit: (units: NonNullable<PlacedArticle['text']>['units']) => void,
): PlacedArticle[] {
  return articles.map((a, k) => {
    if (k !== i || !a.text) return a;
    const units = a.text.units.map((u) => ({ ...u }));
    edit(units);
    return { ...a, text: { units, problems: a.text.problems } };
  });
}

describe('normaliseText', () => {
  it('collapses ASCII white space and trims all white space, keeping inner no-break spaces', () => {
    expect(normaliseText('  a \t b\n\nc  ')).toBe('a b c');
    expect(normaliseText('\u00a0\u2003a\u00a0b\u3000')).toBe('a\u00a0b');
    expect(normaliseText('zero\u200bwidth e\u0301')).toBe('zero\u200bwidth e\u0301');
  });
});

describe('unitShowsLine', () => {
  it('matches a list item with its marker and a numbered item with its number', () => {
    expect(unitShowsLine({ role: 'bullet', text: 'x y' }, '• x y')).toBe(true);
    expect(unitShowsLine({ role: 'bullet', text: 'x y' }, '-\u00a0x y')).toBe(true);
    expect(unitShowsLine({ role: 'bullet', text: 'x y' }, 'x y')).toBe(false);
    expect(unitShowsLine({ role: 'numbered', text: 'x', number: 3 }, '3. x')).toBe(true);
    expect(unitShowsLine({ role: 'numbered', text: 'x', number: 3 }, '3) x')).toBe(true);
    expect(unitShowsLine({ role: 'numbered', text: 'x', number: 3 }, '4. x')).toBe(false);
    expect(unitShowsLine({ role: 'paragraph', text: '• x' }, '• x')).toBe(true);
  });
});

describe('checkFidelity', () => {
  it('places every non-blank line of a dump on its pages', () => {
    const { inputs, articles } = built();
    const report = checkFidelity(inputs, articles);
    expect(report.problems).toEqual([]);
    expect(report).toMatchObject({ linesIn: 11, linesPlaced: 11, linesLost: 0, extraTexts: 0, pages: 2 });
    expect(formatFidelityTally(report)).toBe(
      'Fidelity: 11 lines in, 11 placed, 0 lost (2 article pages checked)',
    );
  });

  it('reports a line missing from a page with its file:line', () => {
    const { inputs, articles } = built();
    const report = checkFidelity(
      inputs,
      edited(articles, 0, (units) => units.splice(4, 1)),
    );
    expect(report.linesLost).toBe(1);
    expect(report.problems).toHaveLength(1);
    expect(formatFidelityProblem(report.problems[0]!)).toBe(
      'dumps/d.txt:6: input line "• bullet two" is not on articles/first-title/index.html',
    );
  });

  it('reports a changed line with what the page shows in its place', () => {
    const { inputs, articles } = built();
    const report = checkFidelity(
      inputs,
      edited(articles, 0, (units) => {
        units[1]!.text = 'A first paragraph!';
      }),
    );
    expect(report.linesLost).toBe(1);
    expect(report.extraTexts).toBe(1);
    expect(formatFidelityProblem(report.problems[0]!)).toMatch(
      /^dumps\/d\.txt:3: input line "A first paragraph\." is not on articles\/first-title\/index\.html; the page shows paragraph "A first paragraph!" in its place$/,
    );
  });

  it('reports a line shown twice, and text that is not in the input', () => {
    const { inputs, articles } = built();
    const twice = checkFidelity(
      inputs,
      edited(articles, 1, (units) => units.splice(1, 0, { ...units[1]! })),
    );
    expect(twice.linesLost).toBe(0);
    expect(twice.extraTexts).toBe(1);
    expect(twice.problems.map((p) => [p.kind, p.line])).toEqual([['extra', 13]]);

    const added = checkFidelity(
      inputs,
      edited(articles, 0, (units) => units.push({ role: 'stray', text: 'Read more' })),
    );
    expect(added.problems[0]!.message).toMatch(/shows text "Read more", which is not an input line/);
  });

  it('notices a numbered item shown with the wrong number', () => {
    const { inputs, articles } = built();
    const report = checkFidelity(
      inputs,
      edited(articles, 0, (units) => {
        units.find((u) => u.role === 'numbered')!.number = 1;
      }),
    );
    expect(report.problems[0]).toMatchObject({ kind: 'lost', line: 7 });
  });

  it('notices lines in the wrong order and articles swapped between pages', () => {
    const { inputs, articles } = built();
    const swapped = checkFidelity(
      inputs,
      edited(articles, 0, (units) => units.reverse()),
    );
    expect(swapped.problems.length).toBeGreaterThan(0);
    expect(swapped.linesLost).toBeGreaterThan(0);
  });

  it('reports an article without a page, and an article page no article claims', () => {
    const { inputs, articles } = built();
    const withoutPage = articles.map((a, i) => (i === 1 ? { ...a, text: undefined } : a)) as PlacedArticle[];
    const report = checkFidelity(inputs, withoutPage, ['articles/stray/index.html']);
    expect(report.linesLost).toBe(3);
    expect(report.problems[0]).toMatchObject({ kind: 'missing-page', file: 'dumps/d.txt', line: 12 });
    expect(report.problems.at(-1)).toMatchObject({
      kind: 'unexpected-page',
      page: 'articles/stray/index.html',
    });
  });

  it('reports from the first line out of place when the alignment takes too long', () => {
    const { inputs, articles } = built();
    const report = checkFidelity(
      inputs,
      edited(articles, 0, (units) => units.splice(2, 1)),
      [],
      { diffTimeoutMs: -1 },
    );
    expect(report.linesPlaced).toBe(2);
    expect(report.linesLost).toBe(9);
    expect(report.problems[0]).toMatchObject({ kind: 'lost', line: 4 });
  });

  it('holds a merged copy laid out differently to its article page, white space aside', () => {
    const copy = [
      'First Title',
      '',
      'A first',
      'paragraph.',
      'Key  Points',
      '• bullet one',
      '  •   bullet two',
    ];
    copy.push('  3. numbered three', '  4) numbered four', '\u00a0', 'Source: Gazette');
    const { inputs, articles, ingested } = built(`${DUMP}\n\n${copy.join('\n')}`);
    expect(ingested).toHaveLength(2);
    expect(ingested[0]!.frontmatter.alsoIn).toEqual([
      expect.objectContaining({ startLine: 17, endLine: 27 }),
    ]);
    const report = checkFidelity(inputs, articles);
    expect(report.problems).toEqual([]);
    expect(report.linesLost).toBe(0);
    expect(report.linesIn).toBe(report.linesPlaced);

    // The copy's lines are checked against its page: a changed page loses them.
    const copyAt = articles.findIndex((a) => a.copy);
    const changed = checkFidelity(
      inputs,
      edited(articles, copyAt, (units) => (units[1]!.text = 'A first paragraph, changed.')),
    );
    expect(changed.problems.map((p) => [p.kind, p.line])).toEqual([['lost', 17]]);
    expect(changed.problems[0]!.message).toMatch(/merged as a copy/);
    expect(changed.linesLost).toBe(9);
  });

  it('counts every line of a file with no articles as lost', () => {
    const report = checkFidelity([{ file: 'x.txt', lines: [{ line: 1, text: 'text' }] }], []);
    expect(report).toMatchObject({ linesIn: 1, linesPlaced: 0, linesLost: 1 });
    expect(formatFidelityProblem(report.problems[0]!)).toBe(
      'x.txt:1: input line "text" is not on any article page',
    );
  });
});
