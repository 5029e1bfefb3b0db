/**
 * The CBOR inside Pagefind's index files, decoded and encoded with cbor-x.
 *
 * Pagefind (minicbor, from Rust structs) writes only definite-length arrays, integers with
 * the shortest head and text strings. cbor-x writes the same bytes for the same plain JS
 * values — arrays, safe integers, strings — once its own extensions are off: no records
 * (object structures), no string bundling or packing, no tagged typed arrays. Tests check
 * this byte for byte against Pagefind's own files (test/unit/pagefind-format.test.ts and the
 * contract test, test/build/pagefind-contract.test.ts).
 */
import { Encoder } from 'cbor-x';

/** What Pagefind's CBOR holds once decoded: integers, strings and arrays of them. */
export type Cbor = number | string | Cbor[];

const codec = new Encoder({
  useRecords: false,
  mapsAsObjects: true,
  bundleStrings: false,
  pack: false,
  tagUint8Array: false,
  structuredClone: false,
});

/** The value of one CBOR item (the whole of `bytes`). */
export function decodeCbor(bytes: Uint8Array): unknown {
  return codec.decode(bytes) as unknown;
}

/** The CBOR bytes of a value, as minicbor writes them. */
export function encodeCbor(value: Cbor): Uint8Array {
  return codec.encode(value);
}
