import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FidelityCache } from '../../scripts/checks/fidelity-cache.ts';
import { inputLinesOf } from '../../scripts/checks/input-lines.ts';
import { verifySiteFidelity, type FidelityInput } from '../../scripts/checks/verify-site.ts';
import { ingestSources } from '../../scripts/ingest/pipeline.ts';
import { articlePath } from '../../src/shared/urls.ts';
import { renderIngestedArticle } from '../helpers/article-page.ts';
import { sourceFromText } from '../helpers/ingest.ts';

const DUMP = [
  'First Title',
  '',
  'A first paragraph that the page must show.',
  '\u00a0',
  'Source: Gazette',
  '',
  'Second Title',
  'Only paragraph of the second article.',
  '\u00a0',
  'Copyright (c) 2020. Wire, Inc.',
].join('\n');

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'fidelity-cache-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A built "site" of the dump's article pages, and what the check is given of the input. */
function site() {
  const source = sourceFromText(DUMP, 'dumps/d.txt');
  const result = ingestSources([source]);
  const siteDir = path.join(dir, 'site');
  const pages: string[] = [];
  for (const a of result.articles) {
    const page = path.join(siteDir, articlePath(a.frontmatter.slug), 'index.html');
    mkdirSync(path.dirname(page), { recursive: true });
    writeFileSync(page, renderIngestedArticle(a));
    pages.push(page);
  }
  const refs = result.articles.map((a) => ({ slug: a.frontmatter.slug, ...a.frontmatter.provenance }));
  let decoded = 0;
  const inputs = (): FidelityInput[] => [
    {
      file: source.displayPath,
      bytes: new TextEncoder().encode(DUMP),
      lines: () => {
        decoded++;
        return inputLinesOf(source);
      },
    },
  ];
  return { siteDir, pages, refs, inputs, decoded: () => decoded };
}

describe('the fidelity check with its cache', () => {
  it('reuses a passing file check only while the input and its pages are the same bytes', async () => {
    const { siteDir, pages, refs, inputs, decoded } = site();
    const file = path.join(dir, 'fidelity-cache.json');
    const check = async () => {
      const cache = new FidelityCache(file);
      const report = await verifySiteFidelity(siteDir, inputs(), refs, { cache });
      cache.save();
      return report;
    };

    const first = await check();
    expect(first.problems).toEqual([]);
    expect(first.pages).toBe(2);
    expect(decoded()).toBe(1);

    // The same input and pages: the stored result, without decoding the input again.
    expect(await check()).toEqual(first);
    expect(decoded()).toBe(1);

    // A page that lost a paragraph is checked again, and its problem is not kept.
    const html = readFileSync(pages[0]!, 'utf8');
    writeFileSync(pages[0]!, html.replaceAll('A first paragraph that the page must show.', ''));
    for (const run of [1, 2]) {
      const report = await check();
      expect(report.linesLost, `run ${run}`).toBe(1);
      expect(report.problems.map((p) => p.kind)).toContain('lost');
    }
    expect(decoded()).toBe(3);
  });
});
