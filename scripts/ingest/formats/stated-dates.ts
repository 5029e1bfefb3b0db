/**
 * Dates as the database exports state them, in a small strict parser: the whole text must be
 * a date (a weekday, a day, a month name, a year, a time and a zone, in any order the
 * exports use), or it is none. A headline that mentions a date (`Schedule for Sunday,
 * April 20, 1400 GMT`) is therefore never taken for one, which is how other parsers of these
 * exports went wrong (LexisNexisTools#19, #23). Month and weekday names in the languages the
 * exports come in: English, German, French, Dutch, Spanish, Italian, Portuguese and the
 * Scandinavian languages. A month or a season without a day gives no day: none is invented.
 */

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

const MONTHS: Record<string, number> = {};
const addMonths = (names: string): void => {
  names.split(' ').forEach((group, i) => {
    for (const name of group.split('|')) MONTHS[name] = i + 1;
  });
};
// One group per month, January to December; variants with `|`.
addMonths('january february march april may june july august september october november december');
addMonths('jan feb mar apr may jun jul aug sep|sept oct nov dec');
addMonths(
  'januar|jänner|jaenner februar|feber märz|maerz|marz april mai juni juli august september oktober november dezember',
);
addMonths(
  'janvier février|fevrier mars avril mai juin juillet août|aout septembre octobre novembre décembre|decembre',
);
addMonths('januari februari maart april mei juni juli augustus september oktober november december');
addMonths(
  'enero febrero marzo abril mayo junio julio agosto septiembre|setiembre octubre noviembre diciembre',
);
addMonths('gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre');
addMonths('janeiro fevereiro março|marco abril maio junho julho agosto setembro outubro novembro dezembro');
addMonths(
  'januar februar marts|mars april maj|mai juni juli august|augusti september oktober november december|desember',
);
// Abbreviations beyond the English ones (French, Dutch, German).
Object.assign(MONTHS, { janv: 1, févr: 2, fevr: 2, avr: 4, juil: 7, déc: 12, mrt: 3, okt: 10, dez: 12 });

const WEEKDAYS = new Set(
  (
    'monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun ' +
    'montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag ' +
    'lundi mardi mercredi jeudi vendredi samedi dimanche ' +
    'maandag dinsdag woensdag donderdag vrijdag zaterdag zondag ' +
    'lunes martes miércoles miercoles jueves viernes sábado sabado domingo ' +
    'lunedì lunedi martedì martedi mercoledì mercoledi giovedì giovedi venerdì venerdi sabato domenica ' +
    'mandag tirsdag onsdag torsdag fredag lørdag lordag søndag sondag måndag lördag söndag ' +
    'segunda-feira terça-feira quarta-feira quinta-feira sexta-feira'
  ).split(' '),
);

const SEASONS = new Set(
  'spring summer autumn fall winter frühling frühjahr sommer herbst printemps été ete automne hiver lente zomer herfst primavera verano otoño invierno'.split(
    ' ',
  ),
);

/** Words that may stand between the parts of a date (`3 de abril de 2016`, `le 17 mai`). */
const FILLERS = new Set(['de', 'del', 'di', 'le', 'den', 'der', 'the', 'of', 'on', 'am', 'el']);

/** Zone names the exports use, with their offset. Ambiguous ones (IST) are left out. */
const ZONES: Record<string, string> = {
  gmt: 'Z',
  utc: 'Z',
  ut: 'Z',
  z: 'Z',
  wet: '+00:00',
  bst: '+01:00',
  cet: '+01:00',
  mez: '+01:00',
  cest: '+02:00',
  mesz: '+02:00',
  eet: '+02:00',
  eest: '+03:00',
  est: '-05:00',
  edt: '-04:00',
  cst: '-06:00',
  cdt: '-05:00',
  mst: '-07:00',
  mdt: '-06:00',
  pst: '-08:00',
  pdt: '-07:00',
  akst: '-09:00',
  hst: '-10:00',
  aest: '+10:00',
  aedt: '+11:00',
  acst: '+09:30',
  awst: '+08:00',
  nzst: '+12:00',
  nzdt: '+13:00',
  jst: '+09:00',
  kst: '+09:00',
  hkt: '+08:00',
  sgt: '+08:00',
};
const SPELLED_ZONES: [RegExp, string][] = [
  [/\bcentral european summer time\b/g, ' cest '],
  [/\bcentral european time\b/g, ' cet '],
  [/\beastern (?:standard )?time\b/g, ' est '],
  [/\bgreenwich mean time\b/g, ' gmt '],
];

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:\d{2})?)?$/;
const NUMERIC_DAY_FIRST = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;
const TIME = /^(\d{1,2}):(\d{2})(?::(\d{2}))?(am|pm|a\.m\.|p\.m\.)?$/;
const DAY = /^(\d{1,2})(?:\.|st|nd|rd|th|er|e)?$/;

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function valid(d: StatedDate): boolean {
  if (d.year < 1800 || d.year > 2200) return false;
  if (d.day !== undefined && (d.month === undefined || d.day < 1 || d.day > daysIn(d.year, d.month)))
    return false;
  if (d.hour !== undefined && (d.hour > 23 || (d.minute ?? 0) > 59 || (d.second ?? 0) > 59)) return false;
  return true;
}

/**
 * The date the whole of `text` states, or undefined when anything in it is not part of a
 * date. Accepts `January 11, 2010 Monday`, `Mittwoch 31. August 2011`, `17 mai 2003`,
 * `December 30, 2008 Tuesday 6:10 PM EST`, `Mar 9, 2022`, `2022-03-10`, `20.04.2003`,
 * `January 2009` (no day), `Summer, 2008` (no month).
 */
export function parseStatedDate(text: string): StatedDate | undefined {
  let s = text
    .replace(/[\s\u00a0]+/g, ' ')
    .trim()
    .toLowerCase();
  if (s === '') return undefined;
  const iso = ISO.exec(s.replace(/\.$/, ''));
  if (iso) {
    const d: StatedDate = { year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]) };
    if (iso[4] !== undefined) Object.assign(d, { hour: Number(iso[4]), minute: Number(iso[5]) });
    if (iso[6] !== undefined) d.second = Number(iso[6]);
    if (iso[7] !== undefined) d.zone = iso[7].toUpperCase();
    return valid(d) ? d : undefined;
  }
  for (const [re, abbr] of SPELLED_ZONES) s = s.replace(re, abbr);
  // `6:10 PM` and `6:10 p.m.` become one token.
  s = s.replace(/(\d)\s*(am|pm|a\.m\.|p\.m\.)(?=\s|$)/g, '$1$2');
  const tokens = s.split(/[\s,;]+/).filter((t) => t !== '');
  const d: Partial<StatedDate> = {};
  let season = false;
  let weekday = false;
  for (const raw of tokens) {
    const t = raw.replace(/[.,]$/, '');
    const numeric = NUMERIC_DAY_FIRST.exec(raw);
    const time = TIME.exec(raw);
    if (numeric && d.day === undefined && d.month === undefined && d.year === undefined) {
      Object.assign(d, { day: Number(numeric[1]), month: Number(numeric[2]), year: Number(numeric[3]) });
    } else if (time && d.hour === undefined) {
      let hour = Number(time[1]);
      const half = time[4]?.replace(/\./g, '');
      if (half !== undefined) {
        if (hour < 1 || hour > 12) return undefined;
        hour = (hour % 12) + (half === 'pm' ? 12 : 0);
      }
      Object.assign(d, { hour, minute: Number(time[2]) });
      if (time[3] !== undefined) d.second = Number(time[3]);
    } else if (/^\d{4}$/.test(t) && d.year === undefined) {
      d.year = Number(t);
    } else if (DAY.test(raw) && d.day === undefined && !/^\d{4}/.test(raw)) {
      d.day = Number(DAY.exec(raw)?.[1]);
    } else if (MONTHS[t] !== undefined && d.month === undefined) {
      d.month = MONTHS[t];
    } else if (WEEKDAYS.has(t) && !weekday) {
      weekday = true;
    } else if (SEASONS.has(t) && !season && d.month === undefined) {
      season = true;
    } else if (ZONES[t] !== undefined && d.hour !== undefined && d.zone === undefined) {
      d.zone = ZONES[t];
    } else if (
      /^[a-z]{2,5}$/.test(t) &&
      d.hour !== undefined &&
      d.zone === undefined &&
      raw === tokens.at(-1)
    ) {
      // A zone this parser does not know (IST): the time stands without its zone.
    } else if (!FILLERS.has(t)) {
      return undefined;
    }
  }
  if (d.year === undefined) return undefined;
  if (season && d.day !== undefined) return undefined;
  if (d.hour !== undefined && d.day === undefined) return undefined;
  const out: StatedDate = { ...d, year: d.year };
  return valid(out) ? out : undefined;
}

/** A line that is only a weekday (`woensdag`, the line below `December 31, 2008`). */
export function isWeekdayLine(text: string): boolean {
  return WEEKDAYS.has(text.trim().toLowerCase().replace(/[.,]$/, ''));
}

/** A line that is only a time, with or without its zone (`23:22 Central European Time`). */
export function parseStatedTime(
  text: string,
): Pick<StatedDate, 'hour' | 'minute' | 'second' | 'zone'> | undefined {
  const d = parseStatedDate(`1 January 2000 ${text}`);
  if (d?.hour === undefined) return undefined;
  const out: Pick<StatedDate, 'hour' | 'minute' | 'second' | 'zone'> = { hour: d.hour };
  if (d.minute !== undefined) out.minute = d.minute;
  if (d.second !== undefined) out.second = d.second;
  if (d.zone !== undefined) out.zone = d.zone;
  return out;
}

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

/** `YYYY-MM-DD` of a date written in `text`, when the whole text is a date with a day. */
export function isoDay(text: string): string | undefined {
  return isoDate(dayOnly(parseStatedDate(text)));
}

/** The date without its time. */
export function dayOnly(d: StatedDate | undefined): StatedDate {
  if (!d) return { year: 0 };
  const out: StatedDate = { year: d.year };
  if (d.month !== undefined) out.month = d.month;
  if (d.day !== undefined) out.day = d.day;
  return out;
}
