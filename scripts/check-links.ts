/**
 * `npm run check:links [-- <site-dir>] [--base <path>] [--site <url>]`: checks every internal
 * link and `#fragment` of a built site (scripts/checks/links.ts). The base path and site URL
 * are read from the home page's canonical link unless given. Exits 1 when a link is broken.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { checkLinks, detectSite, type LinkProblem } from './checks/links.ts';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');

function main(): void {
  let parsed;
  try {
    parsed = parseArgs({
      args: process.argv.slice(2),
      options: { base: { type: 'string' }, site: { type: 'string' } },
      allowPositionals: true,
    });
  } catch (error) {
    process.stderr.write(
      `${(error as Error).message}\nusage: npm run check:links -- [site-dir] [--base <path>] [--site <url>]\n`,
    );
    process.exit(2);
  }
  const siteDir = path.resolve(parsed.positionals[0] ?? path.join(ROOT, 'dist'));
  const detected = detectSite(siteDir);
  const base = parsed.values.base ?? detected.base;
  const site = parsed.values.site ?? detected.site;
  const started = performance.now();
  const result = checkLinks({ siteDir, base, ...(site ? { site } : {}) });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  process.stdout.write(
    `Checked ${result.pages.toLocaleString('en')} pages under ${base}: ${result.links.toLocaleString('en')} internal links, ${result.fragments.toLocaleString('en')} with a #fragment (${seconds} s)\n`,
  );
  if (result.problems.length === 0) {
    process.stdout.write('No broken links.\n');
    return;
  }
  const byProblem = new Map<string, LinkProblem[]>();
  for (const p of result.problems) {
    const key = p.problem.replace(/".*"/, '"…"').replace(/ on \/.*$/, '');
    byProblem.set(key, [...(byProblem.get(key) ?? []), p]);
  }
  process.stdout.write(`${result.problems.length} broken links:\n`);
  for (const [problem, list] of byProblem) {
    process.stdout.write(`  ${problem} (${list.length}):\n`);
    for (const p of list.slice(0, 10)) process.stdout.write(`    ${p.page}: ${p.url} (${p.problem})\n`);
    if (list.length > 10) process.stdout.write(`    … and ${list.length - 10} more\n`);
  }
  process.exit(1);
}

main();
