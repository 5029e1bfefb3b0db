/**
 * Entities (scripts/ingest/entities/): aliases merged within an article and across the
 * archive, people who share a surname kept apart, slugs unique per kind.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractMentions, MAX_TEXT_WINDOW, textWindows } from '../../scripts/ingest/entities/extract.ts';
import {
  resolveEntities,
  termDisplayName,
  type EntityArticle,
} from '../../scripts/ingest/entities/resolve.ts';
import { ingestSources } from '../../scripts/ingest/pipeline.ts';
import { decodeSource } from '../../scripts/ingest/read.ts';
import { SLUG_PATTERN } from '../../src/shared/article-schema.ts';
import {
  ENTITY_KINDS,
  entityKey,
  TEXT_KINDS_SHOWN,
  entitySlugs,
  MAX_ENTITY_SLUG_LENGTH,
  RESERVED_ENTITY_SLUGS,
} from '../../src/shared/entities.ts';
import { SEED } from '../helpers/paths.ts';

/** Articles of plain texts, through the extraction and the archive pass (every kind, shown or not). */
function resolve(...articles: string[][]): EntityArticle[] {
  const views: EntityArticle[] = articles.map((texts) => ({
    title: texts[0]!,
    texts,
    mentions: extractMentions(texts),
  }));
  resolveEntities(views, ENTITY_KINDS);
  return views;
}

const people = (a: EntityArticle): string[] => (a.entities?.people ?? []).map((p) => p.name);

describe('the seed archive', () => {
  const { articles } = ingestSources([
    decodeSource({ absPath: SEED, displayPath: 'seed.txt' }, readFileSync(SEED)),
  ]);
  const naming = (slug: string): number[] =>
    articles
      .filter((a) => a.frontmatter.entities?.people?.some((p) => p.slug === slug))
      .map((a) => a.frontmatter.provenance.index);

  it('has one Vladimir Voronkov, named by exactly the four articles that name him', () => {
    // `Mr. Voronkov` (1), `Vladimir Voronkov` (3), `Mr. Vladimir Voronkov` (7), `Voronkov added` (8).
    expect(naming('vladimir-voronkov')).toEqual([1, 3, 7, 8]);
    const names = new Set(
      articles.flatMap((a) =>
        (a.frontmatter.entities?.people ?? []).filter((p) => p.slug === 'vladimir-voronkov'),
      ),
    );
    expect([...names].map((p) => p.name)).toEqual(expect.arrayContaining(['Vladimir Voronkov']));
    expect(
      articles.flatMap((a) => a.frontmatter.entities?.people ?? []).some((p) => p.slug === 'voronkov'),
    ).toBe(false);
  });

  it('keeps Yusuf Rahmon (the Prosecutor General) apart from Emomali Rahmon', () => {
    expect(naming('yusuf-rahmon')).toEqual([0]);
    expect(naming('emomali-rahmon')).toEqual([1, 5, 7, 8]);
    // "According to Rahmon" in article 0 is Yusuf: no Emomali there.
    expect(articles[0]!.frontmatter.entities?.people?.map((p) => p.name)).toEqual(['Yusuf Rahmon']);
  });

  it('merges a name written with and without diacritics (António / Antonio Guterres)', () => {
    expect(naming('antonio-guterres')).toEqual([1, 2, 8]);
  });

  it('writes entities that fit the schema: slugs unique per kind, one name per slug', () => {
    for (const kind of ['people', 'places', 'organisations'] as const) {
      const bySlug = new Map<string, string>();
      for (const a of articles)
        for (const ref of a.frontmatter.entities?.[kind] ?? []) {
          expect(ref.slug).toMatch(SLUG_PATTERN);
          expect(bySlug.get(ref.slug) ?? ref.name).toBe(ref.name);
          bySlug.set(ref.slug, ref.name);
        }
      expect(new Set(bySlug.values()).size).toBe(bySlug.size);
    }
  });
});

describe('aliases across the archive', () => {
  it('gives a surname alone to the one person of the archive who has it', () => {
    const [a, b] = resolve(
      ['Talks in Dushanbe', 'Vladimir Voronkov met the minister on Monday.'],
      ['Conference ends', 'Voronkov added that the work would go on.'],
    );
    expect(people(a!)).toEqual(['Vladimir Voronkov']);
    expect(people(b!)).toEqual(['Vladimir Voronkov']);
  });

  it('tells two people with one surname apart by the title they are given, and drops the rest', () => {
    const [, , president, prosecutor, unknown] = resolve(
      ['Border warning', 'Prosecutor General Yusuf Rahmon said on Tuesday that the border was at risk.'],
      ['Summit opens', 'President Emomali Rahmon opened the summit.'],
      ['Visit', 'The visitors were received by President Rahmon in the capital.'],
      ['Court news', 'The case was sent back, Prosecutor General Rahmon told reporters.'],
      ['Remarks', 'Rahmon said the talks had gone well.'],
    );
    expect(people(president!)).toEqual(['Emomali Rahmon']);
    expect(people(prosecutor!)).toEqual(['Yusuf Rahmon']);
    // Either of two people: no page rather than a wrong one.
    expect(people(unknown!)).toEqual([]);
  });

  it('takes a surname inside an article to that article’s full name, even when another person of the archive shares it', () => {
    const [, own] = resolve(
      ['Summit opens', 'President Emomali Rahmon opened the summit.'],
      [
        'Border warning',
        'Prosecutor General Yusuf Rahmon spoke.',
        'According to Rahmon, the risk is growing.',
      ],
    );
    expect(people(own!)).toEqual(['Yusuf Rahmon']);
  });

  it('merges an acronym an article defines with its long name everywhere', () => {
    const [a, b] = resolve(
      ['Bloc meets', 'Members of the Collective Security Treaty Organization (CSTO) met in Moscow.'],
      ['Troops asked for', 'Bishkek asked the CSTO for troops.'],
    );
    expect(a!.entities?.organisations?.map((o) => o.name)).toEqual([
      'Collective Security Treaty Organization',
    ]);
    expect(b!.entities?.organisations).toEqual(a!.entities?.organisations);
  });

  it('shows only the kinds found in the text that passed the precision gate', () => {
    const texts = ['Talks', 'Vladimir Voronkov met officials of the United Nations in Dushanbe, Tajikistan.'];
    const article: EntityArticle = { title: 'Talks', texts, mentions: extractMentions(texts) };
    resolveEntities([article]);
    expect(Object.keys(article.entities ?? {}).sort()).toEqual([...TEXT_KINDS_SHOWN].sort());
  });

  it('takes a database export’s own people, places and organisations', () => {
    const article: EntityArticle = {
      title: 'x',
      texts: ['x', 'Nothing named here.'],
      mentions: extractMentions(['x', 'Nothing named here.']),
      metadata: {
        persons: [{ name: 'VLADIMIR PUTIN', relevance: 92 }],
        places: [{ name: 'Moscow, Russia' }],
      },
    };
    resolveEntities([article]);
    expect(article.entities).toEqual({
      people: [{ name: 'Vladimir Putin', slug: 'vladimir-putin' }],
      places: [{ name: 'Moscow, Russia', slug: 'moscow-russia' }],
    });
    expect(termDisplayName('JEAN-CLAUDE JUNCKER')).toBe('Jean-Claude Juncker');
  });
});

describe('entity slugs', () => {
  it('are unique per kind, valid, at most MAX_ENTITY_SLUG_LENGTH long and never reserved', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ minLength: 1, maxLength: 90 }), { maxLength: 40 }), (names) => {
        const keys = [...names.map(entityKey), 'page', 'a'.repeat(70), `${'a'.repeat(70)}-b`];
        const slugs = entitySlugs(keys);
        const values = [...slugs.values()];
        expect(new Set(values).size).toBe(values.length);
        for (const slug of values) {
          expect(slug).toMatch(SLUG_PATTERN);
          expect(slug.length).toBeLessThanOrEqual(MAX_ENTITY_SLUG_LENGTH + 4);
          expect(RESERVED_ENTITY_SLUGS.has(slug)).toBe(false);
        }
        // The same keys in another order: the same slugs.
        expect(entitySlugs([...keys].reverse())).toEqual(slugs);
      }),
    );
  });
});

describe('long texts', () => {
  it('are read in windows of at most MAX_TEXT_WINDOW characters that join back to the text', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 30_000, unit: fc.constantFrom('a', 'B', ' ', 'é', '\n') }),
        (text) => {
          const windows = textWindows(text);
          expect(windows.join('')).toBe(text);
          for (const w of windows) expect(w.length).toBeLessThanOrEqual(MAX_TEXT_WINDOW);
        },
      ),
      { numRuns: 50 },
    );
  });

  it('still find the names in a megabyte-long paragraph (whole, compromise would take minutes)', () => {
    const filler = 'the weather was mild and nothing else happened that day '.repeat(20_000);
    const mentions = extractMentions([`${filler} Vladimir Voronkov said on Tuesday. ${filler}`]);
    expect(mentions.people.map((p) => p.name)).toContain('Vladimir Voronkov');
  });
});
