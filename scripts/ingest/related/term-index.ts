/**
 * Dense numbers for 32-bit term numbers (terms.ts): the first term seen is 0, the next new
 * one 1, and so on, so that per-term data can live in plain arrays. Open addressing with
 * linear probing on typed arrays: the term numbers are hashes already, so their low bits
 * pick the slot. (A Map would box every term number above 2^30, about three in four.)
 */
export class TermIndex {
  #keys = new Uint32Array(1 << 12);
  /** Dense number + 1 per slot; 0 is an empty slot. */
  #ids = new Int32Array(1 << 12);
  #size = 0;

  /** How many terms have a number. */
  get size(): number {
    return this.#size;
  }

  /** The dense number of `term`, given it when it has none yet. */
  add(term: number): number {
    if (2 * (this.#size + 1) > this.#ids.length) this.#grow();
    const key = term >>> 0;
    const mask = this.#ids.length - 1;
    let slot = key & mask;
    for (;;) {
      const id = this.#ids[slot]!;
      if (id === 0) {
        this.#keys[slot] = key;
        this.#ids[slot] = ++this.#size;
        return this.#size - 1;
      }
      if (this.#keys[slot] === key) return id - 1;
      slot = (slot + 1) & mask;
    }
  }

  /** The dense number of `term`, or -1 when it has none. */
  get(term: number): number {
    const key = term >>> 0;
    const mask = this.#ids.length - 1;
    let slot = key & mask;
    for (;;) {
      const id = this.#ids[slot]!;
      if (id === 0) return -1;
      if (this.#keys[slot] === key) return id - 1;
      slot = (slot + 1) & mask;
    }
  }

  #grow(): void {
    const keys = this.#keys;
    const ids = this.#ids;
    this.#keys = new Uint32Array(keys.length * 2);
    this.#ids = new Int32Array(ids.length * 2);
    const mask = this.#ids.length - 1;
    for (let s = 0; s < ids.length; s++) {
      if (ids[s] === 0) continue;
      let slot = keys[s]! & mask;
      while (this.#ids[slot] !== 0) slot = (slot + 1) & mask;
      this.#keys[slot] = keys[s]!;
      this.#ids[slot] = ids[s]!;
    }
  }
}
