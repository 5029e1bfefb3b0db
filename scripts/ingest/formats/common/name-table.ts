/**
 * Tables of names the exports write in many languages (months, weekdays, languages), filled
 * from the platform's CLDR data (Intl) rather than typed in, so that every interface
 * language the databases offer is covered the same way.
 */

/** What to do with a name that two entries give different values. */
export type NameClash =
  /** Leave it out: the name could mean either (a month name two languages use differently). */
  | 'drop'
  /** Keep the first value: entries are added in order of preference. */
  | 'first';

/**
 * A table of names → values, keyed by `fold` (which decides what counts as the same name);
 * empty keys are left out.
 */
export function nameTable<V>(
  entries: Iterable<readonly [string | undefined, V]>,
  fold: (name: string) => string,
  clash: NameClash,
): Map<string, V> {
  const table = new Map<string, V>();
  const ambiguous = new Set<string>();
  for (const [name, value] of entries) {
    if (name === undefined) continue;
    const key = fold(name);
    if (key === '' || ambiguous.has(key)) continue;
    const had = table.get(key);
    if (had === undefined) table.set(key, value);
    else if (had !== value && clash === 'drop') {
      table.delete(key);
      ambiguous.add(key);
    }
  }
  return table;
}

/**
 * The names of the twelve months in a locale, long and short, each standalone (`März`) and
 * as dates use it (Polish `marca`, Russian `марта`), with the month's number (1–12).
 */
export function* monthNames(locale: string): Generator<[string, number]> {
  for (const width of ['long', 'short'] as const) {
    const standalone = new Intl.DateTimeFormat(locale, { month: width, timeZone: 'UTC' });
    const inDate = new Intl.DateTimeFormat(locale, { day: 'numeric', month: width, timeZone: 'UTC' });
    for (let m = 0; m < 12; m++) {
      const at = Date.UTC(2001, m, 15);
      yield [standalone.format(at), m + 1];
      const part = inDate.formatToParts(at).find((p) => p.type === 'month');
      if (part) yield [part.value, m + 1];
    }
  }
}

/** The names of the weekdays in a locale, long and short, with the day's number (0 Sunday … 6). */
export function* weekdayNames(locale: string): Generator<[string, number]> {
  for (const width of ['long', 'short'] as const) {
    const format = new Intl.DateTimeFormat(locale, { weekday: width, timeZone: 'UTC' });
    // 2001-01-07 was a Sunday: day 0, as Date.getUTCDay() counts.
    for (let d = 0; d < 7; d++) yield [format.format(Date.UTC(2001, 0, 7 + d)), d];
  }
}

/** The names of languages (by code) in a locale: `de` → `Deutsch` in German, `German` in English. */
export function* languageNames(
  locale: string,
  codes: readonly string[],
): Generator<[string | undefined, string]> {
  const names = new Intl.DisplayNames([locale], { type: 'language', fallback: 'none' });
  for (const code of codes) yield [names.of(code), code];
}
