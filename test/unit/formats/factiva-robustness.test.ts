/**
 * Bad input never throws and never loses a line: shuffled pieces of the Factiva layouts
 * (labels, values, hints) and random bytes for the containers, from a fixed seed.
 */
import { describe, expect, it } from 'vitest';
import { accountLines } from '../../../scripts/ingest/formats/accounting.ts';
import { htmlContainer } from '../../../scripts/ingest/formats/containers/html.ts';
import { rtfContainer } from '../../../scripts/ingest/formats/containers/rtf.ts';
import type { ExportFormat } from '../../../scripts/ingest/core/export-format.ts';
import { factivaHtmlFormat } from '../../../scripts/ingest/formats/factiva-html.ts';
import { factivaTextFormat } from '../../../scripts/ingest/formats/factiva-text.ts';
import type { SourceLine } from '../../../scripts/ingest/read.ts';
import { emptyFieldRoles, sourceOfLines } from './export-checks.ts';

function random(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
}

const TEXT_PIECES = [
  'HD', ' HD', '   WC', '808 words', 'PD', '7 April 2000', 'April 2000', 'SN', 'x', 'AN',
  'Document abcdefghijklmnop1234', 'LP', 'TD', ' text', 'HD|a|', '|', 'LA', 'English', 'SC', 'PR',
  'ET', '10:00 GMT', '', 'CO', 'a : b | c', 'IN', 'SE', 'CLM',
]; // prettier-ignore
const HTML_PIECES = [
  '808 words', '13 November 2017', 'Pub', 'CODE', 'English', 'Copyright x', 'Document ABCDEFGHIJKLMNOPQRS',
  'text', '1', '09:30', 'April 2017', 'Deutsch', '', 'By A Writer',
]; // prettier-ignore
const HINTS = [
  '',
  'start:enArticle',
  'enHeadline',
  'author',
  'articleParagraph',
  'copyright',
  'sbSummaryTitle',
];

function check(format: ExportFormat, lines: SourceLine[]): void {
  const source = sourceOfLines(lines);
  format.detect(lines);
  const parse = format.parse(source);
  const accounting = accountLines(source, parse);
  expect(accounting.unplaced, JSON.stringify(lines)).toEqual([]);
  expect(accounting.doubled, JSON.stringify(lines)).toEqual([]);
  expect(emptyFieldRoles(parse), JSON.stringify(lines)).toEqual([]);
}

describe('Factiva formats on bad input', () => {
  it('place every line of shuffled labelled text and of shuffled HTML lines', () => {
    const next = random(20171113);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
    for (let run = 0; run < 400; run++) {
      const n = Math.floor(next() * 40);
      check(
        factivaTextFormat,
        Array.from({ length: n }, (_, i) => ({ line: i + 1, text: pick(TEXT_PIECES) })),
      );
      check(
        factivaHtmlFormat,
        Array.from({ length: n }, (_, i) => {
          const hint = pick(HINTS);
          return { line: i + 1, text: pick(HTML_PIECES), ...(hint ? { hint } : {}) };
        }),
      );
    }
  });

  it('containers read random bytes without throwing', () => {
    const next = random(42);
    const alphabet = [
      0x7b, 0x7d, 0x5c, 0x27, 0x3c, 0x3e, 0x2f, 0x61, 0x75, 0x2d, 0x31, 0x20, 0x0a, 0xff, 0xe9, 0x70,
    ];
    for (let run = 0; run < 300; run++) {
      const bytes = Uint8Array.from(
        { length: Math.floor(next() * 400) },
        () => alphabet[Math.floor(next() * 16)]!,
      );
      for (const container of [htmlContainer, rtfContainer]) {
        container.sniff(bytes);
        const { lines } = container.decode(
          Uint8Array.of(...new TextEncoder().encode('{\\rtf1<html>'), ...bytes),
          'x',
        );
        expect(lines.every((l, i) => l.line === i + 1 && l.text.trim() !== '')).toBe(true);
      }
    }
  });
});
