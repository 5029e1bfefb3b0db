/** Builds a site with the real CLI (`scripts/build.ts`) in a child process. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { ROOT } from './paths.ts';

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], env: Record<string, string> = {}): CliRun {
  const result = spawnSync(process.execPath, [path.join(ROOT, 'scripts/build.ts'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, ...env, ASTRO_TELEMETRY_DISABLED: '1' },
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
