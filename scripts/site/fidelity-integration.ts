/**
 * The fidelity check (scripts/checks/verify-site.ts) as part of `astro build`: an integration
 * that starts it as soon as Astro has written the pages, and a `finish` the build awaits.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { verifyFidelityStage } from '../checks/verify-site.ts';
import type { IngestResult } from '../ingest/pipeline.ts';

/** A fidelity check that starts as soon as Astro has written the pages. */
export interface FidelityCheckRun {
  /** Add to `astro build`'s integrations: starts the check in `astro:build:generated`. */
  integration: AstroIntegration;
  /**
   * Waits for the check (starting it on `siteDir` if the hook never ran) and gives the
   * tally line and the time the check took; rejects with a FidelityError.
   */
  finish: (siteDir: string) => Promise<{ tally: string; ms: number }>;
}

/**
 * Runs the fidelity check alongside the rest of `astro build`: it starts when the pages
 * are written, so it overlaps the search index, which Pagefind builds in its own process
 * in `astro:build:done`.
 */
export function fidelityCheckRun(
  ingest: Pick<IngestResult, 'sources' | 'articles' | 'eachSource' | 'inputs'>,
  options: {
    /** Marks the check's start and end (the benchmark's stage log). */
    markStage?: (stage: string, event: 'start' | 'end') => void;
    /** Where the check keeps its passing results between builds (fidelity-cache.ts). */
    cacheFile?: string;
  } = {},
): FidelityCheckRun {
  const { markStage = () => undefined, cacheFile } = options;
  let running: Promise<{ tally: string; ms: number }> | undefined;
  const start = (siteDir: string) => {
    const started = performance.now();
    markStage('fidelity check', 'start');
    const run = verifyFidelityStage(siteDir, ingest, cacheFile).then((tally) => {
      markStage('fidelity check', 'end');
      return { tally, ms: performance.now() - started };
    });
    // Handled when `finish` awaits it; until then a failure must not count as unhandled.
    run.catch(() => undefined);
    return run;
  };
  return {
    integration: {
      name: 'news-archive-fidelity-check',
      hooks: {
        'astro:build:generated': ({ dir }) => {
          running = start(fileURLToPath(dir));
        },
      },
    },
    finish: (siteDir) => (running ??= start(siteDir)),
  };
}
