/**
 * Same-event groups and related articles for the whole archive, in one pass after the URL
 * registry has settled the ids (called from pipeline.ts). Each article's content words
 * (terms.ts) give its event shingles (shingles.ts → minhash.ts → lsh.ts → same-event.ts)
 * and its term vector (term-vectors.ts → related.ts). Nothing compares every pair of
 * articles; memory is a few kilobytes per article. Pure and deterministic: the same
 * articles give the same lists, byte for byte.
 */
import { contentTerms } from './terms.ts';
import { eventShingles } from './shingles.ts';
import { minhashSignature } from './minhash.ts';
import { sameEventGroups, type EventInput, type SameEventOptions } from './same-event.ts';
import { termVectors } from './term-vectors.ts';
import { relatedArticles, type RelatedOptions } from './related.ts';

export interface RelationInput {
  /** The article's permanent id. */
  id: string;
  title: string;
  /** The texts of its blocks, in order. */
  texts: readonly string[];
  /** YYYY-MM-DD, when known. */
  date?: string | undefined;
}

/** What the frontmatter gets (article-schema.ts): ids, best first; absent when empty. */
export interface Relations {
  sameEvent?: string[];
  related?: string[];
}

export interface RelationsResult {
  /** Per article, in input order. */
  relations: Relations[];
  /** Same-event groups of two or more articles: their ids, in input order. */
  groups: string[][];
}

export interface RelationOptions {
  sameEvent?: SameEventOptions;
  related?: RelatedOptions;
}

/** Same-event groups and related articles of `articles` (see the module comment). */
export function relateArticles(
  articles: readonly RelationInput[],
  options: RelationOptions = {},
): RelationsResult {
  const keys = articles.map((a) => a.id);
  const eventInputs: EventInput[] = [];
  // One article's words at a time: its shingles and signature are kept, its words counted.
  const vectors = termVectors(
    (function* () {
      for (const a of articles) {
        const words = contentTerms([a.title, ...a.texts]);
        const shingles = eventShingles(words);
        eventInputs.push({ key: a.id, shingles, signature: minhashSignature(shingles), date: a.date });
        yield words;
      }
    })(),
  );
  const events = sameEventGroups(eventInputs, options.sameEvent);
  const related = relatedArticles(vectors, keys, events.members, options.related);
  const relations = articles.map((_, i): Relations => {
    const out: Relations = {};
    if (events.members[i]!.length > 0) out.sameEvent = events.members[i]!.map((j) => keys[j]!);
    if (related[i]!.length > 0) out.related = related[i]!.map((j) => keys[j]!);
    return out;
  });
  return { relations, groups: events.groups.map((g) => g.map((i) => keys[i]!)) };
}
