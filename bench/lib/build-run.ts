/**
 * Runs `npm run build` (scripts/build.ts) as a child process, exactly as a user would, and
 * measures it: wall time and peak memory of the whole process tree, per stage (from the
 * stage marks the build writes with --stage-log) and overall.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { parseStageLog } from '../../scripts/build/stage-log.ts';
import { cpuBetween, peakBetween, TreeMemorySampler, type MemorySample } from './process-tree.ts';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');

export interface StageMeasure {
  stage: string;
  ms: number;
  /** Peak RSS of the process tree while the stage ran (bytes). */
  peakRss: number;
  /** Start, in ms after the build started. */
  startMs: number;
  /** CPU time of the process tree during the stage (all cores), ms. */
  cpuMs: number;
  /** Of it, kernel time (system calls: creating and writing files, mapping memory), ms. */
  sysMs?: number;
}

export interface BuildMeasure {
  ms: number;
  /** CPU time of the whole process tree (all cores), ms. */
  cpuMs: number;
  /** Of it, kernel time, ms. */
  sysMs?: number;
  peakRss: number;
  /** RSS per process name at the peak. */
  peakByProcess: Record<string, number>;
  stages: StageMeasure[];
  /** Articles and pages the build reported. */
  articles?: number;
  pages?: number;
  /** The build's own stage table, as printed. */
  stageTable: string;
}

export interface BuildRunOptions {
  args: string[];
  /** Where the build's output goes (also echoed to the terminal, indented). */
  logFile: string;
  stageLogFile: string;
  sampleMs?: number;
  echo?: boolean;
}

export async function measureBuild(options: BuildRunOptions): Promise<BuildMeasure> {
  rmSync(options.stageLogFile, { force: true });
  const log = createWriteStream(options.logFile);
  const started = Date.now();
  const args = [path.join(ROOT, 'scripts/build.ts'), ...options.args, '--stage-log', options.stageLogFile];
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, FORCE_COLOR: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const sampler = new TreeMemorySampler(child.pid!, options.sampleMs ?? 50);
  let output = '';
  const onData = (chunk: Buffer): void => {
    const text = chunk.toString('utf8');
    output += text;
    log.write(chunk);
    if (options.echo ?? true) process.stdout.write(text.replace(/^(?=.)/gm, '    │ '));
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const ended = Date.now();
  const samples: MemorySample[] = sampler.stop();
  log.end();
  if (code !== 0) throw new Error(`the build failed (exit ${code}); its output is in ${options.logFile}`);

  let intervals: ReturnType<typeof parseStageLog> = [];
  try {
    intervals = parseStageLog(readFileSync(options.stageLogFile, 'utf8'));
  } catch {
    // No stage marks: the build predates them; only the totals are known.
  }
  const stages = intervals.map((i) => ({
    stage: i.stage,
    ms: i.end - i.start,
    peakRss: peakBetween(samples, i.start, i.end)?.rss ?? 0,
    startMs: i.start - started,
    cpuMs: cpuBetween(samples, i.start, i.end),
    sysMs: cpuBetween(samples, i.start, i.end, 'sysMs'),
  }));
  const peak = peakBetween(samples);
  const pagesMatch = /Pages written: (\d+) \((\d+) articles\)/.exec(output);
  const tableStart = output.lastIndexOf('Stage times:');
  return {
    ms: ended - started,
    cpuMs: samples.length > 0 ? samples[samples.length - 1]!.cpuMs : 0,
    sysMs: samples.length > 0 ? samples[samples.length - 1]!.sysMs : 0,
    peakRss: peak?.rss ?? 0,
    peakByProcess: peak?.byProcess ?? {},
    stages,
    ...(pagesMatch ? { pages: Number(pagesMatch[1]), articles: Number(pagesMatch[2]) } : {}),
    stageTable: tableStart >= 0 ? output.slice(tableStart).split('\nSite:')[0]!.trim() : '',
  };
}
