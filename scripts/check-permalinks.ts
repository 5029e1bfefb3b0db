/**
 * `npm run check:permalinks [-- --bbc <folder>] [--work <dir>]`: the permalink stability check
 * (scripts/checks/permalink-stability.ts) on the built-in seed dump:
 *
 *   1. the seed as it is;
 *   2. its articles in reverse order;
 *   3. one title corrected ("Dushanbe Host the …" → "Dushanbe Hosts the …");
 *   4. the BBC business folder added;
 *   5. the whole BBC corpus added.
 *
 * Steps 4 and 5 run when the BBC corpus is there (default ../shared/corpora/bbc). Prints,
 * for each step, whether the seed's URLs and paragraph anchors stayed the same and the
 * registry lines that changed; ends with a link check of the last site. Exits 1 on any
 * moved URL or anchor or broken link.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { retitleArticle, reverseDump } from './checks/dump-edits.ts';
import { runStabilityCheck, type StabilityStep } from './checks/permalink-stability.ts';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const SEED = path.join(ROOT, 'content/sources/central-asia-2022-10.txt');

export const CORRECTED_TITLE = {
  from: 'Dushanbe Host the High-Level International Conference on “International and Regional Border Security and Management Cooperation to Counter Terrorism and Prevent the Movement of Terrorists»',
  to: 'Dushanbe Hosts the High-Level International Conference on “International and Regional Border Security and Management Cooperation to Counter Terrorism and Prevent the Movement of Terrorists»',
};

/** The standard steps; the edited dumps are written into `workDir/inputs`. */
export function standardSteps(workDir: string, bbc?: string): StabilityStep[] {
  const inputs = path.join(workDir, 'inputs');
  const seed = readFileSync(SEED, 'utf8');
  const write = (name: string, text: string): string => {
    const file = path.join(inputs, name, 'central-asia-2022-10.txt');
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
    return file;
  };
  const reversed = write('reversed', reverseDump(seed));
  const corrected = write(
    'corrected',
    retitleArticle(reverseDump(seed), CORRECTED_TITLE.from, CORRECTED_TITLE.to),
  );
  const steps: StabilityStep[] = [
    { name: 'the seed', inputs: [SEED] },
    { name: 'its articles reversed', inputs: [reversed] },
    { name: 'one title corrected', inputs: [corrected] },
  ];
  if (bbc && existsSync(bbc)) {
    steps.push({ name: 'the BBC business folder added', inputs: [corrected, path.join(bbc, 'business')] });
    steps.push({ name: 'the whole BBC corpus added', inputs: [corrected, bbc] });
  }
  return steps;
}

/** Shortens a registry line for reading: the signature is cut to its first characters. */
const readable = (line: string): string => line.replace(/("signature":")([^"]{10})[^"]*"/, '$1$2…"');

function main(): void {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: { bbc: { type: 'string' }, work: { type: 'string' } },
  });
  const workDir = path.resolve(
    values.work ?? path.join(ROOT, 'node_modules/.cache/news-archive/check-permalinks'),
  );
  const bbc = path.resolve(values.bbc ?? path.join(ROOT, '../shared/corpora/bbc'));
  const steps = standardSteps(workDir, bbc);
  // The inputs live in the work folder, which the check empties: keep them beside it.
  const report = runStabilityCheck({
    steps,
    workDir: path.join(workDir, 'run'),
    root: ROOT,
    buildArgs: ['--source', 'BBC News'],
  });
  const log = (line = ''): boolean => process.stdout.write(`${line}\n`);
  let failed = false;
  report.steps.forEach((step, i) => {
    log(`${i + 1}. ${step.name}: ${step.articles} articles in the registry`);
    for (const line of step.summary) log(`   ${line}`);
    const ok =
      step.movedUrls.length === 0 && step.movedAnchors.length === 0 && step.missingShortLinks.length === 0;
    failed ||= !ok;
    log(
      `   seed URLs unchanged: ${report.tracked - step.movedUrls.length}/${report.tracked}; ` +
        `anchors unchanged: ${report.tracked - step.movedAnchors.length}/${report.tracked}; ` +
        `short links: ${report.tracked - step.missingShortLinks.length}/${report.tracked}${ok ? '' : '  ← FAILED'}`,
    );
    if (i === 0) return;
    log(`   registry diff: ${step.removed.length} lines removed, ${step.added.length} added`);
    const shown = (lines: string[], sign: string) => {
      for (const l of lines.slice(0, 6)) log(`   ${sign} ${readable(l)}`);
      if (lines.length > 6) log(`   ${sign} … and ${lines.length - 6} more`);
    };
    shown(step.removed, '-');
    shown(step.added, '+');
  });
  log(
    `Link check of the last site: ${report.links.pages} pages, ${report.links.links} internal links, ${report.links.fragments} fragments, ${report.links.problems.length} broken`,
  );
  for (const p of report.links.problems.slice(0, 20)) log(`  ${p.page}: ${p.url} (${p.problem})`);
  if (failed || report.links.problems.length > 0) process.exit(1);
}

const invokedDirectly =
  process.argv[1] && path.resolve(process.argv[1]) === new URL(import.meta.url).pathname;
if (invokedDirectly) main();
