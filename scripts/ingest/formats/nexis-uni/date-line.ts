/**
 * The date line of a Nexis Uni document (`July 18, 2017 Tuesday 7:20 AM GMT`,
 * `4 oktober 2017 woensdag`, `May 2, 2002, Thursday,, FINAL EDITION`) and its Load-Date
 * (`May 31, 2017`): the line must start with a full date (the strict parser of
 * common/dates.ts, in every language the Nexis interface or its sources use), and what
 * follows may only be a weekday, a time, a zone and an edition. A headline that merely starts
 * with a date ("May 5, 2019 was …") is not a date line.
 */
import { isoTime, matchTime } from '../common/clock.ts';
import { dayOf, isoDate, isWeekdayName, matchDate } from '../common/dates.ts';

/** What a date line states. */
export interface DateLine {
  /** `YYYY-MM-DD`, with `THH:MM[:SS]` and the zone when stated; absent when no day is given. */
  date?: string;
  /** A month without a day (`October 2017`): no date is made up from it. */
  month?: string;
  /** The edition stated after the date (`FINAL EDITION`). */
  edition?: string;
}

const EDITION = /\b(edition|ausgabe|[ée]dition|editie|edici[óo]n|edizione|edi[çc][ãa]o)\b/iu;

/** Reads a date line; undefined when the line is not one. */
export function parseDateLine(text: string): DateLine | undefined {
  const m = matchDate(text);
  if (!m) return undefined;
  const { date } = m;
  const day = isoDate(date);
  const on = dayOf(date);
  if (day === undefined || on === undefined) {
    // A month alone is a date line only when nothing follows it.
    return date.month !== undefined && m.rest.trim() === ''
      ? { month: `${date.year}-${String(date.month).padStart(2, '0')}` }
      : undefined;
  }
  // What may follow: separators, a weekday, a time and zone, an edition.
  let rest = m.rest.replace(/^[\s,;]+/u, '');
  let sawWeekday = false;
  const wd = /^[\p{L}-]+/u.exec(rest);
  if (wd && isWeekdayName(wd[0])) {
    sawWeekday = true;
    rest = rest.slice(wd[0].length).replace(/^[\s,;]+/u, '');
  }
  let time = '';
  const t = matchTime(rest, on);
  if (t) {
    time = `T${isoTime(t.time)}`;
    rest = t.rest;
  }
  rest = rest.replace(/^[\s,;]+/u, '').trim();
  // Anything else after the date must be introduced by a weekday or a time (the database
  // appends its own error messages there): a headline that opens with a date has neither.
  if (rest !== '' && !sawWeekday && !time && !EDITION.test(rest)) return undefined;
  const edition = EDITION.test(rest) ? rest : undefined;
  return { date: `${day}${time}`, ...(edition ? { edition } : {}) };
}

/** A plain date (`May 31, 2017`, `31. Mai 2017`) at the start of a value, as `YYYY-MM-DD`. */
export function parsePlainDate(text: string): string | undefined {
  const read = parseDateLine(text);
  return read?.date?.slice(0, 10);
}
