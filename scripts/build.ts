/**
 * `npm run build [-- options]`: ingest → astro build → search index, then a summary.
 *
 *   --input <file-or-folder>  read these dumps instead of content/sources (repeatable)
 *   --out <dir>               write the site here (default: dist)
 *   --base <path>             serve the site under this path, e.g. /archive/
 *   --site <url>              the URL the site is published at
 *   --source <name>           publisher for articles whose input names none
 *   --config <file>           site config file (default: content/site.yaml)
 *   --registry <file>         URL registry (default: content/registry.json for the built-in
 *                             corpus, else kept per output folder in node_modules/.cache)
 *   --only ingest             stop after writing the article MDX files
 *   --offline                 write the offline edition (default dist-offline/, and dist-offline.zip)
 *   --no-verify               skip the fidelity check of the built pages against the input
 *   --verbose                 show Astro's own log and stack traces
 *   --search-shard-pages <n>  pages per search index shard (default 1000)
 *   --render-pool-threshold <n>  changed articles from which bodies render on worker threads
 *   --stage-log <file>        append each stage's start and end to this file (benchmarks)
 *
 * Everything is built in staging folders and swapped in only when every stage succeeded,
 * so a failed build leaves the previous site and articles as they were. The options are
 * parsed in build/options.ts, the build runs in build/run-build.ts.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { SiteConfigError } from '../src/shared/site-config.ts';
import { parseCli, USAGE, UsageError, type BuildOptions } from './build/options.ts';
import { runBuild } from './build/run-build.ts';
import { FidelityError } from './checks/verify-site.ts';
import { InputError } from './ingest/core/diagnostics.ts';

export { parseCli, runBuild, type BuildOptions };

function describeError(error: unknown, verbose: boolean): string {
  if (
    error instanceof InputError ||
    error instanceof SiteConfigError ||
    error instanceof UsageError ||
    error instanceof FidelityError
  )
    return error.message;
  const err = error as Error;
  if (verbose) return err.stack ?? String(err);
  return `${err.message}\n(run again with --verbose for details)`;
}

async function main(): Promise<void> {
  let options: BuildOptions;
  try {
    options = parseCli(process.argv.slice(2));
  } catch (error) {
    const message = (error as Error).message;
    process.stderr.write(`${message ? `${message}\n` : ''}${USAGE}\n`);
    process.exit(message ? 2 : 0);
  }
  for (const input of options.inputs) {
    if (!existsSync(input)) {
      process.stderr.write(`error: input not found: ${input}\n`);
      process.exit(2);
    }
  }
  try {
    await runBuild(options);
  } catch (error) {
    process.stderr.write(`build failed: ${describeError(error, options.verbose)}\n`);
    process.exit(1);
  }
}

const invokedDirectly =
  process.argv[1] && path.resolve(process.argv[1]) === new URL(import.meta.url).pathname;
if (invokedDirectly) await main();
