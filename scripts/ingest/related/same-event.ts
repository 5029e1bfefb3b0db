/**
 * Same-event groups: reports of one happening, told apart from stories that merely share a
 * topic. Candidates come from LSH over MinHash signatures of the articles' event shingles
 * (shingles.ts, minhash.ts, lsh.ts); the candidate pairs whose signatures agree on at least
 * two values, at most `perArticle` per article (the most alike first), are then checked
 * exactly: the two
 * shingle sets must have a Jaccard similarity of at least `minJaccard` and share at least
 * `minShared` shingles, and when both articles are dated, the dates may be at most
 * `maxDays` apart at their precision (a month is as near as any of its days: `daysBetween`).
 *
 * Groups are made by average linkage over the checked pairs: pairs are taken best first, and
 * two groups join only when the mean Jaccard similarity of all their cross pairs (exact for
 * checked pairs, else estimated from the signatures) is at least
 * `minJaccard` (and no two dated members are more than `maxDays` apart). So a group never
 * chains unrelated articles through a third one (A like B, B like C, A unlike C), while
 * reports that each tell a different part of the event still join. The groups partition the
 * articles, so "same event" is an equivalence: symmetric and transitive. Deterministic: the
 * pairs are ordered by similarity, ties by the articles' keys. Pure.
 */
import { estimatedJaccard } from './minhash.ts';
import { sharedShingles } from './shingles.ts';
import { daySpan, spanGap } from '../../../src/shared/article-date.ts';
import { lshCandidates } from './lsh.ts';

export interface EventInput {
  /** The article's permanent id (orders ties). */
  key: string;
  /** Event shingles, ascending (shingles.ts). */
  shingles: Uint32Array;
  /** MinHash signature of the shingles (minhash.ts). */
  signature: Uint32Array;
  /** YYYY-MM-DD, when known. */
  date?: string | undefined;
}

export interface SameEventOptions {
  /** Least Jaccard similarity of two reports' shingle sets (default 0.06). */
  minJaccard?: number;
  /** Least number of shingles two reports share (default 10). */
  minShared?: number;
  /** Most days between two dated reports (default 3). */
  maxDays?: number;
  /** Largest group (default 30): bounds the work of joining two groups. */
  maxGroup?: number;
  /** Candidate pairs checked per article, the best by their signatures first (default 8). */
  perArticle?: number;
  /** LSH buckets larger than this yield no candidates (default 16, see lsh.ts). */
  maxBucket?: number;
}

export interface SameEventGroups {
  /** Per article, the other members of its group, most similar first (ties: key). */
  members: number[][];
  /** The groups of two or more, each ascending by index, in order of their first member. */
  groups: number[][];
}

/** Least share of equal signature values for a candidate to be checked: 2 of 64. */
const PREFILTER = 2 / 64;

/** Groups the articles into events (see the module comment). */
export function sameEventGroups(
  items: readonly EventInput[],
  options: SameEventOptions = {},
): SameEventGroups {
  const minJaccard = options.minJaccard ?? 0.06;
  const minShared = options.minShared ?? 10;
  const maxDays = options.maxDays ?? 3;
  const maxGroup = options.maxGroup ?? 30;
  const perArticle = options.perArticle ?? 8;
  const n = items.length;
  /** Each dated article's days (daySpan), read once. */
  const spans = items.map((item) => (item.date ? daySpan(item.date) : undefined));
  /** Whether two articles may be one event by their dates: undated, or at most `maxDays` apart. */
  const dated = (i: number, j: number): boolean => {
    const a = spans[i];
    const b = spans[j];
    return !a || !b || spanGap(a, b) <= maxDays;
  };
  const similarity = new Map<number, number>();
  const edges: { i: number; j: number; s: number; key: string }[] = [];
  // Candidates whose signatures agree on one value only are far below the threshold (at
  // s = 0.06 two signatures agree on two or more values 9 times in 10, at s = 0.1 99 times
  // in 100); of the rest, each article's `perArticle` best by that estimate are checked.
  const estimated: { i: number; j: number; e: number }[] = [];
  for (const [i, j] of lshCandidates(
    items.map((item) => item.signature),
    { maxBucket: options.maxBucket ?? 16 },
  )) {
    const e = estimatedJaccard(items[i]!.signature, items[j]!.signature);
    if (e >= PREFILTER) estimated.push({ i, j, e });
  }
  estimated.sort((x, y) => y.e - x.e || x.i - y.i || x.j - y.j);
  const checks = new Uint16Array(n);
  for (const { i, j } of estimated) {
    if (checks[i]! >= perArticle && checks[j]! >= perArticle) continue;
    checks[i]!++;
    checks[j]!++;
    if (!dated(i, j)) continue;
    const a = items[i]!;
    const b = items[j]!;
    const shared = sharedShingles(a.shingles, b.shingles);
    if (shared < minShared) continue;
    const s = shared / (a.shingles.length + b.shingles.length - shared);
    if (s < minJaccard) continue;
    similarity.set(i * n + j, s);
    const [first, second] = a.key < b.key ? [a.key, b.key] : [b.key, a.key];
    edges.push({ i, j, s, key: `${first} ${second}` });
  }
  edges.sort((x, y) => y.s - x.s || (x.key < y.key ? -1 : 1));
  /** The Jaccard similarity of two articles: exact for checked pairs, else estimated from their signatures. */
  const pairSimilarity = (i: number, j: number): number =>
    similarity.get(i < j ? i * n + j : j * n + i) ??
    estimatedJaccard(items[i]!.signature, items[j]!.signature);
  /** Average linkage: the mean similarity of every cross pair is high enough, and no two are too far apart in time. */
  const closeEnough = (a: readonly number[], b: readonly number[]): boolean => {
    let sum = 0;
    for (const x of a)
      for (const y of b) {
        if (!dated(x, y)) return false;
        sum += pairSimilarity(x, y);
      }
    return sum / (a.length * b.length) >= minJaccard;
  };

  /** Group of each article (its own index while alone); members of each group. */
  const groupOf = Int32Array.from({ length: n }, (_, i) => i);
  const membersOf = new Map<number, number[]>();
  for (const { i, j } of edges) {
    const gi = groupOf[i]!;
    const gj = groupOf[j]!;
    if (gi === gj) continue;
    const a = membersOf.get(gi) ?? [i];
    const b = membersOf.get(gj) ?? [j];
    if (a.length + b.length > maxGroup || !closeEnough(a, b)) continue;
    const [keep, drop] = gi < gj ? [gi, gj] : [gj, gi];
    const all = [...a, ...b].sort((x, y) => x - y);
    for (const m of all) groupOf[m] = keep;
    membersOf.set(keep, all);
    membersOf.delete(drop);
  }
  const members: number[][] = items.map(() => []);
  const groups = [...membersOf.values()].sort((a, b) => a[0]! - b[0]!);
  for (const group of groups) {
    for (const m of group) {
      const s = (o: number): number => pairSimilarity(m, o);
      members[m] = group
        .filter((o) => o !== m)
        .sort((x, y) => s(y) - s(x) || (items[x]!.key < items[y]!.key ? -1 : 1));
    }
  }
  return { members, groups };
}
