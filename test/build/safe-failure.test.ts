/**
 * Safe failure: a build that fails after the ingest (Astro throws, or the fidelity check
 * finds a page that lost a line) leaves the previous site and the previous generated
 * articles exactly as they were, and removes its staging folders. Bad input ends the CLI
 * with a message naming the file, never a stack trace.
 *
 * `astro` is replaced here by a stand-in whose `build` either throws or writes article
 * pages itself, so the orchestration in scripts/build.ts runs for real around it.
 */
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
  mkdirSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { parseCli, runBuild } from '../../scripts/build.ts';
import { FidelityError } from '../../scripts/checks/verify-site.ts';
import { buildSite, runCli } from '../helpers/build-site.ts';
import { articlePageHtml } from '../helpers/article-page.ts';
import { BUILDS, FIXTURE_ARCHIVE } from '../helpers/paths.ts';
import { treeDigest } from '../helpers/site-files.ts';

mkdirSync(BUILDS, { recursive: true });

/** What the stand-in for Astro's `build` is given: the config scripts/build.ts made. */
interface StandInConfig {
  outDir: string;
  integrations: { name: string; hooks: Record<string, unknown> }[];
}
type StandIn = (config: StandInConfig) => Promise<void>;
const astroBuild = vi.hoisted(() => ({ current: undefined as StandIn | undefined }));

vi.mock('astro', () => ({
  build: async (config: StandInConfig) => {
    await astroBuild.current!(config);
  },
}));

/** Writes one page per article MDX file in `articlesDir` (the staged one); `lose` drops its line. */
function writePages(config: StandInConfig, articlesDir: string, lose?: string): void {
  const outDir = config.outDir;
  for (const name of readdirSync(articlesDir).filter((n) => n.endsWith('.mdx'))) {
    const slug = name.replace(/\.mdx$/, '');
    const mdx = readFileSync(path.join(articlesDir, name), 'utf8');
    const title = /^title: (.*)$/m.exec(mdx)![1]!.replace(/^'(.*)'$/, '$1');
    const body = mdx
      .split('\n---\n')[1]!
      .split('\n')
      .filter((l) => l.trim() !== '' && l !== lose)
      .map((l) => `<p>${l}</p>`)
      .join('');
    const footer = /^footer: (.*)$/m.exec(mdx)?.[1];
    mkdirSync(path.join(outDir, 'articles', slug), { recursive: true });
    writeFileSync(path.join(outDir, 'articles', slug, 'index.html'), articlePageHtml(title, body, footer));
  }
}

describe('a build that fails after the ingest', () => {
  const tmp = mkdtempSync(path.join(BUILDS, 'fail-'));
  const input = path.join(tmp, 'dumps');
  const out = path.join(tmp, 'site');
  const options = () => parseCli(['--input', input, '--out', out]);
  let before: { site: Record<string, string>; articles: Record<string, string> };

  beforeAll(() => {
    mkdirSync(input);
    writeFileSync(
      path.join(input, 'news.txt'),
      'First Title\n\nFirst body line.\n\nSecond body line.\n\u00a0\nSource: Wire\n',
    );
    buildSite([input], out);
    before = { site: treeDigest(out), articles: treeDigest(options().articlesDir) };
    // The next build reads a changed input: it would change the site if it got through.
    writeFileSync(
      path.join(input, 'news.txt'),
      'First Title\n\nFirst body line, corrected.\n\nSecond body line.\n\u00a0\nSource: Wire\n',
    );
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  });
  afterAll(() => {
    vi.restoreAllMocks();
    rmSync(options().workDir, { recursive: true, force: true });
    rmSync(tmp, { recursive: true, force: true });
  });

  function expectUnchanged(): void {
    expect(treeDigest(out)).toEqual(before.site);
    expect(treeDigest(options().articlesDir)).toEqual(before.articles);
    expect(existsSync(`${out}.staging`)).toBe(false);
    expect(existsSync(path.join(options().workDir, 'site.staging'))).toBe(false);
    expect(existsSync(`${options().articlesDir}.staging`)).toBe(false);
  }

  it('keeps the previous site and articles when astro build throws', async () => {
    astroBuild.current = async () => {
      throw new Error('simulated failure in astro build');
    };
    await expect(runBuild(options())).rejects.toThrow('simulated failure in astro build');
    expectUnchanged();
  });

  it('keeps them when the fidelity check finds a lost line, and names its file:line', async () => {
    astroBuild.current = async (config) => {
      writePages(config, `${options().articlesDir}.staging`, 'Second body line.');
      const check = config.integrations.find((i) => i.name === 'news-archive-fidelity-check');
      const hook = check!.hooks['astro:build:generated'] as (p: { dir: URL }) => void;
      hook({ dir: pathToFileURL(`${config.outDir}/`) });
    };
    const failure = runBuild(options());
    await expect(failure).rejects.toBeInstanceOf(FidelityError);
    await expect(failure).rejects.toThrow(
      /dumps\/news\.txt:5: input line "Second body line\." is not on articles\/first-title\/index\.html/,
    );
    expectUnchanged();
  });

  it('with --no-verify skips the check and swaps the new site in', async () => {
    astroBuild.current = async (config) =>
      writePages(config, `${options().articlesDir}.staging`, 'Second body line.');
    await runBuild(parseCli(['--input', input, '--out', out, '--no-verify']));
    expect(treeDigest(out)).not.toEqual(before.site);
    expect(readFileSync(path.join(out, 'articles/first-title/index.html'), 'utf8')).toContain('corrected');
  });
});

describe('bad input on the command line', () => {
  it('ends with a message naming the input and no stack trace', () => {
    const tmp = mkdtempSync(path.join(os.tmpdir(), 'news-archive-bad-'));
    try {
      writeFileSync(path.join(tmp, 'empty.txt'), '');
      const empty = runCli(['--input', path.join(tmp, 'empty.txt'), '--out', path.join(tmp, 'site')]);
      expect(empty.status).toBe(1);
      expect(empty.stderr).toMatch(/^build failed: .*empty\.txt: error: no articles found in the input\n$/);
      expect(empty.stdout).toContain('empty.txt: warning: empty file: no articles in it');

      const missing = runCli(['--input', path.join(tmp, 'nowhere.txt'), '--out', path.join(tmp, 'site')]);
      expect(missing.status).toBe(2);
      expect(missing.stderr).toBe(`error: input not found: ${path.join(tmp, 'nowhere.txt')}\n`);

      const unknown = runCli(['--input', FIXTURE_ARCHIVE, '--verfy']);
      expect(unknown.status).toBe(2);
      expect(unknown.stderr).toMatch(/Unknown option '--verfy'/);
      for (const run of [empty, missing, unknown]) expect(run.stderr).not.toMatch(/\n\s+at /);
      expect(existsSync(path.join(tmp, 'site'))).toBe(false);
    } finally {
      rmSync(parseCli(['--out', path.join(tmp, 'site')]).workDir, { recursive: true, force: true });
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});
