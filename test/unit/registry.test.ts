import { describe, expect, it } from 'vitest';
import {
  emptyRegistry,
  purgeEntry,
  RegistryError,
  renameEntry,
  type Registry,
} from '../../scripts/ingest/registry.ts';
import { reconcile, type RegistryInput } from '../../scripts/ingest/registry-match.ts';
import { formatRegistry, parseRegistry } from '../../scripts/ingest/registry-file.ts';
import { permalinks } from '../../scripts/ingest/registry.ts';
import { redirectsOf } from '../../src/shared/permalinks.ts';
import { InputError } from '../../scripts/ingest/core/diagnostics.ts';
import { shortHash } from '../../src/shared/hash.ts';
import { slugify } from '../../src/shared/slug.ts';

function input(title: string, texts: string[], order = ''): RegistryInput {
  const hash = shortHash([title, ...texts].join('\n'), 10);
  return { key: hash, title, texts, hash, baseSlug: slugify(title), order: order || hash };
}

const CONFERENCE = [
  'The International High-Level Conference on border security has been commenced in Dushanbe, Tajikistan on 18 October 2022.',
  'The President of the Republic of Tajikistan stressed that the Government pays special attention to the strengthening of the state border.',
  'Theok meeting to place in the building of the Executive Office of the President, with delegations from forty countries.',
];
const CRACKDOWN = [
  'Tajik authorities have handed down long prison terms to three journalists and a blogger in what rights groups call a crackdown.',
  'The sentences follow the closure of the last independent newspaper in the country earlier this year.',
];

const conference = input('Dushanbe Host the High-Level International Conference', CONFERENCE);
const crackdown = input('Tajikistan Wages Renewed Crackdown On Journalists', CRACKDOWN);

function build(registry: Registry, inputs: RegistryInput[]) {
  return reconcile(registry, inputs);
}

describe('the URL registry', () => {
  it('registers new articles under their content id and the slug of their title', () => {
    const { registry, assigned, report } = build(emptyRegistry(), [conference, crackdown]);
    expect(assigned.get(conference.key)).toEqual({
      id: conference.hash,
      slug: 'dushanbe-host-the-high-level-international-conference',
    });
    expect(registry.entries.map((e) => e.status)).toEqual(['active', 'active']);
    expect(report.added).toHaveLength(2);
    expect(registry.entries.map((e) => e.id)).toEqual([...registry.entries.map((e) => e.id)].sort());
  });

  it('keeps ids and slugs when the same articles come again, in any order', () => {
    const first = build(emptyRegistry(), [conference, crackdown]);
    const again = build(first.registry, [crackdown, conference]);
    expect(again.assigned).toEqual(first.assigned);
    expect(again.report.unchanged).toBe(2);
    expect(formatRegistry(again.registry)).toBe(formatRegistry(first.registry));
  });

  it('recognises a corrected title, a fixed typo and an added paragraph as the same article', () => {
    const first = build(emptyRegistry(), [conference, crackdown]);
    const url = first.assigned.get(conference.key)!;
    const versions = [
      input('Dushanbe Hosts the High-Level International Conference', CONFERENCE),
      input('Dushanbe Host the High-Level International Conference', [
        ...CONFERENCE.slice(0, 2),
        CONFERENCE[2]!.replace('Theok meeting to place', 'The meeting took place'),
      ]),
      input('Dushanbe Host the High-Level International Conference', [
        ...CONFERENCE,
        'The conference closed with a joint declaration on the exchange of information between border services.',
      ]),
    ];
    for (const version of versions) {
      const next = build(first.registry, [version, crackdown]);
      expect(next.assigned.get(version.key)).toEqual(url);
      expect(next.report.corrected.map((c) => c.id)).toEqual([url.id]);
      expect(next.report.added).toEqual([]);
      const entry = next.registry.entries.find((e) => e.id === url.id)!;
      expect(entry.title).toBe(version.title);
      expect(entry.hash).toBe(version.hash);
    }
  });

  it('keeps following an article through successive corrections', () => {
    const first = build(emptyRegistry(), [conference]);
    let registry = first.registry;
    const url = first.assigned.get(conference.key)!;
    let texts = [...CONFERENCE];
    for (let i = 0; i < 6; i++) {
      texts = [
        ...texts,
        `Paragraph ${i} added in a later correction, with some words of its own about the event.`,
      ];
      const next = build(registry, [input(conference.title, texts)]);
      expect([...next.assigned.values()]).toEqual([url]);
      registry = next.registry;
    }
  });

  it('gives two different articles with the same title distinct URLs, whatever their order', () => {
    const a = input('Market Update', CONFERENCE);
    const b = input('Market Update', CRACKDOWN);
    const ab = build(emptyRegistry(), [a, b]);
    const ba = build(emptyRegistry(), [b, a]);
    expect(ab.assigned).toEqual(ba.assigned);
    const slugs = [ab.assigned.get(a.key)!.slug, ab.assigned.get(b.key)!.slug];
    expect(new Set(slugs).size).toBe(2);
    expect(slugs).toContain('market-update');
  });

  it('does not give a corrected article’s URL to a new article with the same title', () => {
    const a = input('Market Update', CONFERENCE);
    const first = build(emptyRegistry(), [a]);
    const b = input('Market Update', CRACKDOWN);
    const next = build(first.registry, [a, b]);
    expect(next.assigned.get(a.key)).toEqual(first.assigned.get(a.key));
    expect(next.assigned.get(b.key)!.slug).toMatch(/^market-update-[a-z2-7]{6}$/);
  });

  it('withdraws articles gone from the input and restores them when they come back', () => {
    const first = build(emptyRegistry(), [conference, crackdown]);
    const gone = build(first.registry, [crackdown]);
    const id = first.assigned.get(conference.key)!.id;
    expect(gone.report.withdrawn.map((w) => w.id)).toEqual([id]);
    expect(gone.registry.entries.find((e) => e.id === id)!.status).toBe('withdrawn');
    const stillGone = build(gone.registry, [crackdown]);
    expect(stillGone.report.withdrawn).toEqual([]);
    expect(stillGone.report.totals).toEqual({ active: 1, withdrawn: 1, merged: 0, redirects: 0 });
    const back = build(stillGone.registry, [conference, crackdown]);
    expect(back.assigned.get(conference.key)).toEqual(first.assigned.get(conference.key));
    expect(back.report.restored.map((r) => r.id)).toEqual([id]);
  });

  it('never reuses a withdrawn article’s slug or id for a new article', () => {
    const first = build(emptyRegistry(), [conference]);
    const gone = build(first.registry, [crackdown]);
    const sameTitle = input(
      conference.title,
      CRACKDOWN.map((t) => t.toUpperCase() + ' Other words entirely.'),
    );
    const next = build(gone.registry, [crackdown, sameTitle]);
    expect(next.assigned.get(sameTitle.key)!.slug).not.toBe(first.assigned.get(conference.key)!.slug);
  });

  it('publishes identical repeated articles as separate entries', () => {
    const copy = { ...conference, key: 'zzzzzzzzzz', order: 'b' };
    const { assigned, registry } = build(emptyRegistry(), [conference, copy]);
    expect(new Set([...assigned.values()].map((a) => a.id)).size).toBe(2);
    const again = build(registry, [copy, conference]);
    expect(new Set([...again.assigned.values()].map((a) => a.slug))).toEqual(
      new Set([...assigned.values()].map((a) => a.slug)),
    );
  });
});

describe('copies merged into one article', () => {
  // A registry an earlier build wrote when two copies of one text were separate articles.
  const copy = { ...conference, key: 'zzzzzzzzzz', order: 'b' };
  const before = build(emptyRegistry(), [conference, copy]);
  const copyEntry = before.registry.entries.find((e) => e.id !== before.assigned.get(conference.key)!.id)!;
  const kept = before.assigned.get(conference.key)!;
  const merged = build(before.registry, [{ ...conference, copyHashes: [conference.hash] }, crackdown]);

  it("redirects the copy's addresses to the article that holds its text", () => {
    expect(merged.assigned.get(conference.key)).toEqual(kept);
    const entry = merged.registry.entries.find((e) => e.id === copyEntry.id)!;
    expect(entry).toMatchObject({ status: 'merged', mergedInto: kept.id, slug: copyEntry.slug });
    expect(merged.report.merged).toEqual([
      { id: copyEntry.id, slug: copyEntry.slug, title: conference.title, into: kept.id },
    ]);
    expect(merged.report.withdrawn).toEqual([]);
    expect(merged.report.totals).toMatchObject({ active: 2, merged: 1, withdrawn: 0 });
    const redirects = redirectsOf(permalinks(merged.registry));
    expect(redirects).toContainEqual({
      from: `articles/${copyEntry.slug}/`,
      to: `articles/${kept.slug}/`,
      title: conference.title,
    });
    expect(redirects).toContainEqual({
      from: `a/${copyEntry.id}/`,
      to: `articles/${kept.slug}/`,
      title: conference.title,
    });
  });

  it('reports a merge once, and the registry stays the same in the next build', () => {
    const again = build(merged.registry, [crackdown, { ...conference, copyHashes: [conference.hash] }]);
    expect(again.report.merged).toEqual([]);
    expect(formatRegistry(again.registry)).toBe(formatRegistry(merged.registry));
  });

  it('never matches a merged entry to another article, and gives it back when its copy returns', () => {
    const back = build(merged.registry, [conference, copy]);
    expect(new Set([...back.assigned.values()].map((a) => a.id))).toEqual(new Set([kept.id, copyEntry.id]));
    for (const id of [kept.id, copyEntry.id])
      expect(back.registry.entries.find((e) => e.id === id)).toMatchObject({ status: 'active' });
    expect(back.registry.entries.some((e) => e.mergedInto !== undefined)).toBe(false);
  });

  it('purges the copies with the article they were merged into', () => {
    const gone = build(merged.registry, [crackdown]);
    expect(gone.registry.entries.find((e) => e.id === copyEntry.id)!.status).toBe('merged');
    const purged = purgeEntry(gone.registry, kept.id);
    expect(purged.entries.map((e) => e.title)).toEqual([crackdown.title]);
    expect(() => purgeEntry(gone.registry, copyEntry.id)).toThrow(/merged into/);
  });

  it('refuses a registry file whose merged entry leads nowhere', () => {
    const text = formatRegistry(merged.registry).replace(
      `"mergedInto":"${kept.id}"`,
      '"mergedInto":"aaaaaaaaaa"',
    );
    expect(text).toContain('aaaaaaaaaa');
    expect(() => parseRegistry(text, 'r.json')).toThrow(
      /merged into aaaaaaaaaa, which is not in the registry/,
    );
  });
});

describe('matching at scale', () => {
  it('compares far fewer pairs than all of them when every article changed', () => {
    const words =
      'alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima mike november oscar papa quebec romeo sierra tango uniform victor whiskey xray yankee zulu'.split(
        ' ',
      );
    let seed = 1;
    const rand = () => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed;
    };
    const text = (n: number) => Array.from({ length: n }, () => words[rand() % words.length]).join(' ') + '.';
    const n = 2000;
    const articles = Array.from({ length: n }, (_, i) =>
      input(`Story ${i} ${text(4)}`, [text(60), text(60), text(60)]),
    );
    const first = reconcile(emptyRegistry(), articles);
    // Every article corrected (a paragraph added), plus as many unrelated new ones.
    const next = reconcile(first.registry, [
      ...articles.map((a) => input(a.title, [...a.texts, text(30)])),
      ...Array.from({ length: n }, (_, i) => input(`Other ${i} ${text(4)}`, [text(60), text(60)])),
    ]);
    expect(next.report.corrected).toHaveLength(n);
    expect(next.report.added).toHaveLength(n);
    expect(next.report.comparisons).toBeLessThan(20 * n);
    expect(next.report.comparisons).toBeGreaterThanOrEqual(n);
  });
});

describe('renaming and purging', () => {
  const { registry } = reconcile(emptyRegistry(), [conference, crackdown]);
  const id = conference.hash;

  it('renames a slug and keeps the old one as a redirect', () => {
    const renamed = renameEntry(registry, id, 'dushanbe-conference');
    const entry = renamed.entries.find((e) => e.id === id)!;
    expect(entry.slug).toBe('dushanbe-conference');
    expect(entry.previousSlugs).toEqual(['dushanbe-host-the-high-level-international-conference']);
    // A later build keeps the new slug.
    const next = reconcile(renamed, [conference, crackdown]);
    expect(next.assigned.get(conference.key)!.slug).toBe('dushanbe-conference');
    expect(next.report.totals.redirects).toBe(1);
    // Renaming back to an earlier slug of the same article is fine.
    const back = renameEntry(
      renamed,
      'dushanbe-conference',
      'dushanbe-host-the-high-level-international-conference',
    );
    expect(back.entries.find((e) => e.id === id)!.previousSlugs).toEqual(['dushanbe-conference']);
  });

  it('refuses a slug another article has or had, and slugs that are not slugs', () => {
    const other = registry.entries.find((e) => e.id !== id)!;
    expect(() => renameEntry(registry, id, other.slug)).toThrow(RegistryError);
    const renamed = renameEntry(registry, other.id, 'crackdown');
    expect(() => renameEntry(renamed, id, other.slug)).toThrow(/belongs to/);
    expect(() => renameEntry(registry, id, 'Not A Slug')).toThrow(/not a valid slug/);
    expect(() => renameEntry(registry, 'nope', 'x')).toThrow(/no article/);
  });

  it('purges only withdrawn articles', () => {
    expect(() => purgeEntry(registry, id)).toThrow(/still in the input/);
    const gone = reconcile(registry, [crackdown]).registry;
    const purged = purgeEntry(gone, id);
    expect(purged.entries.map((e) => e.id)).toEqual([crackdown.hash]);
    // Once purged, the article is new again if it ever comes back.
    const back = reconcile(purged, [conference, crackdown]);
    expect(back.report.added.map((a) => a.id)).toEqual([id]);
  });
});

describe('the registry file', () => {
  const { registry } = reconcile(emptyRegistry(), [conference, crackdown]);

  it('is one line per article, sorted, and reads back to the same registry', () => {
    const text = formatRegistry(registry);
    const lines = text.split('\n');
    expect(lines[4]).toMatch(/^ {4}\{"id":"[a-z2-7]{10}","slug":/);
    expect(lines.filter((l) => l.includes('"id":'))).toHaveLength(2);
    expect(parseRegistry(text, 'registry.json')).toEqual(registry);
    expect(formatRegistry(parseRegistry(text, 'r.json'))).toBe(text);
    expect(formatRegistry(emptyRegistry())).toContain('"articles": []');
  });

  it('reports broken files with file and line', () => {
    const text = formatRegistry(registry);
    const badJson = text.replace('"slug":', '"slug"');
    expect(() => parseRegistry(badJson, 'content/registry.json')).toThrow(
      /^content\/registry\.json:5: error: URL registry: not valid JSON/,
    );
    const badSlug = text.replace(/"slug":"[^"]+"/, '"slug":"Bad Slug"');
    expect(() => parseRegistry(badSlug, 'r.json')).toThrow(
      /^r\.json:5: error: URL registry: article 1: slug:/,
    );
    const lines = text.split('\n');
    const copy = lines[4]!.replace(/"id":"[a-z2-7]+"/, '"id":"aaaaaaaaaa"');
    const duplicate = [...lines.slice(0, 5), copy, ...lines.slice(5)].join('\n');
    expect(() => parseRegistry(duplicate, 'r.json')).toThrow(
      /^r\.json:6: error: URL registry: slug .* belongs to both/,
    );
    expect(() => parseRegistry('{"format":"other","articles":[]}', 'r.json')).toThrow(InputError);
  });
});
