/**
 * Stage marks for the benchmark. A build started with `--stage-log <file>` appends the start
 * and end of each of its stages to that file, one JSON object a line
 * (`{"stage":"ingest","event":"start","t":1718000000000.5}`, `t` in ms since the epoch), so
 * `npm run bench` can tell which stage each memory sample belongs to. The build hands the
 * `MarkStage` function to each part that marks stages (as an option, typed there as a plain
 * callback); without a file it does nothing.
 */
import { appendFileSync } from 'node:fs';

export type StageEvent = 'start' | 'end';

export interface StageMark {
  stage: string;
  event: StageEvent;
  /** Wall-clock time in ms since the epoch. */
  t: number;
}

/** Records that `stage` starts or ends now. */
export type MarkStage = (stage: string, event: StageEvent) => void;

/** A `MarkStage` that appends to `file`, or does nothing without one. */
export function stageLog(file: string | undefined): MarkStage {
  if (!file) return () => undefined;
  return (stage, event) => {
    const mark: StageMark = { stage, event, t: performance.timeOrigin + performance.now() };
    appendFileSync(file, `${JSON.stringify(mark)}\n`);
  };
}

/** Parses a stage log into one interval per stage, in order of their start. */
export function parseStageLog(text: string): { stage: string; start: number; end: number }[] {
  const open = new Map<string, number>();
  const intervals: { stage: string; start: number; end: number }[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    const mark = JSON.parse(line) as StageMark;
    if (mark.event === 'start') open.set(mark.stage, mark.t);
    else {
      const start = open.get(mark.stage);
      if (start !== undefined) intervals.push({ stage: mark.stage, start, end: mark.t });
      open.delete(mark.stage);
    }
  }
  return intervals.sort((a, b) => a.start - b.start);
}
