/**
 * The real Nexis Uni exports in ../shared/corpora/exports (TXT and DOCX): every stated
 * document read, every line accounted for, and detection true for them and false for the
 * other formats' samples and for plain text dumps. Skips when ../shared is absent.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { accountLines } from '../../../scripts/ingest/formats/accounting.ts';
import { docxContainer } from '../../../scripts/ingest/formats/containers/docx.ts';
import { nexisUniFormat } from '../../../scripts/ingest/formats/nexis-uni.ts';
import type { SourceFile } from '../../../scripts/ingest/read.ts';
import { sourceFromBytes } from '../../../scripts/ingest/read.ts';
import { BBC, ROOT, SHARED } from '../../helpers/paths.ts';

const EXPORTS = path.join(SHARED, 'corpora/exports');
const TXT = path.join(EXPORTS, 'nexis-uni-txt');
const DOCX = path.join(EXPORTS, 'nexis-uni-docx');

/** The documents in each sample, as the corpus README and the files' covers state them. */
const EXPECTED: Record<string, number> = {
  'LN47_2017_4.txt': 30,
  'LN46_2018_6.txt': 12,
  'LN_2021_8.txt': 79,
  'LN13_2019_2.txt': 100,
  'guardian1.docx': 2,
  'guardian2.docx': 1,
  'usa-today.docx': 7,
  'sample.DOCX': 10,
};

/** Lines that are never a headline: labels, markers, copyright and rights lines. */
const NOT_A_TITLE =
  /^(Body|Length:|Byline:|Section:|Highlight:|Dateline:|All Rights Reserved|Copyright|Load-Date|End of Document|Classification|Graphic)/i;

/** A sample as the ingest reads it: text through read.ts, DOCX through the container. */
function read(file: string): SourceFile {
  const bytes = readFileSync(file);
  const displayPath = path.relative(EXPORTS, file);
  if (docxContainer.sniff(bytes)) {
    const { lines, diagnostics } = docxContainer.decode(bytes, displayPath);
    return { absPath: file, displayPath, lines, bytes: bytes.length, diagnostics };
  }
  return sourceFromBytes({ absPath: file, displayPath }, bytes);
}

const listFiles = (dir: string): string[] =>
  readdirSync(dir)
    .filter((f) => !/^readme/i.test(f))
    .map((f) => path.join(dir, f));

const HAVE_SAMPLES = existsSync(EXPORTS);
const SUITE = HAVE_SAMPLES
  ? 'Nexis Uni samples (../shared/corpora/exports)'
  : 'Nexis Uni samples: skipped, ../shared/corpora/exports is absent';

describe.skipIf(!HAVE_SAMPLES)(SUITE, () => {
  // Listed only when present: a skipped suite is still collected.
  const own = HAVE_SAMPLES ? [...listFiles(TXT), ...listFiles(DOCX)] : [];

  it.each(own.map((f) => [path.basename(f), f]))('%s: read in full', (name, file) => {
    const source = read(file);
    expect(source.lines.length).toBeGreaterThan(0);
    expect(nexisUniFormat.detect(source.lines)).toBe(true);
    const parse = nexisUniFormat.parse(source);
    const expected = EXPECTED[name];
    expect(expected, `no expected count for ${name}`).toBeDefined();
    expect(parse.documents).toHaveLength(expected!);
    if (parse.statedDocuments !== undefined) expect(parse.statedDocuments).toBe(parse.documents.length);
    expect(parse.diagnostics.filter((d) => d.code === 'document-count')).toEqual([]);

    const titles = parse.documents.map((d) => d.title.text.trim());
    expect(titles.filter((t) => NOT_A_TITLE.test(t) || t === '')).toEqual([]);
    const dated = parse.documents.filter((d) => d.metadata.date).length;
    expect(dated / parse.documents.length).toBeGreaterThanOrEqual(0.99);
    expect(parse.documents.filter((d) => !d.metadata.publication).map((d) => d.title.line)).toEqual([]);

    const tally = accountLines(source, parse);
    expect(tally.unplaced.map((l) => `${l.line}: ${l.text}`)).toEqual([]);
    expect(tally.doubled.map((l) => `${l.line}: ${l.text}`)).toEqual([]);
    // A field role is only given where the field holds a value.
    for (const [, role] of parse.roles) {
      if (role.kind !== 'field' || role.field === 'title') continue;
      expect(parse.documents[role.document]!.metadata[role.field], `${name}: ${role.field}`).toBeDefined();
    }
  });

  it('reads the first document of each file right after its cover page', () => {
    for (const file of own) {
      const source = read(file);
      const parse = nexisUniFormat.parse(source);
      const firstTitle = parse.documents[0]!.title;
      // Everything before the first headline is cover page (or blank).
      for (const l of source.lines) {
        if (l.line >= firstTitle.line || l.text.trim() === '') continue;
        expect(parse.roles.get(l.line), `${path.basename(file)}:${l.line}`).toEqual({
          kind: 'block',
          block: 'cover',
        });
      }
    }
  });

  it('does not fire on the other formats, plain text dumps or the project seed', () => {
    const others = readdirSync(EXPORTS, { withFileTypes: true })
      .filter((d) => d.isDirectory() && !d.name.startsWith('nexis-uni'))
      .flatMap((d) => listFiles(path.join(EXPORTS, d.name)));
    const bbc = ['business/001.txt', 'politics/002.txt', 'sport/003.txt', 'tech/004.txt']
      .map((f) => path.join(BBC, f))
      .filter((f) => existsSync(f));
    const seeds = listFiles(path.join(ROOT, 'content/sources')).filter((f) => /\.txt$/i.test(f));
    const negatives = [...others, ...bbc, ...seeds];
    expect(negatives.length).toBeGreaterThan(5);
    for (const file of negatives) {
      expect(nexisUniFormat.detect(read(file).lines), path.relative(SHARED, file)).toBe(false);
    }
  });
});
