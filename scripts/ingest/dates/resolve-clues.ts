/**
 * Resolves an article's relative dates (clues: `on Tuesday`, `October 19`, `yesterday`)
 * against a known date, the anchor, with past-tense chrono (past-tense-chrono.ts). A
 * weekday or `yesterday` needs an anchor known to the day; a month and day without a year
 * takes the year closest to the anchor, so a month or a year is enough for it. When the
 * clues resolve to different days the result is what they share (their month, or nothing).
 */
import { partialDate, precisionOf, sharedDates } from '../../../src/shared/article-date.ts';
import { parsePast, type CalendarDay } from './past-tense-chrono.ts';

/** The reference day for an anchor: the day itself, else the middle of its month or year. */
function referenceOf(anchor: string): CalendarDay {
  const [year, month, day] = anchor.split('-').map(Number) as [number, number?, number?];
  if (month === undefined) return { year, month: 7, day: 1 };
  return { year, month, day: day ?? 15 };
}

/** The day one clue gives against `anchor`, or undefined when it cannot be resolved. */
export function resolveClue(clue: string, anchor: string): string | undefined {
  const result = parsePast(clue, referenceOf(anchor))[0];
  if (!result) return undefined;
  const { start } = result;
  const ownDay = start.isCertain('month') && start.isCertain('day') && !start.isCertain('year');
  // Everything else (a weekday, `yesterday`) counts from the anchor's day.
  if (!ownDay && precisionOf(anchor) !== 'day') return undefined;
  const year = start.get('year');
  const month = start.get('month');
  const day = start.get('day');
  if (year === null || month === null || day === null) return undefined;
  return partialDate(year, month, day);
}

/** What the clues give against `anchor`: a day, a month when they disagree, else undefined. */
export function resolveClues(clues: readonly string[], anchor: string): string | undefined {
  const days = clues.map((clue) => resolveClue(clue, anchor)).filter((d): d is string => d !== undefined);
  const shared = sharedDates(days);
  return shared !== undefined && precisionOf(shared) !== 'year' ? shared : undefined;
}
