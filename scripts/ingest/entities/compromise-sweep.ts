/**
 * A faster match sweep for compromise, with the same results. compromise's tagger ends with
 * a sweep of 570 match rules over each sentence (its `postTagger`). To pick the rules a
 * sentence may need, compromise's sweep walks every hook word and tag of the rules for every
 * sentence (`getHooks`), concatenating lists as it goes, and then filters the picks by their
 * needs (`trimDown`): together a fifth of the entity pass. This plugin replaces the sweep
 * (`methods.one.bulkMatch`, through compromise's plugin API) with one that looks up only the
 * words and tags each sentence has, and hands compromise's own matcher (`methods.one.match`)
 * the same rules, in the same order, as compromise's sweep would. Importing this module
 * installs it, once, for every use of compromise in the process.
 */
import nlp from 'compromise';

/** One of compromise's match rules, as its sweep reads it. */
interface Rule {
  match: string;
  needs: string[];
  wants: string[];
  minWant: number;
  minWords: number;
  ifNo?: string[];
  unTag?: unknown;
}

interface Net {
  hooks: Record<string, Rule[]>;
  always: Rule[];
}

interface Found {
  ptrs: number[][];
}

interface SweepOptions {
  matchOne?: boolean;
}

interface SweepMethods {
  one: {
    bulkMatch: (document: unknown[], net: Net, methods: SweepMethods, opts?: SweepOptions) => unknown[];
    cacheDoc: (document: unknown[]) => Set<string>[];
    match: (document: unknown[], rule: Rule) => Found;
  };
}

interface CompromisePlugins {
  methods: () => SweepMethods;
  plugin: (plugin: { methods: Partial<Record<'one', Partial<SweepMethods['one']>>> }) => void;
}

const api = nlp as unknown as CompromisePlugins;
const sweep = api.methods().one.bulkMatch;

/** A net read once for quick picking: its hooks by position, and their rules' match numbers. */
interface NetIndex {
  /** Position of each hook in the net's order. */
  order: Map<string, number>;
  /** Per hook position: its rules. */
  rules: Rule[][];
  /** Per hook position: a number for each of its rules' `match`, the same for the same text. */
  matchIds: Int32Array[];
  /** Per match number: the last pick (`stamp`) that took a rule with that match. */
  taken: Int32Array;
  stamp: number;
}

/** Per net (compromise builds each once). */
const netIndexes = new WeakMap<Net, NetIndex>();

function indexOf(net: Net): NetIndex {
  let index = netIndexes.get(net);
  if (index) return index;
  const ids = new Map<string, number>();
  const hooks = Object.entries(net.hooks);
  const matchIds = hooks.map(([, rules]) =>
    Int32Array.from(rules, (rule) => {
      let id = ids.get(rule.match);
      if (id === undefined) ids.set(rule.match, (id = ids.size));
      return id;
    }),
  );
  index = {
    order: new Map(hooks.map(([key], i) => [key, i])),
    rules: hooks.map(([, rules]) => rules),
    matchIds,
    taken: new Int32Array(ids.size),
    stamp: 0,
  };
  netIndexes.set(net, index);
  return index;
}

function hasAll(haves: ReadonlySet<string>, tags: readonly string[]): boolean {
  for (const tag of tags) if (!haves.has(tag)) return false;
  return true;
}

function hasAny(haves: ReadonlySet<string>, tags: readonly string[]): boolean {
  for (const tag of tags) if (haves.has(tag)) return true;
  return false;
}

function countOf(haves: ReadonlySet<string>, tags: readonly string[]): number {
  let n = 0;
  for (const tag of tags) if (haves.has(tag)) n++;
  return n;
}

/**
 * The rules compromise's sweep tries on a sentence whose words and tags are `haves`: the
 * rules of each hook it has, in the net's order of hooks, each rule once; then only those
 * whose needs it has, none of whose `ifNo` it has, and enough of whose wants it has; then
 * the rules tried always; then only those for at least `minWords` words (`words`).
 */
export function rulesFor(net: Net, haves: ReadonlySet<string>, words: number): Rule[] {
  const index = indexOf(net);
  const positions: number[] = [];
  for (const key of haves) {
    const position = index.order.get(key);
    if (position !== undefined) positions.push(position);
  }
  positions.sort((a, b) => a - b);
  if (index.stamp === 0x7fffffff) {
    index.taken.fill(0);
    index.stamp = 0;
  }
  const stamp = ++index.stamp;
  const rules: Rule[] = [];
  for (const position of positions) {
    const hook = index.rules[position]!;
    const ids = index.matchIds[position]!;
    for (let r = 0; r < hook.length; r++) {
      const id = ids[r]!;
      if (index.taken[id] === stamp) continue;
      index.taken[id] = stamp;
      const rule = hook[r]!;
      if (words < rule.minWords) continue;
      if (rule.needs.length > 0 && !hasAll(haves, rule.needs)) continue;
      if (rule.ifNo !== undefined && hasAny(haves, rule.ifNo)) continue;
      if (rule.wants.length > 0 && countOf(haves, rule.wants) < rule.minWant) continue;
      rules.push(rule);
    }
  }
  for (const rule of net.always) if (words >= rule.minWords) rules.push(rule);
  return rules;
}

/** compromise's sweep (sweep/index.js and 04-runMatch.js in its source), with the rules picked per sentence. */
function fastSweep(document: unknown[], net: Net, methods: SweepMethods, opts: SweepOptions = {}): unknown[] {
  const caches = methods.one.cacheDoc(document);
  const results: Record<string, unknown>[] = [];
  for (let n = 0; n < document.length; n++) {
    const sentence = document[n] as unknown[];
    for (const rule of rulesFor(net, caches[n]!, sentence.length)) {
      const found = methods.one.match([sentence], rule);
      if (found.ptrs.length === 0) continue;
      for (const ptr of found.ptrs) {
        ptr[0] = n;
        const todo: Record<string, unknown> = { ...rule, pointer: ptr };
        if (rule.unTag !== undefined) todo.unTag = rule.unTag;
        results.push(todo);
      }
      if (opts.matchOne === true) return [results[0]];
    }
  }
  return results;
}

if (!(sweep as { fast?: boolean }).fast) {
  api.plugin({ methods: { one: { bulkMatch: Object.assign(fastSweep, { fast: true }) } } });
}
