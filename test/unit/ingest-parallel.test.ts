/**
 * The ingest gives the same result however it runs: on the main thread, on worker threads,
 * or from its cache on a rebuild (and a changed file is parsed again).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ingest, ingestSources } from '../../scripts/ingest/pipeline.ts';
import { loadLanguageDetector } from '../../scripts/ingest/language.ts';
import { listInputFiles, readSource } from '../../scripts/ingest/read.ts';
import { FIXTURE_ARCHIVE, SEED } from '../helpers/paths.ts';

const work = mkdtempSync(path.join(os.tmpdir(), 'ingest-parallel-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const inputs = [path.join(work, 'dumps'), path.join(work, 'desk'), path.join(work, 'seed.txt')];
cpSync(path.join(FIXTURE_ARCHIVE, 'dumps'), inputs[0]!, { recursive: true });
cpSync(path.join(FIXTURE_ARCHIVE, 'desk'), inputs[1]!, { recursive: true });
cpSync(SEED, inputs[2]!);

async function reference() {
  const listed = inputs.map((i) => listInputFiles(i));
  const sources = listed.flatMap((l) => l.files).map(readSource);
  const result = ingestSources(sources, { detectLanguage: await loadLanguageDetector() });
  return { ...result, sources, diagnostics: [...listed.flatMap((l) => l.skipped), ...result.diagnostics] };
}

describe('ingest', () => {
  it('gives the same articles, files and diagnostics on worker threads as inline', async () => {
    const expected = await reference();
    const parallel = await ingest({ inputs, workers: 2, minBytesForWorkers: 0 });
    expect(parallel.cachedFiles).toBe(0);
    expect(parallel.articles).toEqual(expected.articles);
    expect(parallel.files).toEqual(expected.files);
    expect(parallel.diagnostics).toEqual(expected.diagnostics);
  });

  it('takes unchanged files from its cache and parses changed ones again', async () => {
    const cacheDir = path.join(work, 'cache');
    const first = await ingest({ inputs, cacheDir, workers: 1 });
    expect(first.cachedFiles).toBe(0);
    const second = await ingest({ inputs, cacheDir, workers: 1 });
    expect(second.cachedFiles).toBe(first.files.length);
    expect(second.articles).toEqual(first.articles);
    expect(second.diagnostics).toEqual(first.diagnostics);

    const seed = inputs[2]!;
    writeFileSync(
      seed,
      readFileSync(seed, 'utf8').replace('Prosecutor General Announces', 'Prosecutor General Warns Of'),
    );
    const third = await ingest({ inputs, cacheDir, workers: 1 });
    expect(third.cachedFiles).toBe(first.files.length - 1);
    expect(third.articles.map((a) => a.frontmatter.title)).toContain(
      'Prosecutor General Warns Of the Danger of a “Breakthrough” of the Tajik-Afghan Border',
    );
    const expected = await reference();
    expect(third.articles).toEqual(expected.articles);
    expect(third.files).toEqual(expected.files);
    expect(third.diagnostics).toEqual(expected.diagnostics);
    // The decoded sources (for the fidelity check) are the files as they are now.
    expect(third.sources.map((s) => s.lines)).toEqual(expected.sources.map((s) => s.lines));
  });
});
