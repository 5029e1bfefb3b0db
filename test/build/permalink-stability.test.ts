/**
 * Issue 3's "done when", with the real CLI and one URL registry: build the seed, then the
 * seed with its articles reversed, with one title corrected, and — when the BBC corpus is
 * on this machine — with the BBC business folder added, then the whole corpus. The 9 seed
 * URLs, short links and paragraph anchors never change, the corrected article is reported
 * as corrected, and the last site has no broken link.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORRECTED_TITLE, standardSteps } from '../../scripts/check-permalinks.ts';
import { runStabilityCheck } from '../../scripts/checks/permalink-stability.ts';
import { BBC, ROOT } from '../helpers/paths.ts';

const hasBbc = existsSync(BBC);

describe(`permalink stability (seed${hasBbc ? ' and BBC' : ''})`, () => {
  it(
    'keeps every seed URL and anchor through reorder, correction and additions',
    { timeout: 900_000 },
    () => {
      const work = path.join(ROOT, 'test-results/permalink-stability');
      const steps = standardSteps(work, hasBbc ? BBC : undefined);
      const report = runStabilityCheck({
        steps,
        workDir: path.join(work, 'run'),
        root: ROOT,
        buildArgs: ['--source', 'BBC News'],
      });
      expect(report.tracked).toBe(9);
      expect(report.steps).toHaveLength(hasBbc ? 5 : 3);
      for (const step of report.steps) {
        expect(step.movedUrls, step.name).toEqual([]);
        expect(step.movedAnchors, step.name).toEqual([]);
        expect(step.missingShortLinks, step.name).toEqual([]);
      }
      const [seed, reversed, corrected, business, whole] = report.steps;
      expect(seed!.articles).toBe(9);
      // Reordering changes nothing in the registry.
      expect([reversed!.removed, reversed!.added]).toEqual([[], []]);
      // The corrected title is one changed line: same id and slug, new title and hash.
      expect(corrected!.removed).toHaveLength(1);
      expect(corrected!.added).toHaveLength(1);
      const before = JSON.parse(corrected!.removed[0]!) as Record<string, string>;
      const after = JSON.parse(corrected!.added[0]!) as Record<string, string>;
      expect([after.id, after.slug]).toEqual([before.id, before.slug]);
      expect([before.title, after.title]).toEqual([CORRECTED_TITLE.from, CORRECTED_TITLE.to]);
      expect(corrected!.summary.join('\n')).toMatch(
        new RegExp(`Recognised as corrected[^]*${before.id} /articles/${before.slug}/`),
      );
      if (hasBbc) {
        // Adding the business folder only adds lines; then the rest of the corpus likewise.
        // The corpus holds 2,225 files but 2,125 texts (503 of the 510 in business): exact
        // copies are one article each.
        expect(business!.removed).toEqual([]);
        expect(business!.added).toHaveLength(503);
        expect(whole!.removed).toEqual([]);
        expect(whole!.articles).toBe(9 + 2125);
      }
      expect(report.links.problems).toEqual([]);
      expect(report.links.pages).toBeGreaterThan(hasBbc ? 4000 : 20);
    },
  );
});
