/**
 * What compromise is given to tag: a text with everything but its capitalised runs and a
 * word or two around each blanked out. compromise's cost grows with the words and sentences
 * it tags (about 60 KB/s on one core for whole news text); the names it finds sit in the runs,
 * and the words just around them (`Mr.`, `in`, `said`) are the context its rules read. On the
 * hand-labelled evaluation set the scores are the same as with the whole text (bench/RESULTS.md,
 * "Entity extraction"). Pure.
 */
import type { NameRun } from './names.ts';

/** Words kept before each run (`President of` … `Emomali Rahmon`). */
export const CONTEXT_BEFORE = 2;
/** Words kept after each run (`Voronkov added`). */
export const CONTEXT_AFTER = 1;

const WORD_BEFORE = /\S+\s*$/u;
const WORD_AFTER = /^\s*\S+/u;

/** The start of `count` words before `start` in `text`. */
function backOverWords(text: string, start: number, count: number): number {
  let s = start;
  for (let k = 0; k < count && s > 0; k++) {
    const m = WORD_BEFORE.exec(text.slice(Math.max(0, s - 40), s));
    if (!m) break;
    s -= m[0].length;
  }
  return s;
}

/** The end of `count` words after `end` in `text`. */
function overWords(text: string, end: number, count: number): number {
  let e = end;
  for (let k = 0; k < count && e < text.length; k++) {
    const m = WORD_AFTER.exec(text.slice(e, e + 40));
    if (!m) break;
    e += m[0].length;
  }
  return e;
}

/**
 * `text` of the same length, every character offset where it was, with only the runs and
 * their context kept. Each blanked stretch of three characters or more holds a full stop, so
 * that every kept stretch is a sentence of its own and no name is read across a gap.
 */
export function taggerInput(text: string, runs: readonly NameRun[]): string {
  const kept: [number, number][] = [];
  for (const run of runs) {
    const start = backOverWords(text, run.index, CONTEXT_BEFORE);
    const end = overWords(text, run.end, CONTEXT_AFTER);
    const last = kept.at(-1);
    // Stretches closer than a separator's width are one stretch.
    if (last && start - last[1] < 3) last[1] = Math.max(last[1], end);
    else kept.push([start, end]);
  }
  const parts: string[] = [];
  let at = 0;
  for (const [start, end] of kept) {
    const gap = start - at;
    parts.push(at === 0 || gap < 3 ? ' '.repeat(gap) : ` . ${' '.repeat(gap - 3)}`, text.slice(start, end));
    at = end;
  }
  parts.push(' '.repeat(text.length - at));
  return parts.join('');
}
