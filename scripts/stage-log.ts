/**
 * Stage marks for the benchmark. When the environment variable NEWS_ARCHIVE_STAGE_LOG names
 * a file, every stage of the build appends its start and end to it, one JSON object a line
 * (`{"stage":"ingest","event":"start","t":1718000000000.5}`, `t` in ms since the epoch), so
 * `npm run bench` can tell which stage each memory sample belongs to. Without the variable
 * these calls do nothing.
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
export function markStage(stage: string, event: StageEvent): void {
  const file = process.env.NEWS_ARCHIVE_STAGE_LOG;
  if (!file) return;
  const mark: StageMark = { stage, event, t: performance.timeOrigin + performance.now() };
  appendFileSync(file, `${JSON.stringify(mark)}\n`);
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
