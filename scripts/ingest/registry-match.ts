/**
 * register: matches the ingested articles against the URL registry (registry.ts), so that
 * an article keeps the id and slug it was first published under.
 *
 * Each build matches the ingested articles against the registry (`reconcile`):
 * 1. **Same text**: an article whose content hash is an entry's keeps that entry.
 * 2. **Same article, corrected**: among what is left, pairs whose MinHash signatures or
 *    titles collide (LSH buckets, never all pairs) are scored; a pair is the same article
 *    when its text similarity is at least 0.5, or at least 0.3 with titles at least 0.8
 *    alike. Best pairs are taken first; ties are broken by ids, never by input order.
 * 3. **New**: anything still unmatched gets a new entry: its content id, and the slug of
 *    its title unless an entry (current or earlier slug) has it; then `-<id prefix>`.
 * 4. **Merged**: an entry left over whose text an article now holds (an identical copy was
 *    merged into one article, pipeline.ts) redirects to that article: status `merged`.
 * 5. **Withdrawn**: other entries no article matched stay, with status `withdrawn`.
 *
 * An entry's id and slug never change here; only `renameEntry` (a deliberate command)
 * changes a slug. Pure, like registry.ts.
 */
import { shortHash } from '../../src/shared/hash.ts';
import { MAX_TITLE_SLUG_LENGTH } from '../../src/shared/slug.ts';
import {
  articleSignature,
  bandKeys,
  decodeSignature,
  encodeSignature,
  signatureSimilarity,
  titleKey,
  titleSimilarity,
} from './fingerprint.ts';
import { byId, checkRegistry, compareStrings, type Registry, type RegistryEntry } from './registry.ts';

/** Text similarity at which two versions are the same article whatever their titles. */
export const MATCH_SIMILARITY = 0.5;
/** Lower text similarity that still matches when the titles are this alike. */
export const MATCH_SIMILARITY_SIMILAR_TITLE = 0.3;
export const MATCH_TITLE_SIMILARITY = 0.8;

/** What the registry needs to know about one ingested article. */
export interface RegistryInput {
  /** Unique within this input (the ingest's content id, salted for repeated articles). */
  key: string;
  title: string;
  /** Texts of the article's blocks, in order (may be empty when `signature` is given: only the signature is made from them). */
  texts: readonly string[];
  /** Content hash of title and text (equal for identical articles). */
  hash: string;
  /** Content hashes of identical copies (white space aside) merged into this article. */
  copyHashes?: readonly string[];
  /** Slug the title gives. */
  baseSlug: string;
  /** Orders identical articles among themselves (e.g. file and line). */
  order: string;
  /**
   * `articleSignature(title, texts)`, when the caller has it already (the ingest computes it
   * on its worker threads and caches it); computed here otherwise.
   */
  signature?: Uint8Array;
}

/** The permanent id and slug an article is published under. */
export interface Assignment {
  id: string;
  slug: string;
}

export interface ReportedArticle {
  id: string;
  slug: string;
  title: string;
}

export interface CorrectedArticle extends ReportedArticle {
  /** Title of the version the registry had. */
  previousTitle: string;
  /** Estimated share of text in common with that version (0…1). */
  similarity: number;
  /** The entry had been withdrawn and is back. */
  revived: boolean;
}

export interface RegistryReport {
  /** Articles whose text is exactly as before. */
  unchanged: number;
  /** Articles that were withdrawn and are back with the same text. */
  restored: ReportedArticle[];
  /** Articles recognised as an earlier version with changes. */
  corrected: CorrectedArticle[];
  added: ReportedArticle[];
  /** Articles gone from the input in this build. */
  withdrawn: ReportedArticle[];
  /** Entries merged in this build into the article holding an identical copy (`into`: its id). */
  merged: (ReportedArticle & { into: string })[];
  totals: { active: number; withdrawn: number; merged: number; redirects: number };
  /** Pairs of versions compared for similarity (LSH keeps this far below all pairs). */
  comparisons: number;
}

export interface RegistryUpdate {
  registry: Registry;
  /** Id and slug of every input article, by its `key`. */
  assigned: Map<string, Assignment>;
  report: RegistryReport;
}

interface Pending {
  input: RegistryInput;
  signature: Uint8Array;
}

interface Pair {
  pending: Pending;
  entry: RegistryEntry;
  similarity: number;
  titles: number;
}

function comparePairs(a: Pair, b: Pair): number {
  return (
    b.similarity - a.similarity ||
    b.titles - a.titles ||
    compareStrings(a.entry.id, b.entry.id) ||
    compareStrings(a.pending.input.hash, b.pending.input.hash) ||
    compareStrings(a.pending.input.order, b.pending.input.order) ||
    compareStrings(a.pending.input.key, b.pending.input.key)
  );
}

function compareInputs(a: RegistryInput, b: RegistryInput): number {
  return compareStrings(a.hash, b.hash) || compareStrings(a.order, b.order) || compareStrings(a.key, b.key);
}

/** Whether a scored pair counts as the same article. */
export function isSameArticle(similarity: number, titles: number): boolean {
  return (
    similarity >= MATCH_SIMILARITY ||
    (similarity >= MATCH_SIMILARITY_SIMILAR_TITLE && titles >= MATCH_TITLE_SIMILARITY)
  );
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Every slug some entry has or had: a new article never gets one of them. */
function takenSlugs(entries: readonly RegistryEntry[]): Set<string> {
  const taken = new Set<string>();
  for (const e of entries) {
    taken.add(e.slug);
    for (const s of e.previousSlugs ?? []) taken.add(s);
  }
  return taken;
}

/**
 * A slug for `base` made unique with the id: `<base>-<id prefix>`, numbered if need be. The
 * base is cut so that the slug is no longer than a title's slug: 64 characters and 7 of the
 * suffix, or 60 and `-<n>` too (for n < 10,000).
 */
function suffixedSlug(base: string, id: string, taken: ReadonlySet<string>): string {
  const head = base.slice(0, MAX_TITLE_SLUG_LENGTH - 8).replace(/-+$/, '');
  let slug = `${head}-${id.slice(0, 6)}`;
  for (let n = 2; taken.has(slug); n++)
    slug = `${head.slice(0, MAX_TITLE_SLUG_LENGTH - 12).replace(/-+$/, '')}-${id.slice(0, 6)}-${n}`;
  return slug;
}

/**
 * Matches the ingested articles against the registry and returns the updated registry, the
 * id and slug of every article, and a report of what changed. Pure and deterministic: the
 * result depends on the registry and the set of articles, not on their order.
 */
export function reconcile(previous: Registry, inputs: readonly RegistryInput[]): RegistryUpdate {
  const entries = new Map(previous.entries.map((e) => [e.id, { ...e }]));
  const assigned = new Map<string, Assignment>();
  const claimed = new Set<string>();
  const report: RegistryReport = {
    unchanged: 0,
    restored: [],
    corrected: [],
    added: [],
    withdrawn: [],
    merged: [],
    totals: { active: 0, withdrawn: 0, merged: 0, redirects: 0 },
    comparisons: 0,
  };
  const claim = (entry: RegistryEntry, input: RegistryInput): void => {
    claimed.add(entry.id);
    assigned.set(input.key, { id: entry.id, slug: entry.slug });
    if (entry.status === 'merged') {
      entry.status = 'active';
      delete entry.mergedInto;
    }
  };

  // 1. Same text. An entry that was merged into a copy yields to the copy's own entry.
  const byHash = new Map<string, RegistryEntry[]>();
  const mergedLast = (a: RegistryEntry, b: RegistryEntry): number =>
    Number(a.status === 'merged') - Number(b.status === 'merged') || byId(a, b);
  for (const e of [...entries.values()].sort(mergedLast)) push(byHash, e.hash, e);
  const unmatched: RegistryInput[] = [];
  for (const input of [...inputs].sort(compareInputs)) {
    // Of several entries with this text (copies an earlier build published apart), the
    // one first made for it (its id is the content id) is kept.
    const candidates = byHash.get(input.hash);
    const own = entries.get(input.key);
    const entry =
      own && own.hash === input.hash && !claimed.has(own.id) && own.status !== 'merged'
        ? own
        : candidates?.find((e) => !claimed.has(e.id));
    if (!entry) {
      unmatched.push(input);
      continue;
    }
    claim(entry, input);
    if (entry.status === 'withdrawn') {
      entry.status = 'active';
      report.restored.push({ id: entry.id, slug: entry.slug, title: entry.title });
    } else {
      report.unchanged++;
    }
  }

  // Entries left with the text of an article (its own or a merged copy's) are merged into it
  // (step 4), never matched to another article.
  const holder = new Map<string, string>();
  for (const input of [...inputs].sort(compareInputs))
    for (const hash of [input.hash, ...(input.copyHashes ?? [])])
      if (!holder.has(hash)) holder.set(hash, input.key);
  const toMerge = new Map<RegistryEntry, string>();
  for (const e of [...entries.values()].sort(byId)) {
    const key = claimed.has(e.id) ? undefined : holder.get(e.hash);
    if (key !== undefined) toMerge.set(e, key);
  }

  // 2. Same article, corrected: compare only pairs that share an LSH band or a title.
  const pending: Pending[] = unmatched.map((input) => ({
    input,
    signature: input.signature ?? articleSignature(input.title, input.texts),
  }));
  const open = [...entries.values()].filter((e) => !claimed.has(e.id) && !toMerge.has(e)).sort(byId);
  const buckets = new Map<string, RegistryEntry[]>();
  const signatures = new Map<string, Uint8Array>();
  for (const e of open) {
    const signature = decodeSignature(e.signature)!;
    signatures.set(e.id, signature);
    for (const key of bandKeys(signature)) push(buckets, key, e);
    push(buckets, `title:${titleKey(e.title)}`, e);
  }
  const pairs: Pair[] = [];
  for (const p of open.length > 0 ? pending : []) {
    const seen = new Set<string>();
    for (const key of [...bandKeys(p.signature), `title:${titleKey(p.input.title)}`]) {
      for (const entry of buckets.get(key) ?? []) {
        if (seen.has(entry.id)) continue;
        seen.add(entry.id);
        report.comparisons++;
        const similarity = signatureSimilarity(p.signature, signatures.get(entry.id)!);
        const titles = titleSimilarity(p.input.title, entry.title);
        if (isSameArticle(similarity, titles)) pairs.push({ pending: p, entry, similarity, titles });
      }
    }
  }
  pairs.sort(comparePairs);
  const matchedKeys = new Set<string>();
  for (const pair of pairs) {
    const { entry, pending: p } = pair;
    if (claimed.has(entry.id) || matchedKeys.has(p.input.key)) continue;
    matchedKeys.add(p.input.key);
    claim(entry, p.input);
    report.corrected.push({
      id: entry.id,
      slug: entry.slug,
      title: p.input.title,
      previousTitle: entry.title,
      similarity: pair.similarity,
      revived: entry.status === 'withdrawn',
    });
    entry.status = 'active';
    entry.title = p.input.title;
    entry.hash = p.input.hash;
    entry.signature = encodeSignature(p.signature);
  }

  // 3. New articles: their content id (salted if an entry has it) and a free slug. Ids are
  // settled first, then slugs, each in id order, so the outcome never depends on input order.
  const fresh = pending.filter((p) => !matchedKeys.has(p.input.key));
  fresh.sort((a, b) => compareStrings(a.input.key, b.input.key));
  const created: { entry: RegistryEntry; input: RegistryInput }[] = [];
  for (const p of fresh) {
    let id = p.input.key;
    for (let n = 2; entries.has(id); n++) id = shortHash(`${p.input.key}\n#${n}`, 10);
    const entry: RegistryEntry = {
      id,
      slug: '',
      status: 'active',
      title: p.input.title,
      hash: p.input.hash,
      signature: encodeSignature(p.signature),
    };
    entries.set(id, entry);
    created.push({ entry, input: p.input });
  }
  const taken = takenSlugs([...entries.values()].filter((e) => e.slug !== ''));
  const byBase = new Map<string, { entry: RegistryEntry; input: RegistryInput }[]>();
  for (const c of created) push(byBase, c.input.baseSlug, c);
  // A suffixed slug also steers clear of the plain slugs other new articles ask for.
  const avoid = new Set([...taken, ...byBase.keys()]);
  for (const base of [...byBase.keys()].sort(compareStrings)) {
    const group = byBase.get(base)!.sort((a, b) => byId(a.entry, b.entry));
    group.forEach(({ entry, input }, i) => {
      const slug = i === 0 && !taken.has(base) ? base : suffixedSlug(base, entry.id, avoid);
      avoid.add(slug);
      taken.add(slug);
      entry.slug = slug;
      assigned.set(input.key, { id: entry.id, slug });
      claimed.add(entry.id);
      report.added.push({ id: entry.id, slug, title: entry.title });
    });
  }

  // 4. Entries whose text an article holds redirect to it.
  for (const [entry, key] of toMerge) {
    const into = assigned.get(key)!.id;
    if (entry.status !== 'merged' || entry.mergedInto !== into)
      report.merged.push({ id: entry.id, slug: entry.slug, title: entry.title, into });
    entry.status = 'merged';
    entry.mergedInto = into;
  }
  // Redirects never chain: an entry merged into one merged in this build follows it.
  for (const entry of entries.values()) {
    const target = entry.mergedInto === undefined ? undefined : entries.get(entry.mergedInto);
    if (target?.mergedInto !== undefined) entry.mergedInto = target.mergedInto;
  }

  // 5. Other entries no article matched are withdrawn (and stay so until their article is
  // back); an entry merged earlier stays merged while the article it leads to is kept.
  for (const entry of entries.values()) {
    if (claimed.has(entry.id) || entry.status !== 'active') continue;
    entry.status = 'withdrawn';
    report.withdrawn.push({ id: entry.id, slug: entry.slug, title: entry.title });
  }

  const registry = checkRegistry([...entries.values()]);
  for (const e of registry.entries) {
    if (e.status === 'active') report.totals.active++;
    else if (e.status === 'merged') report.totals.merged++;
    else report.totals.withdrawn++;
    report.totals.redirects += e.previousSlugs?.length ?? 0;
  }
  report.added.sort(byId);
  report.corrected.sort(byId);
  report.restored.sort(byId);
  report.withdrawn.sort(byId);
  report.merged.sort(byId);
  return { registry, assigned, report };
}
