/**
 * Short content hashes in lowercase base 32 (RFC 4648 alphabet, no padding): used for
 * article ids and anchor disambiguation. Deterministic and platform independent.
 */
import { createHash } from 'node:crypto';

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz234567';

export function base32(bytes: Uint8Array, length: number): string {
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5 && out.length < length) {
      out += ALPHABET[(buffer >>> (bits - 5)) & 31];
      bits -= 5;
    }
    buffer &= (1 << bits) - 1;
    if (out.length >= length) break;
  }
  return out;
}

/** The first `length` base-32 characters of the SHA-256 of `text` (UTF-8). */
export function shortHash(text: string, length = 10): string {
  return base32(createHash('sha256').update(text, 'utf8').digest(), length);
}
