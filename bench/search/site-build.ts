/**
 * The site the search benchmark queries: built from the corpus with the normal CLI
 * (`scripts/build.ts --input … --out …`) into bench/work/, and reused while neither the
 * corpus nor the code that builds the site has changed.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');

/** What the built site depends on, besides the corpus. */
const CODE = ['src', 'scripts', 'astro.config.mjs', 'content/site.yaml', 'package-lock.json'];

function listFiles(entry: string): string[] {
  if (!existsSync(entry)) return [];
  if (!statSync(entry).isDirectory()) return [entry];
  return readdirSync(entry, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((e) => listFiles(path.join(entry, e.name)));
}

/** A fingerprint of the corpus files (path, size, time) and of the code's contents. */
function fingerprint(inputs: readonly string[], extraArgs: readonly string[]): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify(extraArgs));
  for (const file of inputs.flatMap(listFiles)) {
    const stat = statSync(file);
    hash.update(`${file}\0${stat.size}\0${stat.mtimeMs}\n`);
  }
  for (const file of CODE.flatMap((c) => listFiles(path.join(ROOT, c)))) {
    hash.update(`${path.relative(ROOT, file)}\n`).update(readFileSync(file));
  }
  return hash.digest('hex');
}

export interface BenchSite {
  dir: string;
  reused: boolean;
}

/** Builds (or reuses) the site for `inputs`; `extraArgs` go to the build CLI (e.g. `--source`). */
export function benchSite(inputs: readonly string[], extraArgs: readonly string[]): BenchSite {
  const id = createHash('sha256').update(inputs.join('\n')).digest('hex').slice(0, 8);
  const name = path.basename(inputs[0] ?? 'corpus').replace(/[^\w.-]+/g, '_');
  const dir = path.join(ROOT, 'bench/work/search', `${name}-${id}`, 'site');
  const stampFile = `${dir}.stamp`;
  const stamp = fingerprint(inputs, extraArgs);
  if (
    existsSync(path.join(dir, 'pagefind')) &&
    existsSync(stampFile) &&
    readFileSync(stampFile, 'utf8') === stamp
  ) {
    return { dir, reused: true };
  }
  const args = [...inputs.flatMap((i) => ['--input', i]), '--out', dir, ...extraArgs];
  const run = spawnSync(process.execPath, [path.join(ROOT, 'scripts/build.ts'), ...args], {
    cwd: ROOT,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  if (run.status !== 0) throw new Error(`the build of ${inputs.join(', ')} failed (exit ${run.status})`);
  writeFileSync(stampFile, stamp);
  return { dir, reused: false };
}
