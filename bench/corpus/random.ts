/**
 * A seeded random source for the corpus generator (pure-rand's xoroshiro128+), so the same
 * seed always gives the same archive on every machine.
 */
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import type { RandomGenerator } from 'pure-rand/types/RandomGenerator';

export class Random {
  readonly #rng: RandomGenerator;

  constructor(seed: number) {
    this.#rng = xoroshiro128plus(seed);
  }

  /** A float in [0, 1). */
  float(): number {
    return uniformFloat64(this.#rng);
  }

  /** An integer in [from, to], both included. */
  int(from: number, to: number): number {
    return uniformInt(this.#rng, from, to);
  }

  /** True with probability `p`. */
  chance(p: number): boolean {
    return this.float() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[this.int(0, items.length - 1)]!;
  }

  /** A normally distributed number (Box–Muller). */
  normal(mean: number, deviation: number): number {
    const u = 1 - this.float();
    const v = this.float();
    return mean + deviation * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }
}

/**
 * Samples indexes 0..n-1 with the Zipf–Mandelbrot law (rank r drawn with weight
 * 1/(r+1+offset)^s): a few items are common, most are rare, as with names in real news
 * text; the offset keeps the most common ones from appearing everywhere.
 */
export class ZipfSampler {
  readonly #cumulative: Float64Array;

  constructor(n: number, exponent: number, offset = 0) {
    if (n < 1) throw new Error('ZipfSampler needs at least one item');
    this.#cumulative = new Float64Array(n);
    let total = 0;
    for (let r = 0; r < n; r++) {
      total += 1 / Math.pow(r + 1 + offset, exponent);
      this.#cumulative[r] = total;
    }
    for (let r = 0; r < n; r++) this.#cumulative[r]! /= total;
  }

  sample(random: Random): number {
    const x = random.float();
    let lo = 0;
    let hi = this.#cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.#cumulative[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
