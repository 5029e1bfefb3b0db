/**
 * The date line of a Nexis Uni document (`July 18, 2017 Tuesday 7:20 AM GMT`,
 * `4 oktober 2017 woensdag`, `May 2, 2002, Thursday,, FINAL EDITION`) and its Load-Date
 * (`May 31, 2017`), read by a small strict parser: the line must start with a full date in one
 * of the export's two orders, and what follows may only be a weekday, a time, a zone and an
 * edition. A headline that merely starts with a date ("May 5, 2019 was …") is not a date line.
 *
 * Month and weekday names come from the platform's CLDR data (Intl), for every language the
 * Nexis interface or its sources use, so `März`, `mars`, `maart`, `marzo` all read as March.
 */

/** Languages whose month and weekday names a date line may use. */
const DATE_LOCALES = [
  'en',
  'de',
  'fr',
  'nl',
  'es',
  'it',
  'pt',
  'sv',
  'da',
  'nb',
  'fi',
  'pl',
  'cs',
  'tr',
  'ro',
  'hu',
];

/** Lower case, without accents or a final dot: `Mär.` and `mar` compare alike. */
const fold = (s: string): string =>
  s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\.$/, '');

/**
 * name → number, from Intl for every locale; a name that means different numbers in two
 * languages is dropped (it could be either).
 */
function nameTable(kind: 'month' | 'weekday'): Map<string, number> {
  const table = new Map<string, number>();
  const ambiguous = new Set<string>();
  const add = (name: string, value: number): void => {
    const key = fold(name);
    if (key.length < 3 || ambiguous.has(key)) return;
    const had = table.get(key);
    if (had !== undefined && had !== value) {
      table.delete(key);
      ambiguous.add(key);
    } else table.set(key, value);
  };
  for (const locale of DATE_LOCALES) {
    for (const width of ['long', 'short'] as const) {
      if (kind === 'month') {
        // Both the standalone form (`März`) and the form inside a date (`marca` in Polish).
        const standalone = new Intl.DateTimeFormat(locale, { month: width, timeZone: 'UTC' });
        const inDate = new Intl.DateTimeFormat(locale, { month: width, day: 'numeric', timeZone: 'UTC' });
        for (let m = 0; m < 12; m++) {
          const at = new Date(Date.UTC(2001, m, 15));
          add(standalone.format(at), m + 1);
          const part = inDate.formatToParts(at).find((p) => p.type === 'month');
          if (part) add(part.value, m + 1);
        }
      } else {
        const format = new Intl.DateTimeFormat(locale, { weekday: width, timeZone: 'UTC' });
        // 2001-01-07 was a Sunday: value 0 is Sunday, as Date.getUTCDay().
        for (let d = 0; d < 7; d++) add(format.format(new Date(Date.UTC(2001, 0, 7 + d))), d);
      }
    }
  }
  // English abbreviations the databases write that CLDR spells otherwise.
  for (const [name, m] of [
    ['sept', 9],
    ['sep', 9],
  ] as const)
    add(name, m);
  return table;
}

const MONTHS = nameTable('month');
const WEEKDAYS = nameTable('weekday');

/** Zones by the abbreviation the exports write, as UTC offsets. */
const ZONE_OFFSETS: Record<string, string> = {
  GMT: 'Z',
  UTC: 'Z',
  UT: 'Z',
  Z: 'Z',
  WET: '+00:00',
  BST: '+01:00',
  WEST: '+01:00',
  CET: '+01:00',
  MEZ: '+01:00',
  CEST: '+02:00',
  MESZ: '+02:00',
  EET: '+02:00',
  EEST: '+03:00',
  MSK: '+03:00',
  EST: '-05:00',
  EDT: '-04:00',
  CST: '-06:00',
  CDT: '-05:00',
  MST: '-07:00',
  MDT: '-06:00',
  PST: '-08:00',
  PDT: '-07:00',
  AKST: '-09:00',
  AKDT: '-08:00',
  HST: '-10:00',
  JST: '+09:00',
  KST: '+09:00',
  HKT: '+08:00',
  SGT: '+08:00',
  AWST: '+08:00',
  ACST: '+09:30',
  AEST: '+10:00',
  AEDT: '+11:00',
  NZST: '+12:00',
  NZDT: '+13:00',
};

/** Zones named without saying standard or daylight time: the offset follows from the date. */
const GENERIC_ZONES: Record<string, string> = {
  ET: 'America/New_York',
  CT: 'America/Chicago',
  MT: 'America/Denver',
  PT: 'America/Los_Angeles',
};

const pad = (n: number): string => String(n).padStart(2, '0');

/** The UTC offset (`-07:00`) of an IANA zone at a local date and time. */
function offsetAt(zone: string, y: number, mo: number, d: number, h: number, mi: number): string | undefined {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    timeZoneName: 'longOffset',
  }).formatToParts(
    // The local time read as UTC is within a day of the instant; offsets change only at night.
    new Date(Date.UTC(y, mo - 1, d, h, mi)),
  );
  const name = parts.find((p) => p.type === 'timeZoneName')?.value ?? '';
  if (name === 'GMT') return 'Z';
  const m = /^GMT([+-]\d{2}):(\d{2})$/.exec(name);
  return m ? `${m[1]}:${m[2]}` : undefined;
}

function zoneOffset(
  zone: string,
  y: number,
  mo: number,
  d: number,
  h: number,
  mi: number,
): string | undefined {
  const upper = zone.toUpperCase();
  const fixed = ZONE_OFFSETS[upper];
  if (fixed) return fixed;
  const iana = GENERIC_ZONES[upper];
  if (iana) return offsetAt(iana, y, mo, d, h, mi);
  const m = /^(?:GMT|UTC)([+-])(\d{1,2})(?::?(\d{2}))?$/i.exec(zone);
  if (m) return Number(m[2]) === 0 && !m[3] ? 'Z' : `${m[1]}${pad(Number(m[2]))}:${m[3] ?? '00'}`;
  return undefined;
}

const daysIn = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();

export interface DateLine {
  /** `YYYY-MM-DD`, with `THH:MM[:SS]` and the zone when stated; absent when no day is given. */
  date?: string;
  /** A month without a day (`October 2017`): no date is made up from it. */
  month?: string;
  /** The edition stated after the date (`FINAL EDITION`). */
  edition?: string;
}

const WORD = String.raw`[\p{L}][\p{L}.]*`;
/** `July 18, 2017` (month first) or `18. Juli 2017` / `4 de octubre de 2017` (day first). */
const MONTH_FIRST = new RegExp(String.raw`^(${WORD})\s+(\d{1,2}),?\s+(\d{4})(?![\d])`, 'u');
const DAY_FIRST = new RegExp(
  String.raw`^(\d{1,2})\.?\s+(?:de\s+)?(${WORD})\s+(?:de\s+)?(\d{4})(?![\d])`,
  'u',
);
const MONTH_ONLY = new RegExp(String.raw`^(${WORD})\s+(\d{4})$`, 'u');
const LEADING_WEEKDAY = new RegExp(String.raw`^(${WORD}),?\s+`, 'u');
const TIME = /^(\d{1,2})[:.](\d{2})(?::(\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?(?:\s*(?:uhr|h))?(?![\p{L}\d])/iu;
const ZONE = /^([A-Z]{1,5}(?:[+-]\d{1,2}(?::?\d{2})?)?)(?![\p{L}])/u;
const EDITION = /\b(edition|ausgabe|[ée]dition|editie|edici[óo]n|edizione|edi[çc][ãa]o)\b/iu;

/** Reads a date line; undefined when the line is not one. */
export function parseDateLine(text: string): DateLine | undefined {
  let s = text.replace(/\s+/gu, ' ').trim();
  // A weekday first (`Tuesday, July 18, 2017`) is read and checked like one after the date.
  const lead = LEADING_WEEKDAY.exec(s);
  if (lead && WEEKDAYS.has(fold(lead[1]!)) && !MONTHS.has(fold(lead[1]!))) s = s.slice(lead[0].length);
  let y: number, mo: number, d: number;
  const mf = MONTH_FIRST.exec(s);
  const df = mf ? undefined : DAY_FIRST.exec(s);
  if (mf && MONTHS.has(fold(mf[1]!))) {
    mo = MONTHS.get(fold(mf[1]!))!;
    d = Number(mf[2]);
    y = Number(mf[3]);
    s = s.slice(mf[0].length);
  } else if (df && MONTHS.has(fold(df[2]!))) {
    d = Number(df[1]);
    mo = MONTHS.get(fold(df[2]!))!;
    y = Number(df[3]);
    s = s.slice(df[0].length);
  } else {
    const only = MONTH_ONLY.exec(s);
    if (only && MONTHS.has(fold(only[1]!)))
      return { month: `${only[2]}-${pad(MONTHS.get(fold(only[1]!))!)}` };
    return undefined;
  }
  if (d < 1 || d > daysIn(y, mo) || y < 1000) return undefined;
  const day = `${y}-${pad(mo)}-${pad(d)}`;
  // What may follow: separators, a weekday, a time and zone, an edition.
  let rest = s.replace(/^[\s,;]+/u, '');
  let sawWeekday = false;
  const wd = /^[\p{L}-]+/u.exec(rest);
  if (wd && WEEKDAYS.has(fold(wd[0]))) {
    sawWeekday = true;
    rest = rest.slice(wd[0].length).replace(/^[\s,;]+/u, '');
  }
  let time = '';
  const t = TIME.exec(rest);
  if (t) {
    let h = Number(t[1]);
    const mi = Number(t[2]);
    const ampm = t[4]?.toLowerCase().replace(/\./g, '');
    if (ampm === 'pm' && h < 12) h += 12;
    if (ampm === 'am' && h === 12) h = 0;
    if (h < 24 && mi < 60) {
      rest = rest.slice(t[0].length).replace(/^\s+/u, '');
      const z = ZONE.exec(rest);
      const offset = z ? zoneOffset(z[1]!, y, mo, d, h, mi) : undefined;
      if (z && offset) rest = rest.slice(z[0].length);
      time = `T${pad(h)}:${pad(mi)}${t[3] ? `:${t[3]}` : ''}${offset ?? ''}`;
    }
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
