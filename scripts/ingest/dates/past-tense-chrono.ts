/**
 * chrono-node for past-tense news. chrono resolves a bare weekday ("on Tuesday") to the
 * *closest* such day, ties backward, so against a Saturday reference "Tuesday" becomes the
 * Tuesday after. A news report tells what has happened: a bare weekday is the latest such
 * day on or before the reference (the report's own day counts: "said on Tuesday" in
 * Tuesday's paper). The refiner below does that; weekdays with `next`, `this` or `coming`,
 * and ranges (`Monday to Wednesday`), are left as chrono resolves them, and `last`/`past` are already backward.
 * English (chrono's casual English parser, month names written out either way round).
 */
import * as chrono from 'chrono-node';
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';

const FORWARD_WORDS = /\b(?:next|this|coming)\b/i;
const DAY_MS = 86_400_000;

/** The latest day with `weekday` (0 = Sunday) on or before the reference day, as Y/M/D. */
export function weekdayOnOrBefore(
  reference: { year: number; month: number; day: number },
  weekday: number,
): { year: number; month: number; day: number } {
  const ref = Date.UTC(reference.year, reference.month - 1, reference.day);
  const back = (new Date(ref).getUTCDay() - weekday + 7) % 7;
  const t = new Date(ref - back * DAY_MS);
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

/** Moves every bare weekday to the latest such day on or before the reference. */
export const backwardWeekdayRefiner: Refiner = {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const ref = context.refDate;
    const reference = { year: ref.getFullYear(), month: ref.getMonth() + 1, day: ref.getDate() };
    for (const result of results) {
      const { start } = result;
      const weekday = start.get('weekday');
      if (weekday === null || !start.isCertain('weekday') || start.isCertain('day')) continue;
      if (result.end || FORWARD_WORDS.test(result.text)) continue;
      const day = weekdayOnOrBefore(reference, weekday);
      start.imply('year', day.year).imply('month', day.month).imply('day', day.day);
    }
    return results;
  },
};

const parser = chrono.casual.clone();
parser.refiners.push(backwardWeekdayRefiner);

/** A calendar day: the reference relative words are read against. */
export interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

/**
 * chrono's results for `text` read on `reference` (local noon of that day, so no time
 * zone moves it), with bare weekdays resolved backward.
 */
export function parsePast(text: string, reference: CalendarDay): ParsingResult[] {
  const refDate = new Date(reference.year, reference.month - 1, reference.day, 12);
  return parser.parse(text, refDate) as ParsingResult[];
}
