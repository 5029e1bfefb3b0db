/**
 * The permalink stability check: builds an archive several times with the real CLI, each
 * time with its input changed the way an editor would change it, all against one URL
 * registry, and compares every article's URL and block anchors with the first build.
 *
 * The standard run (`npm run check:permalinks`) is the one issue 3 asks for: the seed dump,
 * then the seed with its articles reversed, then with one title corrected, then with the BBC
 * business folder added (then the whole BBC corpus, when it is there). Each step reports the
 * registry lines that changed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { BODY_CLASS } from '../../src/shared/page-markers.ts';
import { readRegistry } from '../ingest/registry-file.ts';
import { checkLinks, type LinkCheckResult } from './links.ts';

export interface StabilityStep {
  /** What changed, for the report. */
  name: string;
  /** Input files and folders of this build. */
  inputs: string[];
}

export interface StepReport {
  name: string;
  /** The build's own summary of the registry (its "URL registry" lines). */
  summary: string[];
  /** Registry lines removed and added since the previous step (one line per article). */
  removed: string[];
  added: string[];
  /** Articles of the first build whose URL differs from the first build's. */
  movedUrls: string[];
  /** Articles of the first build whose block anchors differ from the first build's. */
  movedAnchors: string[];
  /** Articles of the first build whose short link /a/<id>/ is missing. */
  missingShortLinks: string[];
  articles: number;
}

export interface StabilityReport {
  /** Articles of the first build, tracked through every step. */
  tracked: number;
  steps: StepReport[];
  links: LinkCheckResult;
}

export interface StabilityOptions {
  steps: StabilityStep[];
  /** Work folder (emptied first): the site, the registry and the build logs go here. */
  workDir: string;
  /** Project root, where scripts/build.ts lives. */
  root: string;
  /** Extra build options (e.g. `--source "BBC News"`). */
  buildArgs?: string[];
}

function collectIds(node: Root | RootContent, into: string[]): void {
  if (node.type === 'element') {
    const el = node as Element;
    const id = el.properties.id;
    if (typeof id === 'string') into.push(id);
  }
  if ('children' in node) for (const child of node.children) collectIds(child, into);
}

/** The block anchors of an article page: ids of everything inside `.article-body`, in order. */
export function articleAnchors(html: string): string[] {
  const tree = fromHtml(html);
  const find = (node: Root | RootContent): Element | undefined => {
    if (node.type === 'element') {
      const className = node.properties.className;
      if (Array.isArray(className) && className.includes(BODY_CLASS)) return node;
    }
    if ('children' in node) {
      for (const child of node.children) {
        const found = find(child);
        if (found) return found;
      }
    }
    return undefined;
  };
  const body = find(tree);
  const ids: string[] = [];
  if (body) for (const child of body.children) collectIds(child, ids);
  return ids;
}

function registryLines(file: string): Set<string> {
  if (!existsSync(file)) return new Set();
  return new Set(
    readFileSync(file, 'utf8')
      .split('\n')
      .filter((l) => l.includes('"id":'))
      .map((l) => l.trim().replace(/,$/, '')),
  );
}

/** Runs the builds and compares each with the first. */
export function runStabilityCheck(options: StabilityOptions): StabilityReport {
  rmSync(options.workDir, { recursive: true, force: true });
  mkdirSync(options.workDir, { recursive: true });
  const site = path.join(options.workDir, 'site');
  const registryFile = path.join(options.workDir, 'registry.json');
  const steps: StepReport[] = [];
  let first: Map<string, { slug: string; anchors: string[] }> | undefined;
  let previousLines = new Set<string>();

  options.steps.forEach((step, i) => {
    const args = [
      path.join(options.root, 'scripts/build.ts'),
      ...step.inputs.flatMap((input) => ['--input', input]),
      '--out',
      site,
      '--registry',
      registryFile,
      ...(options.buildArgs ?? []),
    ];
    const run = spawnSync(process.execPath, args, {
      cwd: options.root,
      encoding: 'utf8',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
      maxBuffer: 256 * 1024 * 1024,
    });
    writeFileSync(path.join(options.workDir, `build-${i + 1}.log`), `${run.stdout}\n${run.stderr}`);
    if (run.status !== 0)
      throw new Error(`build ${i + 1} (${step.name}) failed:\n${run.stdout}\n${run.stderr}`);
    writeFileSync(path.join(options.workDir, `registry-${i + 1}.json`), readFileSync(registryFile));

    const registry = readRegistry(registryFile);
    const now = new Map<string, { slug: string; anchors: string[] }>();
    for (const entry of registry.entries) {
      if (first && !first.has(entry.id)) continue;
      const page = path.join(site, 'articles', entry.slug, 'index.html');
      now.set(entry.id, {
        slug: entry.slug,
        anchors: existsSync(page) ? articleAnchors(readFileSync(page, 'utf8')) : [],
      });
    }
    first ??= now;
    const lines = registryLines(registryFile);
    const summary: string[] = [];
    const out = run.stdout.split('\n');
    const at = out.findIndex((l) => l.startsWith('URL registry'));
    if (at !== -1)
      for (let j = at; j < out.length && (j === at || out[j]!.startsWith('  ')); j++) summary.push(out[j]!);
    steps.push({
      name: step.name,
      summary,
      removed: [...previousLines].filter((l) => !lines.has(l)).sort(),
      added: [...lines].filter((l) => !previousLines.has(l)).sort(),
      movedUrls: [...first.keys()].filter((id) => now.get(id)?.slug !== first!.get(id)!.slug),
      movedAnchors: [...first.keys()].filter(
        (id) => JSON.stringify(now.get(id)?.anchors) !== JSON.stringify(first!.get(id)!.anchors),
      ),
      missingShortLinks: [...first.keys()].filter(
        (id) => !existsSync(path.join(site, 'a', id, 'index.html')),
      ),
      articles: registry.entries.length,
    });
    previousLines = lines;
  });
  return { tracked: first?.size ?? 0, steps, links: checkLinks({ siteDir: site, base: '/' }) };
}
