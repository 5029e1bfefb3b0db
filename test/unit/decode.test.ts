import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../scripts/ingest/decode.ts';
import { decodeSource, looksBinary } from '../../scripts/ingest/read.ts';
import { FIXTURE_ARCHIVE } from '../helpers/paths.ts';

describe('decode', () => {
  it('decodes valid UTF-8 as is and strips a BOM', () => {
    const r = decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, 0x41, 0xc3, 0xa9]));
    expect(r).toEqual({ text: 'Aé', hadBom: true, invalidBytes: [] });
  });

  it('decodes a stray Latin-1 byte as Windows-1252 and reports its line', () => {
    const bytes = readFileSync(`${FIXTURE_ARCHIVE}/desk/tech/002.txt`);
    const r = decodeBytes(bytes);
    expect(r.text).toContain('fell to £5 a month');
    expect(r.invalidBytes).toEqual([{ line: 3, byte: 0xa3, decodedAs: '£' }]);
  });

  it('keeps valid multi-byte characters next to invalid bytes', () => {
    const r = decodeBytes(new Uint8Array([0xe2, 0x80, 0x9c, 0x93, 0xe2, 0x80, 0x9d]));
    expect(r.text).toBe('““”');
    expect(r.invalidBytes).toHaveLength(1);
  });

  it('reports removed control characters with their line', () => {
    const source = decodeSource(
      { absPath: '/x', displayPath: 'x.txt' },
      new TextEncoder().encode('Title\n\nA\u0000B\u0007C\n'),
    );
    expect(source.lines[2]!.text).toBe('ABC');
    expect(source.diagnostics).toEqual([
      expect.objectContaining({ file: 'x.txt', line: 3, message: expect.stringContaining('U+0000') }),
    ]);
  });

  it('tells binary data from text', () => {
    expect(looksBinary(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]))).toBe(true);
    expect(looksBinary(new TextEncoder().encode('Plain text\nwith lines\n'))).toBe(false);
  });
});
