/**
 * The hostile archive: test/fixtures/hostile (markup of every kind as text, scripts of the
 * world, CRLF, BOM, control characters, invalid UTF-8, malformed and missing footers, an
 * empty, a blank, a binary and a UTF-16 file) plus a dump with a 1 MB paragraph, generated here so
 * that the repository does not carry a megabyte of filler.
 */
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { FIXTURES } from './paths.ts';

export const HOSTILE_FIXTURE = path.join(FIXTURES, 'hostile');

/** One sentence of mixed scripts and syntax; the large paragraph repeats it. */
const FILLER = 'Душанбе <b>{x}</b> & 杜尚别 👩‍👩‍👧 import x — دوشنبه [l](javascript:alert(1)) ';

/** The text of a dump whose one article has a paragraph of at least `bytes` UTF-8 bytes. */
export function largeParagraphDump(bytes = 1024 * 1024): string {
  const unit = Buffer.byteLength(FILLER);
  const paragraph = `${FILLER.repeat(Math.ceil(bytes / unit))}The end.`;
  return `A one-megabyte paragraph\n\n${paragraph}\n\u00a0\nSource: Filler Wire\n`;
}

/** Writes the hostile archive into `dir/hostile/` and returns that folder. */
export function writeHostileInput(dir: string): string {
  const target = path.join(dir, 'hostile');
  mkdirSync(target, { recursive: true });
  cpSync(HOSTILE_FIXTURE, target, { recursive: true });
  writeFileSync(path.join(target, 'large-paragraph.txt'), largeParagraphDump());
  return target;
}
