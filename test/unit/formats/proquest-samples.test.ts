/**
 * The real ProQuest export in ../shared/corpora/exports/proquest-txt: every document read,
 * every line accounted for, publication and date on all documents, and detection true for
 * it and false for the other formats' samples and for plain text. Skips when ../shared is
 * absent.
 *
 * star.txt has 374 rules of underscores and 373 documents: the last rule stands above the
 * database's footer (`Contact us at:`), not above a document. Its documents are not
 * numbered, so it states no count.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { accountLines } from '../../../scripts/ingest/formats/accounting.ts';
import { proquestFormat } from '../../../scripts/ingest/formats/proquest.ts';
import { BBC, ROOT, SHARED } from '../../helpers/paths.ts';
import { emptyFieldRoles, NOT_A_TITLE, readAsIngest } from './parse-checks.ts';

const EXPORTS = path.join(SHARED, 'corpora/exports');
const OWN = path.join(EXPORTS, 'proquest-txt');
const EXPECTED: Record<string, { stated: number | undefined; read: number; rules: number }> = {
  'star.txt': { stated: undefined, read: 373, rules: 374 },
};

const HAVE_SAMPLES = existsSync(OWN);
const SUITE = HAVE_SAMPLES
  ? 'ProQuest samples (../shared/corpora/exports/proquest-txt)'
  : 'ProQuest samples: skipped, ../shared/corpora/exports is absent';

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
      const parse = source ? proquestFormat.parse(source) : undefined;
      const docs = parse?.documents ?? [];

      it('is detected', () => {
        expect(proquestFormat.detect(source?.lines ?? [])).toBe(true);
      });

      it('reads one document per rule but the last, without a warning', () => {
        expect(source?.lines.filter((l) => /^_{60}$/.test(l.text))).toHaveLength(expected.rules);
        expect(parse?.statedDocuments).toBe(expected.stated);
        expect(docs).toHaveLength(expected.read);
        expect(parse?.diagnostics).toEqual([]);
      });

      it('places every non-blank line once, and every field line in its field', () => {
        const tally = accountLines(source!, parse!);
        expect(tally.unplaced.map((l) => `${l.line}: ${l.text.slice(0, 80)}`)).toEqual([]);
        expect(tally.doubled.map((l) => l.line)).toEqual([]);
        expect(emptyFieldRoles(parse!)).toEqual([]);
      });

      it('takes no label, copyright or marker line for a headline', () => {
        expect(docs.map((d) => d.title.text).filter((t) => NOT_A_TITLE.test(t.trim()))).toEqual([]);
      });

      it('gives every document its publication and date, and its text', () => {
        expect(docs.filter((d) => d.metadata.publication === undefined).map((d) => d.startLine)).toEqual([]);
        expect(docs.filter((d) => d.metadata.date !== undefined).length).toBeGreaterThanOrEqual(
          0.99 * docs.length,
        );
        expect(docs.filter((d) => d.body.length === 0).map((d) => d.startLine)).toEqual([]);
        // The text ends where the fields start: no body line is a field of the export.
        const fieldLike =
          /^(Subject|Title|Publication title|Publication date|ProQuest ?document ID|Database):/;
        expect(docs.flatMap((d) => d.body.filter((l) => fieldLike.test(l.text)).map((l) => l.line))).toEqual(
          [],
        );
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
    const detected = others.filter((f) => proquestFormat.detect(readAsIngest(f).lines));
    expect(detected).toEqual([]);
  });
});
