/**
 * Exact copies merged into one article (scripts/ingest/merge-copies.ts), built with the real
 * CLI: the same story in two folders, laid out differently, is one page listing both
 * places, and the address an earlier build published for the second copy redirects to it.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentId } from '../../scripts/ingest/enrich.ts';
import { ingestSources } from '../../scripts/ingest/pipeline.ts';
import { formatRegistry, parseRegistry } from '../../scripts/ingest/registry-file.ts';
import { checkRegistry } from '../../scripts/ingest/registry.ts';
import { buildSite } from '../helpers/build-site.ts';
import { sourceFromText } from '../helpers/ingest.ts';
import { ROOT } from '../helpers/paths.ts';

const STORY = [
  'Ferry Service Resumes After Storm',
  '',
  'The harbour authority said the first ferry left at dawn, three days after the storm closed the port.',
  '',
  'Passengers queued from midnight. Traders said the closure had cost them a week of sales.',
];
/** The same text with its second paragraph broken over two lines and extra spaces. */
const COPY = [
  'Ferry Service Resumes After Storm',
  '',
  'The harbour authority said the first ferry left at dawn,  three days after the storm closed the port.',
  '',
  'Passengers queued from midnight.',
  'Traders said the closure had cost them a week of sales.',
];
const OTHER = [
  'Council Approves New Library',
  '',
  'The council voted nine to two for the plan on a site by the river.',
];

describe('exact copies merged into one article', () => {
  const work = path.join(ROOT, 'test-results', `merged-copies-${process.pid}`);
  const input = path.join(work, 'input');
  const out = path.join(work, 'site');
  const registryFile = path.join(work, 'registry.json');
  let log = '';
  let keptSlug = '';
  let copy = { id: '', slug: '' };

  beforeAll(() => {
    rmSync(work, { recursive: true, force: true });
    for (const [folder, lines] of [
      ['local', STORY],
      ['regional', COPY],
      ['regional-other', OTHER],
    ] as const) {
      mkdirSync(path.join(input, folder), { recursive: true });
      writeFileSync(path.join(input, folder, 'story.txt'), `${lines.join('\n')}\n`);
    }
    // The registry an earlier build wrote, when the copy was an article of its own: a salted
    // id and a suffixed slug.
    const first = ingestSources([sourceFromText(STORY.join('\n'), 'local/story.txt')]);
    const entry = first.registry.registry.entries[0]!;
    keptSlug = entry.slug;
    const id = contentId(first.articles[0]!.article, 2);
    copy = { id, slug: `${entry.slug}-${id.slice(0, 6)}` };
    writeFileSync(registryFile, formatRegistry(checkRegistry([entry, { ...entry, ...copy }])));
    const run = buildSite([input], out, ['--registry', registryFile]);
    log = `${run.stdout}\n${run.stderr}`;
  }, 120_000);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  const html = (page: string): string => readFileSync(path.join(out, page, 'index.html'), 'utf8');

  it('publishes one page that lists every place the text was found', () => {
    expect(log).toMatch(/1 exact copy \(the same text, white space aside\) merged/);
    expect(log).toMatch(/Fidelity: .* 0 lost/);
    const page = html(`articles/${keptSlug}`);
    expect(page).toMatch(/From <code>input\/local\/story\.txt<\/code>/);
    expect(page).toMatch(/Also in <code>input\/regional\/story\.txt<\/code>, lines 1–6/);
  });

  it("redirects the copy's earlier addresses to that page, and records why in the registry", () => {
    const target = new RegExp(`http-equiv="refresh" content="0; url=/articles/${keptSlug}/"`);
    expect(html(`articles/${copy.slug}`)).toMatch(target);
    expect(html(`a/${copy.id}`)).toMatch(target);
    const registry = parseRegistry(readFileSync(registryFile, 'utf8'), registryFile);
    expect(registry.entries.find((e) => e.id === copy.id)).toMatchObject({
      status: 'merged',
      slug: copy.slug,
    });
    expect(log).toContain(`${copy.id} /articles/${copy.slug}/ → /a/`);
  });
});
