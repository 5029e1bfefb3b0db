/**
 * The build's command line: `npm run build -- [options]`, parsed into explicit
 * `BuildOptions` (every path absolute, every folder of the build's state named).
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { shortHash } from '../../src/shared/hash.ts';

/** The project root (where package.json is). */
export const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');

export const USAGE = `usage: npm run build -- [--input <file-or-folder>]... [--out <dir>] [--base <path>]
                        [--site <url>] [--source <name>] [--config <file>] [--registry <file>]
                        [--only ingest] [--offline] [--no-verify] [--verbose]
                        [--search-shard-pages <n>] [--render-pool-threshold <n>] [--stage-log <file>]`;

export class UsageError extends Error {}

export interface BuildOptions {
  inputs: string[];
  out: string;
  base?: string;
  site?: string;
  source?: string;
  config: string;
  /** The URL registry file the build reads and updates. */
  registry: string;
  only?: 'ingest';
  /**
   * Write the offline edition (scripts/offline/) to `out` (default dist-offline/) and its zip
   * beside it, instead of the hosted site.
   */
  offline: boolean;
  /** Check the built pages against the input (on unless --no-verify). */
  verify: boolean;
  verbose: boolean;
  /** Folder for generated articles (default: content/articles for the built-in corpus). */
  articlesDir: string;
  /** Astro's cache folder. */
  cacheDir: string;
  /** Folder for this output's build state (ingest report, caches). */
  workDir: string;
  builtIn: boolean;
  /** Pages per search index shard (default 1000). */
  searchShardPages?: number;
  /** From this many changed articles on, bodies are rendered on worker threads (default 300). */
  renderPoolThreshold?: number;
  /** File the build appends its stage marks to (for `npm run bench`). */
  stageLog?: string;
}

function positiveInteger(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new UsageError(`--${name} takes a whole number of at least 1, not "${value}"`);
  return n;
}

export function parseCli(argv: string[], cwd = process.cwd()): BuildOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        input: { type: 'string', multiple: true },
        out: { type: 'string' },
        base: { type: 'string' },
        site: { type: 'string' },
        source: { type: 'string' },
        config: { type: 'string' },
        registry: { type: 'string' },
        only: { type: 'string' },
        offline: { type: 'boolean', default: false },
        verify: { type: 'boolean', default: true },
        verbose: { type: 'boolean', default: false },
        'search-shard-pages': { type: 'string' },
        'render-pool-threshold': { type: 'string' },
        'stage-log': { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
      allowPositionals: false,
      allowNegative: true,
      strict: true,
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const v = parsed.values;
  if (v.help) throw new UsageError('');
  if (v.only !== undefined && v.only !== 'ingest')
    throw new UsageError(`--only takes "ingest", not "${v.only}"`);
  const searchShardPages = positiveInteger('search-shard-pages', v['search-shard-pages']);
  const renderPoolThreshold = positiveInteger('render-pool-threshold', v['render-pool-threshold']);
  const builtIn = !v.input || v.input.length === 0;
  const inputs = builtIn ? [path.join(ROOT, 'content/sources')] : v.input!.map((i) => path.resolve(cwd, i));
  const offline = v.offline ?? false;
  if (offline && v.only !== undefined) throw new UsageError('--offline and --only cannot be combined');
  const out = path.resolve(cwd, v.out ?? path.join(ROOT, offline ? 'dist-offline' : 'dist'));
  // Each output folder gets its own work folder, so builds of different archives never
  // share generated files or caches, and a rebuild of the same one is incremental.
  const work = path.join(
    ROOT,
    'node_modules/.cache/news-archive',
    `${path.basename(out)}-${shortHash(out, 8)}`,
  );
  const articlesDir = builtIn && !v.out ? path.join(ROOT, 'content/articles') : path.join(work, 'articles');
  const cacheDir = builtIn && !v.out ? path.join(ROOT, 'node_modules/.astro') : path.join(work, 'astro');
  return {
    inputs,
    out,
    ...(v.base !== undefined ? { base: v.base.endsWith('/') ? v.base : `${v.base}/` } : {}),
    ...(v.site !== undefined ? { site: v.site } : {}),
    ...(v.source !== undefined ? { source: v.source } : {}),
    config: path.resolve(cwd, v.config ?? path.join(ROOT, 'content/site.yaml')),
    // The built-in archive's registry is committed; another archive's lives with its build
    // state unless --registry puts it somewhere to commit.
    registry: v.registry
      ? path.resolve(cwd, v.registry)
      : builtIn
        ? path.join(ROOT, 'content/registry.json')
        : path.join(work, 'registry.json'),
    ...(v.only === 'ingest' ? { only: 'ingest' as const } : {}),
    offline,
    verify: v.verify ?? true,
    verbose: v.verbose ?? false,
    articlesDir,
    cacheDir,
    workDir: work,
    builtIn,
    ...(searchShardPages !== undefined ? { searchShardPages } : {}),
    ...(renderPoolThreshold !== undefined ? { renderPoolThreshold } : {}),
    ...(v['stage-log'] !== undefined ? { stageLog: path.resolve(cwd, v['stage-log']) } : {}),
  };
}
