/**
 * Carriers of the offline edition (scripts/offline/carriers.ts): a classic script that
 * registers one file's bytes, or Pagefind's code as a function of the `fetch` and `Worker`
 * it is given, in the registry the browser side reads (src/client/offline/carriers.ts).
 */
import { runInNewContext } from 'node:vm';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBase64 } from '../../src/client/offline/carriers.ts';
import { CARRIER_REGISTRY, carrierPath, withIndexFile } from '../../src/shared/offline-edition.ts';
import { dataCarrier, pagefindCarrier, readDataCarrier } from '../../scripts/offline/carriers.ts';

/** Runs carrier scripts as a browser would (a global `self`), returning the registry. */
function runCarriers(...sources: string[]): Record<string, unknown> {
  const self: Record<string, unknown> = {};
  for (const source of sources) runInNewContext(source, { self, Worker: class {} });
  return self[CARRIER_REGISTRY] as Record<string, unknown>;
}

describe('data carriers', () => {
  it('carry any bytes, under their path, and add to one registry', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 2000 }),
        fc.stringMatching(/^[a-z0-9_./-]{1,40}$/),
        (bytes, path) => {
          const source = dataCarrier(path, bytes);
          expect(readDataCarrier(source)).toEqual({ path, bytes });
          const registry = runCarriers(dataCarrier('other.pf_meta', new Uint8Array([1])), source);
          expect(Object.keys(registry).sort()).toEqual(['other.pf_meta', path].sort());
          expect(decodeBase64(registry[path] as string)).toEqual(bytes);
        },
      ),
      // A path the registry must not take for its prototype (found by this test).
      { numRuns: 200, examples: [[new Uint8Array(), '__proto__']] },
    );
  });

  it('sit at their file’s path plus .js', () => {
    expect(carrierPath('pagefind/index/en_1.pf_index')).toBe('pagefind/index/en_1.pf_index.js');
  });
});

describe('the Pagefind carrier', () => {
  it('runs the module with the fetch it is given and no Worker, one instance per call', async () => {
    const source = await pagefindCarrier(
      'pagefind/pagefind.js',
      `let calls = 0;
       export const hasWorker = () => typeof Worker !== 'undefined';
       export const load = (url) => { calls++; return fetch(url); };
       export const count = () => calls;
       export const base = () => typeof import.meta.url;`,
    );
    const factory = runCarriers(source)['pagefind/pagefind.js'] as (
      fetch: (url: string) => string,
      worker: undefined,
      module: { exports: Record<string, () => unknown> },
    ) => void;
    const instance = (): Record<string, (...a: string[]) => unknown> => {
      const module = { exports: {} as Record<string, () => unknown> };
      factory((url) => `carried ${url}`, undefined, module);
      return module.exports;
    };
    const one = instance();
    const two = instance();
    expect(one.hasWorker!()).toBe(false);
    expect(one.load!('pagefind/x')).toBe('carried pagefind/x');
    expect([one.count!(), two.count!()]).toEqual([1, 0]);
    expect(one.base!()).toBe('undefined');
  });
});

describe('withIndexFile', () => {
  it.each([
    ['', 'index.html'],
    ['articles/x/', 'articles/x/index.html'],
    ['../a/?q=1#p', '../a/index.html?q=1#p'],
    ['file:///e/articles/x/#p', 'file:///e/articles/x/index.html#p'],
    ['favicon.svg', 'favicon.svg'],
    ['search/index.html?q=a/', 'search/index.html?q=a/'],
  ])('%s → %s', (url, expected) => expect(withIndexFile(url)).toBe(expected));
});
