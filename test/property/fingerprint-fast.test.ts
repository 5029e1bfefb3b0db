/**
 * articleSignature hashes words while scanning the text; it must give exactly the signature
 * of the plain rule: hash every word `normalisedWords` finds.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fmix32, rotl } from '../../scripts/ingest/core/mix32.ts';
import { articleSignature, normalisedWords, SIGNATURE_SIZE } from '../../scripts/ingest/fingerprint.ts';

/** The signature written out with `normalisedWords` (the reference rule; the bit mixing is the shared one). */
function referenceSignature(title: string, texts: readonly string[]): Uint8Array {
  const hashWord = (word: string): number => {
    let h = 0x811c9dc5;
    for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
    return fmix32(h);
  };
  const all = [title, ...texts].join('\n');
  let words = normalisedWords(all);
  if (words.length === 0) words = [...all.replace(/\s+/g, '')];
  const hashes = words.map(hashWord);
  const shingles: number[] = [];
  if (hashes.length < 3) {
    let h = 0;
    for (const w of hashes) h = fmix32(rotl(h, 11) ^ w);
    shingles.push(h);
  } else {
    for (let i = 0; i + 3 <= hashes.length; i++) {
      shingles.push(fmix32(hashes[i]! ^ rotl(hashes[i + 1]!, 11) ^ rotl(hashes[i + 2]!, 22)));
    }
  }
  const bins = new Uint32Array(SIGNATURE_SIZE).fill(0xffffffff);
  const filled = new Uint8Array(SIGNATURE_SIZE);
  for (const shingle of shingles) {
    const h = fmix32(shingle ^ 0x9e3779b9);
    filled[h >>> 26] = 1;
    if ((h & 0x3ffffff) < bins[h >>> 26]!) bins[h >>> 26] = h & 0x3ffffff;
  }
  const signature = new Uint8Array(SIGNATURE_SIZE);
  if (!filled.includes(1)) return signature;
  for (let i = 0; i < SIGNATURE_SIZE; i++) {
    let source = i;
    for (let attempt = 1; !filled[source]; attempt++) source = fmix32(i * 0x10001 + attempt) % SIGNATURE_SIZE;
    signature[i] = fmix32(bins[source]! ^ (i << 26)) & 0xff;
  }
  return signature;
}

const PIECES = [
  'Border',
  'talks',
  ' ',
  '\n',
  '.',
  ',',
  '—',
  '2022',
  'İstanbul',
  'Straße',
  'ＦＵＬＬ',
  'é',
  'e\u0301',
  '\u0301',
  '漢字',
  'ひらがな',
  'カタカナ',
  'ー',
  '⺀',
  '〇',
  'Привет',
  'سلام',
  '👩‍👩‍👧',
  '𝐀𝐁',
  'ﬁ',
  '\u00a0',
];

describe('articleSignature', () => {
  it('is the signature of the words normalisedWords finds', () => {
    const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 24 }).map((p) => p.join(''));
    fc.assert(
      fc.property(text, fc.array(text, { maxLength: 3 }), (title, texts) => {
        expect([...articleSignature(title, texts)]).toEqual([...referenceSignature(title, texts)]);
      }),
      { numRuns: 5000 },
    );
  });
});
