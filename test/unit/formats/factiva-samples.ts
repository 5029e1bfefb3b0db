/**
 * The real export samples (../shared/corpora/exports, beside the repository; absent on a
 * user's clone) and the other texts a Factiva format must not take for its own.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { accountLines } from '../../../scripts/ingest/formats/accounting.ts';
import type { ExportFormat, ExportParse } from '../../../scripts/ingest/core/export-format.ts';
import type { SourceFile } from '../../../scripts/ingest/read.ts';
import { BBC, ROOT, SHARED } from '../../helpers/paths.ts';
import { emptyFieldLines, sourceOf } from './factiva-sources.ts';

export const EXPORTS = path.join(SHARED, 'corpora/exports');
export const HAVE_EXPORTS = existsSync(EXPORTS);
export const SKIP_MESSAGE = `(skipped: the samples folder ${path.relative(ROOT, EXPORTS)} is absent)`;

/** Every sample file under the exports folder, by path relative to it. */
export function sampleFiles(): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
      a.name < b.name ? -1 : 1,
    )) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (!/^readme/i.test(entry.name)) out.push(path.relative(EXPORTS, full));
    }
  };
  walk(EXPORTS);
  return out;
}

export const sample = (relative: string): SourceFile => sourceOf(path.join(EXPORTS, relative), relative);

/** Texts that are no export at all: BBC articles and the project's own sources. */
export function plainTexts(): SourceFile[] {
  const files: string[] = [];
  for (const section of ['business', 'politics', 'tech']) {
    for (const n of ['001', '002', '003']) files.push(path.join(BBC, section, `${n}.txt`));
  }
  const sources = path.join(ROOT, 'content/sources');
  if (existsSync(sources)) {
    for (const name of readdirSync(sources)) if (name.endsWith('.txt')) files.push(path.join(sources, name));
  }
  return files.filter((f) => existsSync(f)).map((f) => sourceOf(f, path.relative(ROOT, f)));
}

/** What NOTES.md calls a label, copyright or boilerplate line: never a title. */
export const NOT_A_TITLE =
  /^\s*(Body|Length:|Byline:|All Rights Reserved|Copyright|Section:|Load-Date|End of Document|Document\s+\S+$|Dokument\s|\(c\)|©|[A-Z]{2,3}\s*$)/i;

/** The checks every sample file must pass; returns the figures for the report. */
export function checkSample(format: ExportFormat, source: SourceFile, expected: number): ExportParse {
  expect(format.detect(source.lines), `${source.displayPath}: detected`).toBe(true);
  const parse = format.parse(source);
  expect(parse.documents.length, `${source.displayPath}: documents`).toBe(expected);
  if (parse.statedDocuments !== undefined) expect(parse.statedDocuments).toBe(parse.documents.length);
  for (const doc of parse.documents) {
    expect(doc.title.text, `${source.displayPath}:${doc.title.line}: title`).not.toMatch(NOT_A_TITLE);
    expect(doc.title.text.trim(), `${source.displayPath}:${doc.title.line}: title`).not.toBe('');
    expect(doc.metadata.publication, `${source.displayPath}:${doc.startLine}: publication`).toBeTruthy();
  }
  const dated = parse.documents.filter((d) => d.metadata.date !== undefined).length;
  expect(dated / parse.documents.length, `${source.displayPath}: dated share`).toBeGreaterThanOrEqual(0.99);
  const accounting = accountLines(source, parse);
  expect(accounting.unplaced, `${source.displayPath}: unplaced`).toEqual([]);
  expect(accounting.doubled, `${source.displayPath}: doubled`).toEqual([]);
  expect(emptyFieldLines(parse), `${source.displayPath}: field lines without their field`).toEqual([]);
  return parse;
}
