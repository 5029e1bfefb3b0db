/**
 * Memory of a whole process tree, sampled from /proc (Linux): the resident set size of a
 * process and of all its descendants (Astro's Node process, Pagefind's binary, workers…),
 * summed, every few milliseconds.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

export interface MemorySample {
  /** Wall-clock time (ms since the epoch). */
  t: number;
  /** Sum of the RSS of every process in the tree, in bytes. */
  rss: number;
  /** RSS per process name at this moment (bytes). */
  byProcess: Record<string, number>;
  /** CPU time used by the tree so far (user + system, children that ended included), in ms. */
  cpuMs: number;
  /** Of it, the time in the kernel (system calls: file creation, writes, memory mapping), in ms. */
  sysMs: number;
}

interface ProcStat {
  pid: number;
  ppid: number;
  name: string;
  rssPages: number;
  /** utime + stime + cutime + cstime, in clock ticks. */
  cpuTicks: number;
  /** stime + cstime, in clock ticks. */
  sysTicks: number;
}

const sysconf = new Map<string, number>();

function getconf(name: string, fallback: number): number {
  let value = sysconf.get(name);
  if (value === undefined) {
    try {
      value = Number(execFileSync('getconf', [name], { encoding: 'utf8' }).trim()) || fallback;
    } catch {
      value = fallback;
    }
    sysconf.set(name, value);
  }
  return value;
}

/** Parses /proc/<pid>/stat (the name is in parentheses and may itself hold spaces or parentheses). */
export function parseProcStat(text: string): ProcStat | undefined {
  const open = text.indexOf('(');
  const close = text.lastIndexOf(')');
  if (open < 0 || close < open) return undefined;
  const fields = text.slice(close + 2).split(' ');
  // Fields after the name start at field 3 (state): ppid is field 4, utime..cstime 14-17, rss 24.
  const ppid = Number(fields[1]);
  const rssPages = Number(fields[21]);
  const sysTicks = Number(fields[12]) + Number(fields[14]);
  const cpuTicks = Number(fields[11]) + Number(fields[13]) + sysTicks;
  if (!Number.isFinite(ppid) || !Number.isFinite(rssPages) || !Number.isFinite(cpuTicks)) return undefined;
  return {
    pid: Number(text.slice(0, open).trim()),
    ppid,
    name: text.slice(open + 1, close),
    rssPages,
    cpuTicks,
    sysTicks,
  };
}

function readAllStats(): ProcStat[] {
  const stats: ProcStat[] = [];
  for (const entry of readdirSync('/proc')) {
    if (entry.charCodeAt(0) < 48 || entry.charCodeAt(0) > 57) continue;
    try {
      const stat = parseProcStat(readFileSync(`/proc/${entry}/stat`, 'utf8'));
      if (stat) stats.push(stat);
    } catch {
      // The process ended between the listing and the read.
    }
  }
  return stats;
}

/** One sample of the tree rooted at `rootPid`; undefined once the root is gone. */
export function sampleTree(rootPid: number): MemorySample | undefined {
  const stats = readAllStats();
  const children = new Map<number, ProcStat[]>();
  let root: ProcStat | undefined;
  for (const s of stats) {
    if (s.pid === rootPid) root = s;
    const list = children.get(s.ppid);
    if (list) list.push(s);
    else children.set(s.ppid, [s]);
  }
  if (!root) return undefined;
  const bytesPerPage = getconf('PAGESIZE', 4096);
  const msPerTick = 1000 / getconf('CLK_TCK', 100);
  const byProcess: Record<string, number> = {};
  let rss = 0;
  let cpuMs = 0;
  let sysMs = 0;
  const stack = [root];
  while (stack.length > 0) {
    const s = stack.pop()!;
    const bytes = s.rssPages * bytesPerPage;
    rss += bytes;
    cpuMs += s.cpuTicks * msPerTick;
    sysMs += s.sysTicks * msPerTick;
    byProcess[s.name] = (byProcess[s.name] ?? 0) + bytes;
    stack.push(...(children.get(s.pid) ?? []));
  }
  return { t: Date.now(), rss, byProcess, cpuMs, sysMs };
}

/** Samples the tree every `intervalMs` until stopped. */
export class TreeMemorySampler {
  readonly samples: MemorySample[] = [];
  readonly #timer: NodeJS.Timeout;

  constructor(rootPid: number, intervalMs = 50) {
    const tick = (): void => {
      const sample = sampleTree(rootPid);
      if (sample) this.samples.push(sample);
    };
    tick();
    this.#timer = setInterval(tick, intervalMs);
  }

  stop(): MemorySample[] {
    clearInterval(this.#timer);
    return this.samples;
  }
}

/**
 * CPU time the tree used between two moments (from the samples nearest to them), in ms: all
 * of it, or (`kind: 'sysMs'`) the kernel's part.
 */
export function cpuBetween(
  samples: readonly MemorySample[],
  from: number,
  to: number,
  kind: 'cpuMs' | 'sysMs' = 'cpuMs',
): number {
  let start: MemorySample | undefined;
  let end: MemorySample | undefined;
  for (const s of samples) {
    if (s.t <= from) start = s;
    if (s.t <= to) end = s;
  }
  start ??= samples[0];
  if (!start || !end) return 0;
  return Math.max(0, end[kind] - start[kind]);
}

/**
 * The sample with the highest total RSS among those taken in [from, to]; for an interval
 * shorter than the sampling period, the higher of the samples just before and after it.
 */
export function peakBetween(
  samples: readonly MemorySample[],
  from = -Infinity,
  to = Infinity,
): MemorySample | undefined {
  let peak: MemorySample | undefined;
  let before: MemorySample | undefined;
  let after: MemorySample | undefined;
  for (const s of samples) {
    if (s.t < from) before = s;
    else if (s.t > to) after ??= s;
    else if (!peak || s.rss > peak.rss) peak = s;
  }
  if (peak) return peak;
  if (before && after) return before.rss >= after.rss ? before : after;
  return before ?? after;
}
