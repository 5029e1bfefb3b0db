/**
 * The "moved" fixture site: the seed built under /archive/, then built again after one
 * article was renamed on purpose (`npm run registry -- rename`) and another was dropped from
 * the input. It has a redirect at the old slug, a withdrawn page and short links.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { dumpArticles, joinDump } from '../../scripts/checks/dump-edits.ts';
import { runRegistryCommand } from '../../scripts/registry.ts';
import { buildSite, type CliRun } from './build-site.ts';
import { SEED } from './paths.ts';

export const MOVED = {
  base: '/archive/',
  renamedFrom: 'tajikistan-wages-renewed-crackdown-on-independent-journalists-bloggers',
  renamedTo: 'tajikistan-crackdown',
  withdrawnTitle: 'China In Eurasia Briefing: Xi Eyes Security And Superpower Status',
  withdrawnSlug: 'china-in-eurasia-briefing-xi-eyes-security-and-superpower-status',
};

/** The dump without the article whose title line is `title`. */
function dropArticle(text: string, title: string): string {
  const articles = dumpArticles(text);
  const kept = articles.filter((a) => a.split('\n', 1)[0]!.trim() !== title);
  if (kept.length === articles.length) throw new Error(`no article titled "${title}" in the dump`);
  return joinDump(kept);
}

/**
 * Builds the moved site into `<dir>/moved`; returns its folder, its registry file, the input
 * of its second build and that build's run.
 */
export function buildMovedSite(dir: string): { site: string; registry: string; input: string; run: CliRun } {
  const site = path.join(dir, 'moved');
  const registry = path.join(dir, 'moved-registry.json');
  const args = ['--base', MOVED.base, '--registry', registry];
  buildSite([SEED], site, args);
  runRegistryCommand(['rename', MOVED.renamedFrom, MOVED.renamedTo, '--registry', registry]);
  const input = path.join(dir, 'moved-input', 'central-asia-2022-10.txt');
  mkdirSync(path.dirname(input), { recursive: true });
  writeFileSync(input, dropArticle(readFileSync(SEED, 'utf8'), MOVED.withdrawnTitle));
  const run = buildSite([input], site, args);
  return { site, registry, input, run };
}
