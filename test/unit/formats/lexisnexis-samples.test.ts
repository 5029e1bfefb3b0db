/**
 * The real older LexisNexis exports in ../shared/corpora/exports/lexisnexis-txt: every
 * document read, every line accounted for, publication and date on the documents, and
 * detection true for them and false for the other formats' samples and for plain text.
 * Skips when ../shared is absent.
 *
 * The amcat test files are pieces of many downloads pasted together: their `N of M` lines
 * disagree, so they state no count; what the test expects of them is what the files hold.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { accountLines } from '../../../scripts/ingest/formats/accounting.ts';
import { lexisNexisFormat } from '../../../scripts/ingest/formats/lexisnexis.ts';
import { BBC, ROOT, SHARED } from '../../helpers/paths.ts';
import { emptyFieldRoles, NOT_A_TITLE, readAsIngest } from './parse-checks.ts';

const EXPORTS = path.join(SHARED, 'corpora/exports');
const OWN = path.join(EXPORTS, 'lexisnexis-txt');

interface Expected {
  /** What the separators state (undefined: they disagree). */
  stated: number | undefined;
  /** The documents read: one per separator, less the "error documents" (no headline, no text). */
  read: number;
  /** Documents whose printed date has no day (`January 2009`, `Summer, 2008`): left undated. */
  undated: number;
}
const EXPECTED: Record<string, Expected> = {
  'sample.TXT': { stated: 10, read: 10, undated: 0 },
  'amcat-test2.txt': { stated: 1, read: 1, undated: 0 },
  // `1 of 62` and `Dokument 234 von 456`.
  'amcat-test3.txt': { stated: undefined, read: 2, undated: 0 },
  // 27 separators; `827 of 2087` holds two copyright lines and nothing else.
  'amcat-test.txt': { stated: undefined, read: 26, undated: 2 },
};

const HAVE_SAMPLES = existsSync(OWN);
const SUITE = HAVE_SAMPLES
  ? 'LexisNexis samples (../shared/corpora/exports/lexisnexis-txt)'
  : 'LexisNexis samples: skipped, ../shared/corpora/exports is absent';

function allFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? allFiles(path.join(dir, e.name))
      : /\.md$/i.test(e.name)
        ? []
        : [path.join(dir, e.name)],
  );
}

describe.skipIf(!HAVE_SAMPLES)(SUITE, () => {
  for (const [name, expected] of Object.entries(EXPECTED)) {
    describe(name, () => {
      const source = HAVE_SAMPLES ? readAsIngest(path.join(OWN, name)) : undefined;
      const parse = source ? lexisNexisFormat.parse(source) : undefined;
      const docs = parse?.documents ?? [];

      it('is detected', () => {
        expect(lexisNexisFormat.detect(source?.lines ?? [])).toBe(true);
      });

      it('reads every document the export holds', () => {
        expect(parse?.statedDocuments).toBe(expected.stated);
        expect(docs).toHaveLength(expected.read);
        if (expected.stated !== undefined) expect(docs).toHaveLength(expected.stated);
      });

      it('places every non-blank line once, and every field line in its field', () => {
        const tally = accountLines(source!, parse!);
        expect(tally.unplaced.map((l) => `${l.line}: ${l.text}`)).toEqual([]);
        expect(tally.doubled.map((l) => l.line)).toEqual([]);
        expect(emptyFieldRoles(parse!)).toEqual([]);
      });

      it('takes no label, copyright or marker line for a headline', () => {
        expect(docs.map((d) => d.title.text).filter((t) => NOT_A_TITLE.test(t.trim()))).toEqual([]);
      });

      it('gives every document its publication, and a date to all but those printed without a day', () => {
        expect(docs.filter((d) => d.metadata.publication === undefined).map((d) => d.startLine)).toEqual([]);
        const undated = docs.filter((d) => d.metadata.date === undefined);
        expect(undated).toHaveLength(expected.undated);
        // ≥ 99% dated where every date the export prints has its day.
        if (expected.undated === 0)
          expect(docs.length - undated.length).toBeGreaterThanOrEqual(0.99 * docs.length);
        const noDayWarnings = parse!.diagnostics.filter((d) => d.message.includes('states no day'));
        expect(noDayWarnings).toHaveLength(expected.undated);
      });
    });
  }

  it('is not detected in the other samples, in BBC articles or in content/sources', () => {
    const others = [
      ...allFiles(EXPORTS).filter((f) => !f.startsWith(OWN + path.sep)),
      ...['business/001.txt', 'politics/001.txt', 'tech/001.txt'].map((f) => path.join(BBC, f)),
      ...readdirSync(path.join(ROOT, 'content/sources')).map((f) => path.join(ROOT, 'content/sources', f)),
    ].filter((f) => existsSync(f));
    expect(others.length).toBeGreaterThan(10);
    const detected = others.filter((f) => lexisNexisFormat.detect(readAsIngest(f).lines));
    expect(detected).toEqual([]);
  });
});
