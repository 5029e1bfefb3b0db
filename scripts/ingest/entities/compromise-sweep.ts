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

/** Per net (compromise builds each once): the position of each hook in its order. */
const hookOrder = new WeakMap<Net, Map<string, number>>();

function orderOf(net: Net): Map<string, number> {
  let order = hookOrder.get(net);
  if (!order) hookOrder.set(net, (order = new Map(Object.keys(net.hooks).map((k, i) => [k, i]))));
  return order;
}

/**
 * The rules compromise's sweep tries on a sentence whose words and tags are `haves`: the
 * rules of each hook it has, in the net's order of hooks, each rule once; then only those
 * whose needs it has, none of whose `ifNo` it has, and enough of whose wants it has; then
 * the rules tried always; then only those for at least `minWords` words (`words`).
 */
export function rulesFor(net: Net, haves: ReadonlySet<string>, words: number): Rule[] {
  const order = orderOf(net);
  const keys: string[] = [];
  for (const key of haves) if (order.has(key)) keys.push(key);
  keys.sort((a, b) => order.get(a)! - order.get(b)!);
  const seen = new Set<string>();
  const rules: Rule[] = [];
  for (const key of keys)
    for (const rule of net.hooks[key]!) {
      if (seen.has(rule.match)) continue;
      seen.add(rule.match);
      if (!rule.needs.every((need) => haves.has(need))) continue;
      if (rule.ifNo?.some((no) => haves.has(no))) continue;
      if (rule.wants.length > 0 && rule.wants.filter((want) => haves.has(want)).length < rule.minWant)
        continue;
      rules.push(rule);
    }
  rules.push(...net.always);
  return rules.filter((rule) => words >= rule.minWords);
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
