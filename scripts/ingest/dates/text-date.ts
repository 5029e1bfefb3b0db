/**
 * The dates an article's opening states (docs/CONVENTIONS.md, "Dates"). Only the lede is
 * read: the first two paragraphs, where news reports say when the news happened. Later
 * paragraphs tell background (past events, anniversaries, "in 1991") and are never used.
 *
 * - A stated date is read from the first sentence of the first paragraph only (where a
 *   report says when its news happened: `… began in Dushanbe on 18 October 2022.`); dates
 *   later in the lede are, far more often, background (measured on the BBC corpus, whose
 *   articles are all of 2004–2005: most dates later in the lede lie years away). It is a
 *   calendar date with its year and its month written out
 *   (`18 October 2022`, `October 18, 2022`, `18-19 October 2022`, `October 2022`), not
 *   numeric (`10/11/2022` reads two ways) and not a year alone. Dates right after `since`,
 *   `until`, `before`, `after`, `by`, `… ago, on`, `born`, `died`, a date that modifies a noun
 *   (`the August 28, 2017 deadline`) and a first sentence in the past perfect (`had banned
 *   … on 29 June 2020`) are not the news's own and are skipped. When the lede
 *   states several, the article's date is what they all agree on: a range of two days in
 *   one month gives the month; dates in different months give no date at all.
 * - A clue is a relative date that needs a known date to resolve: a bare weekday
 *   (`on Tuesday`), a day of a month without a year (`on October 19`), `yesterday`,
 *   `today`, `tonight`. Phrases such as `last week` or `last month` tell when an earlier
 *   event was, not when the report was written, and are not clues.
 */
import type { ParsingResult } from 'chrono-node';
import { partialDate, precisionOf, sharedDates } from '../../../src/shared/article-date.ts';
import { parsePast } from './past-tense-chrono.ts';

/** A date the opening states in full. */
export interface StatedDate {
  /** `YYYY-MM` or `YYYY-MM-DD`. */
  date: string;
  /** `dateline`: it opens the first paragraph after a place name; `text`: elsewhere in the lede. */
  basis: 'dateline' | 'text';
  /** The words it was read from (the first of several). */
  evidence: string;
}

export interface LedeDates {
  stated?: StatedDate;
  /** Relative dates of the lede, as written (`on Tuesday`, `October 19`), in order. */
  clues: string[];
}

/** Paragraphs of the opening that are read. */
export const LEDE_PARAGRAPHS = 2;
/** Characters of each lede paragraph that are read. */
const LEDE_CHARS = 1200;
/** Words that must occur for a paragraph to be parsed at all (keeps chrono off most text). */
const DATE_WORD =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:rs(?:day)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|yesterday|today|tonight)\b/i;
/** What may stand before a dateline's date: a place name and a comma (`DUSHANBE, `). */
const DATELINE_PLACE = /^[\p{Lu}][\p{L}\p{M} .,'’-]{0,60},\s*$/u;
/** A date right after these words is a limit or a past reference, not the news's day. */
const NOT_THE_DAY =
  /(?:\b(?:since|until|till|before|after|by|prior to|as of|as early as)\s+(?:the\s+)?|\bago,?\s+(?:on\s+|in\s+)?)$/i;
const CASUAL_CLUE = /^casualReference\/(?:yesterday|today|tonight)$/;
/** The reference for reading the lede; stated dates do not depend on it, clues are kept as text. */
const ANY_DAY = { year: 2000, month: 6, day: 15 };

/** A date after these words is a life's, not the news's (`born on 5 April 1920`). */
/** A date used as a noun's modifier (`the August 28, 2017 deadline`, `a November 2018 report`). */
const MODIFIER = /\b(?:a|an|the|its|his|her|their|this|that)\s+$/i;
/** A sentence in the past perfect tells background (`had banned … on June 29, 2020`). */
const PAST_PERFECT = /\bhad\s+(?:\w+ly\s+)?\w+(?:ed|en|t)\b/i;
const PAST_LIFE = /\b(?:born|died|founded|established|married)\b[^.;]{0,40}$/i;
/** Words with a full stop that does not end a sentence. */
const ABBREVIATION =
  /(?:\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Prof|Gen|Col|Lt|Sgt|Gov|Sen|Rep|Rev|Mt|No|Co|Corp|Inc|Ltd|vs|etc|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)|\b\p{Lu}|\.\p{Lu})$/u;

/** The length of the first sentence of `text` (a full stop after an abbreviation does not end it). */
export function firstSentenceLength(text: string): number {
  const end = /[.!?]["”’»)]*\s+(?=["“«(]?[\p{Lu}\d])/gu;
  for (let m = end.exec(text); m; m = end.exec(text)) {
    if (m[0][0] === '.' && ABBREVIATION.test(text.slice(0, m.index))) continue;
    return m.index + 1;
  }
  return text.length;
}

/** The month is written as a word, not a number. */
function writtenMonth(text: string): boolean {
  return /\p{L}{3,}/u.test(text.replace(/^on\s+/i, ''));
}

function componentsDate(c: ParsingResult['start'], withDay: boolean): string {
  return partialDate(c.get('year')!, c.get('month')!, withDay ? c.get('day')! : undefined);
}

/** The date a result states in full (month and year, written month), else undefined. */
function statedOf(result: ParsingResult): string | undefined {
  const { start, end } = result;
  if (!start.isCertain('year') || !start.isCertain('month') || !/\d{4}/.test(result.text)) return undefined;
  if (!writtenMonth(result.text)) return undefined;
  const year = start.get('year')!;
  if (year < 1800 || year > 2200) return undefined;
  const from = componentsDate(start, start.isCertain('day'));
  if (!end) return from;
  const to = componentsDate(end, end.isCertain('day'));
  return sharedDates([from, to]);
}

function isClue(result: ParsingResult): boolean {
  const { start } = result;
  if (start.isCertain('weekday') && !start.isCertain('day')) return true;
  if ([...start.tags()].some((t) => CASUAL_CLUE.test(t))) return true;
  return (
    start.isCertain('month') &&
    start.isCertain('day') &&
    !start.isCertain('year') &&
    writtenMonth(result.text)
  );
}

/** The stated date and the clues of an article's lede (its first paragraphs, in order). */
export function ledeDates(paragraphs: readonly string[]): LedeDates {
  const stated: { date: string; basis: StatedDate['basis']; evidence: string }[] = [];
  const clues: string[] = [];
  paragraphs.slice(0, LEDE_PARAGRAPHS).forEach((paragraph, p) => {
    const text = paragraph.slice(0, LEDE_CHARS);
    if (!DATE_WORD.test(text)) return;
    const sentenceEnd = p === 0 ? firstSentenceLength(text) : 0;
    for (const result of parsePast(text, ANY_DAY)) {
      const before = text.slice(0, result.index);
      const date = statedOf(result);
      if (date !== undefined) {
        if (result.index >= sentenceEnd || NOT_THE_DAY.test(before) || PAST_LIFE.test(before)) continue;
        if (MODIFIER.test(before) || PAST_PERFECT.test(text.slice(0, sentenceEnd))) continue;
        const dateline = p === 0 && DATELINE_PLACE.test(before);
        if (precisionOf(date) === 'year') continue;
        stated.push({ date, basis: dateline ? 'dateline' : 'text', evidence: result.text.trim() });
      } else if (isClue(result)) {
        clues.push(result.text.trim());
      }
    }
  });
  const agreed = sharedDates(stated.map((s) => s.date));
  const first = stated[0];
  return {
    ...(agreed !== undefined && precisionOf(agreed) !== 'year' && first
      ? { stated: { date: agreed, basis: first.basis, evidence: first.evidence } }
      : {}),
    clues,
  };
}
