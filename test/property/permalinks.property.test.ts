/**
 * Links never break: random sequences of edits to a generated archive (add, remove, bring
 * back, reorder, retitle, edit a paragraph, add a paragraph — sometimes one that opens like
 * an existing one — rename on purpose, rebuild unchanged), each followed by a build of the
 * registry through the real ingest. After every build:
 *
 * - every article keeps the id it got when it first appeared;
 * - every URL ever issued (`/articles/<slug>/`, `/a/<id>/`) still resolves, through the
 *   permalinks the site publishes, to that same article: its page, a redirect to it, or its
 *   withdrawn page when (and only when) it has left the input;
 * - a paragraph that did not change keeps its anchor whenever the paragraphs that open with
 *   the same words did not change either, and an anchor is always derived from the
 *   paragraph's own text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ingestSources } from '../../scripts/ingest/pipeline.ts';
import { emptyRegistry, permalinks, renameEntry, type Registry } from '../../scripts/ingest/registry.ts';
import { splitMdxFile } from '../../src/shared/mdx-file.ts';
import { baseAnchor } from '../../src/lib/anchors.ts';
import { shortHash } from '../../src/shared/hash.ts';
import type { Permalink } from '../../src/shared/permalinks.ts';
import { renderArticleBody } from '../../src/loaders/render-body.ts';
import { all, parseFragment, toString } from '../helpers/html.ts';
import { sourceFromText } from '../helpers/ingest.ts';

const WORDS = (
  'archive border budget capital cease council court delegation dialogue economy election energy envoy ' +
  'exchange export farmers forum frontier garrison harvest highway import inquiry justice labour ledger ' +
  'market minister mountain network office pasture pipeline police port province railway reform region ' +
  'reservoir river school season security senate signal summit tariff teacher textile trade transit ' +
  'treaty tunnel valley village water weather winter workers youth quarry meadow lantern orchard ' +
  'bridge caravan cotton canal desert glacier harbour island journal kettle ladder marble needle'
).split(' ');

const word = fc.constantFrom(...WORDS);
const capitalise = (w: string): string => w[0]!.toUpperCase() + w.slice(1);
const sentence = (words: string[]): string => `${capitalise(words[0]!)} ${words.slice(1).join(' ')}.`;

/**
 * Text comes from seeds through a fixed PRNG (mulberry32), salted with the article and
 * paragraph it belongs to, so that shrinking a counterexample never turns articles into
 * copies of each other or into one word repeated: the archive stays made of distinct texts.
 */
function randomWords(seed: number, count: number): string[] {
  let a = seed >>> 0;
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    out.push(WORDS[((t ^ (t >>> 14)) >>> 0) % WORDS.length]!);
  }
  return out;
}

const salt = (...parts: (number | string)[]): number => parseInt(shortHash(parts.join('/'), 6), 32);

const textSpec = fc.record({ seed: fc.integer(), length: fc.integer({ min: 15, max: 40 }) });
type TextSpec = { seed: number; length: number };
const paragraphText = (spec: TextSpec, ...where: (number | string)[]): string =>
  sentence(randomWords(salt(spec.seed, ...where), spec.length));

const articleArb = fc.record({
  title: fc.record({ seed: fc.integer(), length: fc.integer({ min: 3, max: 7 }) }),
  paragraphs: fc.array(textSpec, { minLength: 3, maxLength: 7 }),
  /** Sometimes an article takes the title of another one. */
  sameTitleAs: fc.option(fc.nat(), { freq: 4 }),
});

const opArb = fc.oneof(
  fc.record({ kind: fc.constant('add' as const), article: articleArb }),
  fc.record({ kind: fc.constant('remove' as const), target: fc.nat() }),
  fc.record({ kind: fc.constant('bringBack' as const), target: fc.nat() }),
  fc.record({
    kind: fc.constant('reorder' as const),
    keys: fc.array(fc.double({ noNaN: true }), { minLength: 1 }),
  }),
  fc.record({ kind: fc.constant('retitle' as const), target: fc.nat(), at: fc.nat(), word }),
  fc.record({
    kind: fc.constant('editParagraph' as const),
    target: fc.nat(),
    paragraph: fc.nat(),
    at: fc.nat(),
    word,
  }),
  fc.record({
    kind: fc.constant('addParagraph' as const),
    target: fc.nat(),
    at: fc.nat(),
    text: textSpec,
    /** Open the new paragraph with the first words of an existing one. */
    openLike: fc.option(fc.nat(), { freq: 2 }),
  }),
  fc.record({ kind: fc.constant('rename' as const), target: fc.nat() }),
  fc.constant({ kind: 'rebuild' as const }),
);

interface ModelArticle {
  uid: number;
  title: string;
  paragraphs: string[];
}

function dumpText(articles: readonly ModelArticle[]): string {
  return articles
    .map((a) =>
      [a.title, '', ...a.paragraphs.flatMap((p) => [p, '']), '\u00a0', '', 'Source: Test Wire', ''].join(
        '\n',
      ),
    )
    .join('\n');
}

function replaceWord(text: string, at: number, replacement: string): string {
  const words = text.split(' ');
  const i = at % words.length;
  words[i] = i === 0 ? capitalise(replacement) : replacement;
  const joined = words.join(' ');
  return text.endsWith('.') && !joined.endsWith('.') ? `${joined}.` : joined;
}

/** The page, redirect or withdrawn page a site path leads to, from the published permalinks. */
function resolve(links: readonly Permalink[], url: string): Permalink | undefined {
  const short = /^a\/([a-z2-7]{10})\/$/.exec(url);
  if (short) return links.find((l) => l.id === short[1]);
  const slug = /^articles\/([a-z0-9-]+)\/$/.exec(url)![1]!;
  return links.find((l) => l.slug === slug) ?? links.find((l) => l.previousSlugs?.includes(slug));
}

/** Anchors of an article's paragraphs, by paragraph text, as the site renders them. */
function paragraphAnchors(mdx: string): Map<string, string> {
  const { body } = splitMdxFile(mdx, 'article.mdx');
  const tree = parseFragment(renderArticleBody(body, 'article.mdx'));
  return new Map(all(tree, 'p[id]').map((p) => [toString(p), String(p.properties.id)]));
}

describe('permanent URLs and anchors under random edits', () => {
  it('every URL ever issued resolves to its article; unchanged paragraphs keep their anchors', () => {
    fc.assert(
      fc.property(
        fc.array(articleArb, { minLength: 1, maxLength: 6 }),
        fc.array(opArb, { maxLength: 12 }),
        (initial, ops) => {
          let nextUid = 0;
          let step = 0;
          const fresh = (
            a: { title: TextSpec; paragraphs: TextSpec[]; sameTitleAs: number | null },
            present: ModelArticle[],
          ): ModelArticle => {
            const uid = nextUid++;
            const title =
              a.sameTitleAs !== null && present.length > 0
                ? present[a.sameTitleAs % present.length]!.title
                : randomWords(salt(a.title.seed, uid, 'title'), a.title.length)
                    .map(capitalise)
                    .join(' ');
            return { uid, title, paragraphs: a.paragraphs.map((p, i) => paragraphText(p, uid, i)) };
          };
          let present: ModelArticle[] = [];
          for (const a of initial) present.push(fresh(a, present));
          const removed: ModelArticle[] = [];
          let registry: Registry = emptyRegistry();
          const firstId = new Map<number, string>();
          const issued = new Map<string, number>();
          let previousAnchors = new Map<number, Map<string, string>>();
          let previousTexts = new Map<number, string[]>();
          let renames = 0;

          const build = (): void => {
            const result = ingestSources([sourceFromText(dumpText(present), 'dump.txt')], {}, registry);
            registry = result.registry.registry;
            expect(result.articles).toHaveLength(present.length);
            const links = permalinks(registry);
            const anchors = new Map<number, Map<string, string>>();
            const texts = new Map<number, string[]>();
            result.articles.forEach((article, i) => {
              const uid = present[i]!.uid;
              const { id, slug } = article.frontmatter;
              // The id an article first got is its id for ever.
              if (!firstId.has(uid)) firstId.set(uid, id);
              expect(id, `article ${uid}`).toBe(firstId.get(uid));
              expect(links.find((l) => l.id === id)).toMatchObject({ slug, status: 'active' });
              anchors.set(uid, paragraphAnchors(article.mdx));
              texts.set(uid, [...present[i]!.paragraphs]);
            });
            // Every URL ever issued leads to the same article, withdrawn only when it is gone.
            const presentUids = new Set(present.map((a) => a.uid));
            for (const [url, uid] of issued) {
              const target = resolve(links, url);
              expect(target?.id, `${url} (article ${uid})`).toBe(firstId.get(uid));
              expect(target!.status).toBe(presentUids.has(uid) ? 'active' : 'withdrawn');
            }
            for (const article of result.articles) {
              const uid = present[result.articles.indexOf(article)]!.uid;
              issued.set(`articles/${article.frontmatter.slug}/`, uid);
              issued.set(`a/${article.frontmatter.id}/`, uid);
            }
            // Anchors come from a paragraph's own text, and stay put while nothing that opens
            // like it changes.
            for (const [uid, now] of anchors) {
              const group = (list: string[], text: string) =>
                list
                  .filter(
                    (t) =>
                      baseAnchor({ kind: 'paragraph', text: t }) === baseAnchor({ kind: 'paragraph', text }),
                  )
                  .sort();
              for (const [text, anchor] of now) {
                const base = baseAnchor({ kind: 'paragraph', text });
                expect([base, `${base}-${shortHash(text, 4)}`]).toContain(anchor.replace(/-\d+$/, ''));
                const before = previousAnchors.get(uid)?.get(text);
                if (before === undefined) continue;
                if (
                  JSON.stringify(group(previousTexts.get(uid)!, text)) ===
                  JSON.stringify(group(texts.get(uid)!, text))
                )
                  expect(anchor, `anchor of "${text.slice(0, 40)}…" in article ${uid}`).toBe(before);
              }
            }
            previousAnchors = anchors;
            previousTexts = texts;
          };

          build();
          for (const op of ops) {
            step++;
            const target = (n: number) => (present.length > 0 ? present[n % present.length] : undefined);
            switch (op.kind) {
              case 'add':
                present.push(fresh(op.article, present));
                break;
              case 'remove':
                if (present.length > 1) {
                  const [gone] = present.splice(op.target % present.length, 1);
                  removed.push(gone!);
                }
                break;
              case 'bringBack':
                if (removed.length > 0) {
                  const [back] = removed.splice(op.target % removed.length, 1);
                  present.push(back!);
                }
                break;
              case 'reorder': {
                const keyed = present.map((a, i) => ({ a, k: op.keys[i % op.keys.length]! + i * 1e-9 }));
                present = keyed.sort((x, y) => x.k - y.k).map((x) => x.a);
                break;
              }
              case 'retitle': {
                const a = target(op.target);
                if (a) a.title = replaceWord(a.title, op.at, capitalise(op.word));
                break;
              }
              case 'editParagraph': {
                const a = target(op.target);
                if (a) {
                  const i = op.paragraph % a.paragraphs.length;
                  a.paragraphs[i] = replaceWord(a.paragraphs[i]!, op.at, op.word);
                }
                break;
              }
              case 'addParagraph': {
                const a = target(op.target);
                if (!a) break;
                let text = paragraphText(op.text, a.uid, 'added', step);
                if (op.openLike !== null) {
                  const model = a.paragraphs[op.openLike % a.paragraphs.length]!;
                  text = `${model.split(' ').slice(0, 6).join(' ')} ${text.toLowerCase()}`;
                }
                a.paragraphs.splice(op.at % (a.paragraphs.length + 1), 0, text);
                break;
              }
              case 'rename': {
                const pool = [...present, ...removed];
                const a = pool[op.target % pool.length]!;
                const id = firstId.get(a.uid);
                if (id) registry = renameEntry(registry, id, `renamed-${renames++}`);
                break;
              }
              case 'rebuild':
                break;
            }
            build();
          }
        },
      ),
      { numRuns: 40 },
    );
  });
});
