/**
 * Dates as the database exports state them, read by one small strict parser (not a free-text
 * date finder: chrono-node would read `Late Edition - Final` or a page number next to a date,
 * and a headline that mentions a date, LexisNexisTools#19, #23). A date is a day, a month and
 * a year in one of the forms the exports write — `July 18, 2017`, `18. Juli 2017`,
 * `4 de octubre de 2017`, `1er avril 2000`, `2018 年 10 月 7 日`, `2018년 10월 7일`,
 * `2017. november 7.`, `2017-11-13`, `20.04.2003` — after an optional weekday; or a month and a year without a
 * day (`October 2017`), which gives no day: none is ever invented. Month and weekday names
 * come from the platform's CLDR data (Intl) for every language the databases' interfaces and
 * sources use, so `März`, `mars`, `maart`, `marzo`, `марта` all read as March.
 *
 * What may stand around a date differs by format (a Nexis date line goes on with a weekday,
 * a time and an edition; a Factiva date is alone on its line): `matchDate` reads the date at
 * the start of a text and leaves the rest to the format, `readDate` takes a text that is a
 * date and nothing else but a weekday, a time and its zone.
 */
import { type ClockTime, type Day, matchTime } from './clock.ts';
import { monthNames, nameTable, weekdayNames } from './name-table.ts';

/** A stated date: the year always, the rest when the text gives it. */
export interface StatedDate {
  year: number;
  month?: number;
  day?: number;
  hour?: number;
  minute?: number;
  second?: number;
  /** `Z` or `±HH:MM`, when the text names a zone this parser knows. */
  zone?: string;
}

/** Languages whose month and weekday names a date may use. */
const DATE_LOCALES = [
  'en', 'de', 'de-AT', 'fr', 'nl', 'es', 'it', 'pt', 'sv', 'da', 'nb', 'fi', 'pl', 'cs', 'tr', 'ro',
  'hu', 'ru', 'id',
]; // prettier-ignore

/** Lower case, without accents or a final dot: `Mär.` and `mar` compare alike. */
const fold = (s: string): string =>
  s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\.$/u, '');
/**
 * Names of two letters (`Mo`, `Di`, Finnish `to`: words of other languages) and forms with
 * digits (Czech `1.`) are not names.
 */
const isName = ([name]: readonly [string, number]): boolean => {
  const key = fold(name);
  return key.length >= 3 && !/\d/u.test(key);
};

/** Month names beyond CLDR's: older Austrian and German spellings, `Sept`, Spanish `setiembre`. */
const MORE_MONTHS: [string, number][] = [
  ['jaenner', 1], ['feber', 2], ['maerz', 3], ['sept', 9], ['sep', 9], ['setiembre', 9],
]; // prettier-ignore
const MORE_WEEKDAYS: [string, number][] = [
  ['tues', 2], ['thur', 4], ['thurs', 4], ['sonnabend', 6],
]; // prettier-ignore

/** Month names → 1–12; a name that means two months in two languages is left out. */
const MONTHS = nameTable(
  [...DATE_LOCALES.flatMap((l) => [...monthNames(l)].filter(isName)), ...MORE_MONTHS],
  fold,
  'drop',
);
const WEEKDAYS = nameTable(
  [...DATE_LOCALES.flatMap((l) => [...weekdayNames(l)].filter(isName)), ...MORE_WEEKDAYS],
  fold,
  'drop',
);
/** Seasons, which some publications give instead of a month (`Summer, 2008`): a year, no month. */
const SEASONS = new Set(
  (
    'spring summer autumn fall winter frühling frühjahr sommer herbst printemps été automne hiver ' +
    'lente zomer herfst primavera verano otoño invierno'
  )
    .split(' ')
    .map(fold),
);

/** The month (1–12) a name stands for (`März`, `Sept.`, `marca`), if any. */
export const monthNumber = (name: string): number | undefined => MONTHS.get(fold(name));
/** Whether a word is a weekday's name (`Tuesday`, `woensdag`, `Mi.`; `mar.` is March too). */
export const isWeekdayName = (name: string): boolean => WEEKDAYS.has(fold(name));
/** A weekday's name that is not also a month's: a word before a date, or alone on a line. */
const isOnlyWeekday = (name: string): boolean => isWeekdayName(name) && !MONTHS.has(fold(name));

const daysIn = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** Whether a date can be: a year 1800–2200, a month, a day that month has. */
function valid(d: StatedDate): boolean {
  if (d.year < 1800 || d.year > 2200) return false;
  if (d.month !== undefined && (d.month < 1 || d.month > 12)) return false;
  return d.day === undefined || (d.month !== undefined && d.day >= 1 && d.day <= daysIn(d.year, d.month));
}

/** Full-width digits (`２０１８`) as ASCII ones. */
const asciiDigits = (text: string): string =>
  text.replace(/[\uff10-\uff19]/gu, (d) => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 0x30));

const WORD = String.raw`\p{L}[\p{L}\p{M}]*\.?`;
const LEADING_WORD = new RegExp(String.raw`^(\p{L}[\p{L}\p{M}-]*\.?),?\s+`, 'u');
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?!\d)/u;
const CJK = /^(\d{4})\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?/u;
const KOREAN = /^(\d{4})\s*년\s*(\d{1,2})\s*월(?:\s*(\d{1,2})\s*일)?/u;
const NUMERIC = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?!\d)/u;
/** `18. Juli 2017`, `1er avril 2000`, `4 de octubre de 2017`, `le 17 mai 2003`, `3rd of April 2016`. */
const DAY_FIRST = new RegExp(
  String.raw`^(?:(?:le|am|el|the|on|den|der)\s+)?(\d{1,2})(?:\.º|\.|º|st|nd|rd|th|er|e)?\s+(?:(?:de|del|di|of)\s+)?(${WORD})\s+(?:(?:de|del|of)\s+)?(\d{4})(?!\d)`,
  'iu',
);
/** `July 18, 2017`, `Jan. 7, 2000`, `April 17th, 2003`. */
const MONTH_FIRST = new RegExp(String.raw`^(${WORD})\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?!\d)`, 'iu');
/** `2017. november 7.` (Hungarian): the year first. */
const YEAR_FIRST = new RegExp(String.raw`^(\d{4})\.?\s+(${WORD})\s+(\d{1,2})\.?(?!\d)`, 'iu');
/** `October 2017`, `abril de 2000`: no day. */
const MONTH_YEAR = new RegExp(String.raw`^(${WORD}),?\s+(?:(?:de|of)\s+)?(\d{4})(?!\d)`, 'iu');

/** The date a form's groups give (year, month, day), the day optional; undefined for an unknown month. */
function fromGroups(
  year: string,
  month: number | undefined,
  day: string | undefined,
): StatedDate | undefined {
  if (month === undefined) return undefined;
  const d: StatedDate = { year: Number(year), month };
  if (day !== undefined) d.day = Number(day);
  return d;
}

/** The forms of a date, each with the date its match gives; the first that gives one counts. */
const FORMS: [RegExp, (m: RegExpExecArray) => StatedDate | undefined][] = [
  [ISO, (m) => fromGroups(m[1]!, Number(m[2]), m[3])],
  [CJK, (m) => fromGroups(m[1]!, Number(m[2]), m[3])],
  [KOREAN, (m) => fromGroups(m[1]!, Number(m[2]), m[3])],
  [NUMERIC, (m) => fromGroups(m[3]!, Number(m[2]), m[1])],
  [DAY_FIRST, (m) => fromGroups(m[3]!, monthNumber(m[2]!), m[1])],
  [MONTH_FIRST, (m) => fromGroups(m[3]!, monthNumber(m[1]!), m[2])],
  [YEAR_FIRST, (m) => fromGroups(m[1]!, monthNumber(m[2]!), m[3])],
  [MONTH_YEAR, (m) => fromGroups(m[2]!, monthNumber(m[1]!), undefined)],
];

/**
 * The date at the start of `text` (after a weekday, which is read and dropped) and the text
 * after it; undefined when the text does not start with a date. A month and year without a
 * day is a date without its day.
 */
export function matchDate(text: string): { date: StatedDate; rest: string } | undefined {
  let s = asciiDigits(text.normalize('NFC')).replace(/\s+/gu, ' ').trim();
  const lead = LEADING_WORD.exec(s);
  if (lead && isOnlyWeekday(lead[1]!)) s = s.slice(lead[0].length);
  for (const [form, dateOf] of FORMS) {
    const m = form.exec(s);
    const date = m ? dateOf(m) : undefined;
    if (m && date) return valid(date) ? { date, rest: s.slice(m[0].length) } : undefined;
  }
  return undefined;
}

/** The day of a date that has one (for the offset of a zone such as `PT` on that day). */
export const dayOf = ({ year, month, day }: StatedDate): Day | undefined =>
  month !== undefined && day !== undefined ? { year, month, day } : undefined;

/** What follows a time, less a zone this parser does not know (`IST`): the time stands without it. */
const withoutUnknownZone = ({ time, rest }: { time: ClockTime; rest: string }): string =>
  time.zone === undefined ? rest.trim().replace(/^[a-z]{1,5}$/iu, '') : rest.trim();

/** `Summer, 2008`: a year and a season, no month. */
const SEASON_YEAR = new RegExp(String.raw`^(${WORD}),?\s+(\d{4})$`, 'u');

/**
 * The date the whole of `text` states, or undefined when anything in it is not part of a
 * date: a date (or a season and a year), then optionally a weekday, a time and its zone
 * (`December 30, 2008 Tuesday 6:10 PM EST`, `Mittwoch 31. August 2011`, `2022-03-10T09:30Z`);
 * an unknown zone after the time (`IST`) is passed over. A time needs a day.
 */
export function readDate(text: string): StatedDate | undefined {
  const s = text
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/[.,;]$/u, '');
  // A year alone (`1993`, printed where the date stands) is a date without month and day.
  if (/^\d{4}$/u.test(s)) return valid({ year: Number(s) }) ? { year: Number(s) } : undefined;
  const season = SEASON_YEAR.exec(s);
  if (season && SEASONS.has(fold(season[1]!))) {
    const d: StatedDate = { year: Number(season[2]) };
    return valid(d) ? d : undefined;
  }
  const m = matchDate(s);
  if (!m) return undefined;
  let rest = m.rest.replace(/^[\s,;]+/u, '');
  const weekday = /^[\p{L}-]+/u.exec(rest);
  if (weekday && isWeekdayName(weekday[0])) rest = rest.slice(weekday[0].length).replace(/^[\s,;]+/u, '');
  const { date } = m;
  const day = dayOf(date);
  const time = matchTime(rest.replace(/^T(?=\d)/u, ''), day);
  if (time) {
    if (!day) return undefined;
    Object.assign(date, time.time);
    rest = withoutUnknownZone(time);
  }
  return rest.trim() === '' ? date : undefined;
}

/** A text that is a time and its zone only (`23:22 Central European Time`), on the day `on` when known. */
export function readTime(text: string, on?: StatedDate): ClockTime | undefined {
  const m = matchTime(text.replace(/\s+/gu, ' ').trim(), on && dayOf(on));
  return m && withoutUnknownZone(m) === '' ? m.time : undefined;
}

/** A text that is a weekday only (`woensdag`, the line below `December 31, 2008`). */
export const isWeekdayLine = (text: string): boolean => isOnlyWeekday(text.trim().replace(/[.,]$/u, ''));

const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * `YYYY-MM-DD`, with `THH:MM` (and `:SS`, and the zone) when stated; undefined when the
 * date has no day, so that a month alone never becomes the first of the month.
 */
export function isoDate(d: StatedDate): string | undefined {
  if (d.month === undefined || d.day === undefined) return undefined;
  let out = `${d.year}-${pad(d.month)}-${pad(d.day)}`;
  if (d.hour !== undefined) {
    out += `T${pad(d.hour)}:${pad(d.minute ?? 0)}`;
    if (d.second !== undefined) out += `:${pad(d.second)}`;
    if (d.zone !== undefined) out += d.zone;
  }
  return out;
}

/** `YYYY-MM` or `YYYY` of a date that states no day (`January 2009`, `Winter 2011`): never a day invented. */
export function partialIsoDate(d: StatedDate): string {
  return d.month === undefined ? String(d.year) : `${d.year}-${pad(d.month)}`;
}

/** How a date without a day was read, for the export's diagnostics. */
export function partialDateNote(text: string, d: StatedDate): string {
  return `the date "${text}" states no day: dated to the ${d.month === undefined ? 'year' : 'month'} (${partialIsoDate(d)})`;
}

/** `YYYY-MM-DD` of the day a text states (`readDate`), without its time; undefined without a day. */
export function isoDay(text: string): string | undefined {
  return isoDate(readDate(text) ?? { year: 0 })?.slice(0, 10);
}
