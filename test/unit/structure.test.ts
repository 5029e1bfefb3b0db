import { describe, expect, it } from 'vitest';
import { readSource } from '../../scripts/ingest/read.ts';
import { splitArticles } from '../../scripts/ingest/split.ts';
import {
  looksLikeSubheading,
  publisherFromFooter,
  structureArticle,
} from '../../scripts/ingest/structure.ts';
import { splitText } from '../helpers/ingest.ts';
import { SEED } from '../helpers/paths.ts';

const seed = splitArticles(readSource({ absPath: SEED, displayPath: 'seed.txt' })).articles.map((a) =>
  structureArticle(a),
);

describe('structure: the China briefing', () => {
  const china = seed[4]!;
  const headings = china.blocks
    .filter((b) => b.kind === 'heading')
    .map((b) => (b.kind === 'heading' ? b.text : ''));

  it('recognises its subheadings as headings, not as new articles', () => {
    expect(headings).toEqual([
      'Read more',
      'Expert Corner: The View From Taiwan',
      'Three More Stories From Eurasia',
      'Across The Supercontinent',
      'One Thing To Watch',
    ]);
  });

  it('turns • lines into one bulleted list', () => {
    const lists = china.blocks.filter((b) => b.kind === 'list' && !b.ordered);
    expect(lists).toHaveLength(1);
    expect(lists[0]!.kind === 'list' && lists[0]!.items.map((i) => i.text.slice(0, 30))).toEqual([
      'For a deeper look at the opaqu',
      'Among many interesting tidbits',
    ]);
  });

  it('keeps numbered items with their own numbers', () => {
    const numbered = china.blocks.filter((b) => b.kind === 'list' && b.ordered);
    expect(numbered.map((b) => (b.kind === 'list' ? [b.start, b.items[0]!.text] : []))).toEqual([
      [1, 'The New Central Asia'],
      [1, 'Chinese Police Go Global'],
      [1, 'Watching Tajikistan’s Debt'],
    ]);
  });
});

describe('structure: the journalists article', () => {
  it('finds "Chilling Effect" and the other subheadings', () => {
    const article = seed[6]!;
    const headings = article.blocks
      .filter((b) => b.kind === 'heading')
      .map((b) => (b.kind === 'heading' ? b.text : ''));
    expect(headings).toEqual([
      'Chilling Effect',
      'Gorno-Badakhshan Unrest',
      'Allegations Of Torture, Confessions Under Duress',
    ]);
  });
});

describe('structure: text is kept exactly', () => {
  it('keeps quotes, punctuation and no-break spaces inside lines', () => {
    const first = seed[1]!;
    const p = first.blocks[0]!;
    expect(p.kind === 'paragraph' && p.text).toContain('Tajikistan on\u00a018 October 2022.');
  });

  it('does not make a heading of a short sentence or of lowercase text', () => {
    expect(looksLikeSubheading('Chilling Effect')).toBe(true);
    expect(looksLikeSubheading('He said so.')).toBe(false);
    expect(looksLikeSubheading('and then some')).toBe(false);
    expect(looksLikeSubheading('«Yes»')).toBe(false);
    expect(looksLikeSubheading('Это заголовок')).toBe(true);
  });

  it('treats a short last line as a paragraph, not a heading', () => {
    const [raw] = splitText('Title\n\nA paragraph of text.\n\nThe End\n').articles;
    const article = structureArticle(raw!);
    expect(article.blocks.map((b) => b.kind)).toEqual(['paragraph', 'paragraph']);
  });
});

describe('structure: the footer', () => {
  it.each([
    ['Source: Agency', 'Agency', undefined],
    ['Copyright (c) 2015. RFE/RL, Inc.', 'RFE/RL', 'Copyright (c) 2015. RFE/RL, Inc.'],
    ['(c)2000 Vietnam Economic News.', 'Vietnam Economic News', '(c)2000 Vietnam Economic News.'],
    ['SOURCE - Wire', 'Wire', undefined],
  ])('%s: publisher %s, copyright %s', (footer, source, copyright) => {
    const [raw] = splitText(`Title\n\nBody.\n\n\u00a0\n${footer}\n`).articles;
    const article = structureArticle(raw!);
    expect(article.footer?.text).toBe(footer);
    expect(article.source).toBe(source);
    expect(article.copyright).toBe(copyright);
  });
});

describe('publisherFromFooter', () => {
  it.each([
    ['Source: National information agency of Tajikistan', 'National information agency of Tajikistan'],
    ['Source: United Nations in Tajikistan.', 'United Nations in Tajikistan'],
    [
      'Copyright (c) 2015. RFE/RL, Inc. Reprinted with the permission of Radio Free Europe/Radio Liberty, 1201 Connecticut Ave NW, Ste 400, Washington DC 20036.',
      'RFE/RL',
    ],
    ['© 2021 Daily Herald Ltd. All rights reserved.', 'Daily Herald'],
    ['Copyright 2004 BBC', 'BBC'],
    ['Copyright (c) All rights reserved', undefined],
  ])('%s → %s', (footer, publisher) => {
    expect(publisherFromFooter(footer)).toBe(publisher);
  });
});
