/** Builds a site with the real CLI (`scripts/build.ts`) in a child process. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { ROOT } from './paths.ts';

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * What vitest adds to process.env in its workers (their `import.meta.env` and worker ids). A
 * build started from a test file must not see them: Astro takes an inherited BASE_URL for the
 * site's base, so `BASE_URL=/` from vitest would undo `--base /archive/`.
 */
const VITEST_WORKER_ENV = ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'FORCE_TTY'];

/** The environment of a CLI run: this process's, without vitest's worker additions, plus `env`. */
function cliEnv(env: Record<string, string>): NodeJS.ProcessEnv {
  const inherited = Object.entries(process.env).filter(
    ([key]) => !VITEST_WORKER_ENV.includes(key) && !key.startsWith('VITEST_'),
  );
  return { ...Object.fromEntries(inherited), ...env, ASTRO_TELEMETRY_DISABLED: '1' };
}

export function runCli(args: string[], env: Record<string, string> = {}): CliRun {
  const result = spawnSync(process.execPath, [path.join(ROOT, 'scripts/build.ts'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: cliEnv(env),
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export function buildSite(
  inputs: string[],
  out: string,
  extra: string[] = [],
  env: Record<string, string> = {},
): CliRun {
  const args = [...inputs.flatMap((i) => ['--input', i]), '--out', out, ...extra];
  const run = runCli(args, env);
  if (run.status !== 0) {
    throw new Error(`build of ${out} failed (${run.status}):\n${run.stdout}\n${run.stderr}`);
  }
  return run;
}
