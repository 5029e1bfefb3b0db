/**
 * A faster match sweep for compromise, with the same results. compromise's tagger ends with
 * a sweep of 570 match rules over each sentence (its `postTagger`); to pick the rules a
 * sentence may need, it walks all 730 hook words and tags of the rules for every sentence
 * (`getHooks`), which was a fifth of the entity pass. This plugin wraps the sweep
 * (`methods.one.bulkMatch`, through compromise's plugin API) and hands it, for each call,
 * only the hooks that some sentence of the call has, in their original order, so each
 * sentence gets the same rules in the same order as before. Importing this module installs
 * it, once, for every use of compromise in the process.
 */
import nlp from 'compromise';

interface Net {
  hooks: Record<string, unknown[]>;
  always: unknown[];
}

interface SweepMethods {
  one: {
    bulkMatch: (docs: unknown[], net: Net, methods: SweepMethods, opts: unknown) => unknown;
    cacheDoc: (docs: unknown[]) => Set<string>[];
  };
}

interface CompromisePlugins {
  methods: () => SweepMethods;
  plugin: (plugin: { methods: Partial<Record<'one', Partial<SweepMethods['one']>>> }) => void;
}

const api = nlp as unknown as CompromisePlugins;
const sweep = api.methods().one.bulkMatch;

/** Per net (compromise builds each once): the order of its hooks. */
const hookOrder = new WeakMap<Net, Map<string, number>>();

/** `net` with only the hooks that a sentence of `caches` (compromise's per-sentence word and tag sets) has. */
export function netFor(net: Net, caches: readonly Set<string>[]): Net {
  let order = hookOrder.get(net);
  if (!order) hookOrder.set(net, (order = new Map(Object.keys(net.hooks).map((k, i) => [k, i]))));
  const present: string[] = [];
  const seen = new Set<string>();
  for (const cache of caches)
    for (const key of cache) {
      if (seen.has(key)) continue;
      seen.add(key);
      if (order.has(key)) present.push(key);
    }
  present.sort((a, b) => order.get(a)! - order.get(b)!);
  const hooks: Record<string, unknown[]> = {};
  for (const key of present) hooks[key] = net.hooks[key]!;
  return { hooks, always: net.always };
}

if (!(sweep as { narrowed?: boolean }).narrowed) {
  const narrowed = Object.assign(
    (docs: unknown[], net: Net, methods: SweepMethods, opts: unknown): unknown =>
      sweep(docs, netFor(net, methods.one.cacheDoc(docs)), methods, opts),
    { narrowed: true },
  );
  api.plugin({ methods: { one: { bulkMatch: narrowed } } });
}
