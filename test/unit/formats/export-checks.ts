/**
 * What the format tests share: a file's lines as the ingest reads them (text through
 * read.ts, DOCX, RTF and HTML through their containers), lines made in a test, the promise
 * behind every parse (every non-blank line placed once; a line that fills a metadata field
 * has its value in that field of that document), and the real samples
 * (../shared/corpora/exports, beside the repository; absent on a user's clone) with the
 * checks every sample file passes and the texts no format may take for its own.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ExportFormat, ExportParse } from '../../../scripts/ingest/core/export-format.ts';
import { accountLines } from '../../../scripts/ingest/formats/accounting.ts';
import { type SourceFile, type SourceLine, sourceFromBytes } from '../../../scripts/ingest/read.ts';
import { BBC, FIXTURES, ROOT, SHARED } from '../../helpers/paths.ts';

/** The hand-written export fixtures. */
export const EXPORT_FIXTURES = path.join(FIXTURES, 'exports');

/** A file as the ingest reads it (BOM, line ends, bad bytes, containers handled by read.ts). */
export function readAsIngest(file: string, displayPath = path.basename(file)): SourceFile {
  return sourceFromBytes({ absPath: file, displayPath }, readFileSync(file));
}

/** A fixture of test/fixtures/exports/, shown by its path there. */
export const fixture = (relative: string): SourceFile =>
  readAsIngest(path.join(EXPORT_FIXTURES, relative), relative);

/** Lines of a small text made in a test, numbered from 1. */
export const linesOf = (text: string): SourceLine[] =>
  text.split('\n').map((t, i) => ({ line: i + 1, text: t }));

/** A source made of lines (a text, or hand-made lines, e.g. with hints). */
export function sourceOfLines(lines: string | SourceLine[], displayPath = 'test.txt'): SourceFile {
  const of = typeof lines === 'string' ? linesOf(lines) : lines;
  return { absPath: `/${displayPath}`, displayPath, lines: of, bytes: 0, diagnostics: [] };
}

/** Field roles whose document lacks the field, as `line: field` strings (none expected). */
export function emptyFieldRoles(parse: ExportParse): string[] {
  const out: string[] = [];
  for (const [line, role] of parse.roles) {
    if (role.kind !== 'field') continue;
    const doc = parse.documents[role.document];
    if (!doc || (role.field !== 'title' && doc.metadata[role.field] === undefined))
      out.push(`${line}: ${role.field}`);
  }
  return out;
}

/** The diagnostics of a parse as `line code: message` strings. */
export const diagnosticLines = (parse: ExportParse): string[] =>
  parse.diagnostics.map((d) => `${d.line ?? '-'} ${d.code}: ${d.message}`);

/** Every non-blank line placed once, every field line filling its field. */
export function expectAccounted(source: Pick<SourceFile, 'lines' | 'displayPath'>, parse: ExportParse): void {
  const tally = accountLines(source, parse);
  const where = source.displayPath;
  expect(
    tally.unplaced.map((l) => `${l.line}: ${l.text.slice(0, 80)}`),
    `${where}: unplaced`,
  ).toEqual([]);
  expect(
    tally.doubled.map((l) => `${l.line}: ${l.text.slice(0, 80)}`),
    `${where}: doubled`,
  ).toEqual([]);
  expect(emptyFieldRoles(parse), `${where}: field lines without their field`).toEqual([]);
}

/** A source parsed by a format, accounted for as every parse must be. */
export function parseAccounted(format: ExportFormat, source: SourceFile): ExportParse {
  const parse = format.parse(source);
  expectAccounted(source, parse);
  return parse;
}

/** The real samples, one folder per format. */
export const EXPORTS = path.join(SHARED, 'corpora/exports');
/** Whether the samples are there (they are not on a user's clone). */
export const HAVE_EXPORTS = existsSync(EXPORTS);
/** What a sample suite's name says when it skips. */
export const SKIP_MESSAGE = `(skipped: the samples folder ${path.relative(ROOT, EXPORTS)} is absent)`;

/** Every sample file, by its path below the exports folder. */
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
  if (HAVE_EXPORTS) walk(EXPORTS);
  return out;
}

/** A sample as the ingest reads it, shown by its path below the exports folder. */
export const sample = (relative: string): SourceFile => readAsIngest(path.join(EXPORTS, relative), relative);

/** Texts that are no export at all: BBC articles and the project's own sources. */
export function plainTexts(): SourceFile[] {
  const files: string[] = [];
  for (const section of ['business', 'politics', 'sport', 'tech']) {
    for (const n of ['001', '002', '003', '004']) files.push(path.join(BBC, section, `${n}.txt`));
  }
  const sources = path.join(ROOT, 'content/sources');
  if (existsSync(sources)) {
    for (const name of readdirSync(sources)) if (name.endsWith('.txt')) files.push(path.join(sources, name));
  }
  return files.filter((f) => existsSync(f)).map((f) => readAsIngest(f, path.relative(ROOT, f)));
}

/** Lines that are never a headline: the formats' labels, markers, copyright and rights lines. */
export const NOT_A_TITLE = new RegExp(
  String.raw`^\s*(?:Body$|Length:|Byline:|Section:|Highlight:|Dateline:|All Rights Reserved|Copyright|` +
    String.raw`Load-Date|End of Document|Classification$|Graphic$|LENGTH:|BYLINE:|SECTION:|LOAD-DATE:|` +
    String.raw`Full text:|Abstract:|Publication info:|Links:|Contact us at:|_{20,}|\d+ of \d+ DOCUMENTS?$|` +
    String.raw`Document\s+\S+$|Document \d+ of \d+$|Dokument\s|\(c\)|©|` +
    String.raw`(?:HD|WC|PD|ET|SN|SC|ED|PG|LA|CY|LP|TD|CO|IN|NS|RE|AN|BY|SE|CLM|CR|ART)\s*$)`,
  'i',
);

/** What a sample file holds. */
export interface SampleExpectation {
  /** The documents in it (as its README or its own count says). */
  documents: number;
  /** The count the export states, when it states one. */
  stated?: number;
  /** Documents left without a date (none printed, none readable); else at most 1 % are. */
  undated?: number;
}

/** The checks every sample file must pass; returns the parse for the format's own checks. */
export function checkSample(
  format: ExportFormat,
  source: SourceFile,
  expected: SampleExpectation,
): ExportParse {
  const where = source.displayPath;
  expect(format.detect(source.lines), `${where}: detected`).toBe(true);
  const parse = format.parse(source);
  expect(parse.documents.length, `${where}: documents`).toBe(expected.documents);
  expect(parse.statedDocuments, `${where}: stated count`).toBe(expected.stated);
  for (const doc of parse.documents) {
    expect(doc.title.text, `${where}:${doc.title.line}: title`).not.toMatch(NOT_A_TITLE);
    expect(doc.title.text.trim(), `${where}:${doc.title.line}: title`).not.toBe('');
    expect(doc.metadata.publication, `${where}:${doc.startLine}: publication`).toBeTruthy();
  }
  const undated = parse.documents.filter((d) => d.metadata.date === undefined).length;
  if (expected.undated !== undefined) expect(undated, `${where}: undated`).toBe(expected.undated);
  else expect(undated, `${where}: undated`).toBeLessThanOrEqual(0.01 * parse.documents.length);
  expectAccounted(source, parse);
  return parse;
}

/** The format takes none of the other samples and none of the plain texts for its own. */
export function expectDetectsOnly(format: ExportFormat, own: readonly string[]): void {
  const others = sampleFiles().filter((f) => !own.includes(f));
  expect(others.length).toBeGreaterThan(5);
  for (const relative of others) expect(format.detect(sample(relative).lines), relative).toBe(false);
  const texts = plainTexts();
  expect(texts.length).toBeGreaterThan(0);
  for (const source of texts) expect(format.detect(source.lines), source.displayPath).toBe(false);
}

/** A format's own checks on one sample file, after the common ones. */
export type SampleCheck = (parse: ExportParse, source: SourceFile, expected: SampleExpectation) => void;

/**
 * The suite every format's samples get: each of its sample files read in full
 * (checkSample, then the format's own `check`), its further tests (`more`), and no other
 * sample and no plain text taken for the format's own. Skips, saying so, when ../shared is
 * absent.
 */
export function describeSamples(
  format: ExportFormat,
  expected: Readonly<Record<string, SampleExpectation>>,
  check?: SampleCheck,
  more?: () => void,
): void {
  describe.skipIf(!HAVE_EXPORTS)(
    `${format.label} on the real samples ${HAVE_EXPORTS ? '' : SKIP_MESSAGE}`,
    () => {
      it.each(Object.entries(expected))('%s: every document read, every line placed', (relative, e) => {
        const source = sample(relative);
        check?.(checkSample(format, source, e), source, e);
      });
      more?.();
      it('does not fire on the other samples or on plain texts', () => {
        expectDetectsOnly(format, Object.keys(expected));
      });
    },
  );
}
