/**
 * Factiva's publication dates and times, in the interface language of the export: a small
 * strict parser of the fixed forms Factiva writes, not a free-text date finder (chrono-node
 * would read `Late Edition - Final` or a page number next to a date): `13 November 2017`,
 * `9 Januar 1993`, `1er avril 2000`, `7 de abril de 2000`, `November 13, 2017`,
 * `2018 年 10 月 7 日`, `2018년 10월 7일`, `2017-11-13`. Month names come from ICU
 * (Intl.DateTimeFormat) for each interface language, in the forms dates use them (`Januar`,
 * `января`, `Jan.`), so no list is typed in by hand. A date without its day (`April 2000`)
 * is not a date here: no day is ever invented.
 */

const MONTH_LOCALES = [
  'en', 'de', 'de-AT', 'fr', 'es', 'it', 'nl', 'pt', 'sv', 'da', 'nb', 'fi', 'pl', 'ru', 'tr',
  'cs', 'id',
]; // prettier-ignore

const normaliseMonth = (name: string): string => name.normalize('NFC').toLowerCase().replace(/\.$/, '');

/** Month names (lower case, no final period) to month numbers; names two months share are left out. */
function buildMonths(): Map<string, number> {
  const months = new Map<string, number>();
  const ambiguous = new Set<string>();
  const add = (name: string, month: number): void => {
    const key = normaliseMonth(name);
    if (key === '' || /\d/.test(key)) return;
    const known = months.get(key);
    if (known !== undefined && known !== month) ambiguous.add(key);
    else months.set(key, month);
  };
  for (const locale of MONTH_LOCALES) {
    for (const style of ['long', 'short'] as const) {
      const standalone = new Intl.DateTimeFormat(locale, { month: style, timeZone: 'UTC' });
      // With a day, the month takes the form dates use (Russian and Polish genitive: января).
      const inDate = new Intl.DateTimeFormat(locale, { day: 'numeric', month: style, timeZone: 'UTC' });
      for (let m = 0; m < 12; m++) {
        const when = Date.UTC(2000, m, 7);
        add(standalone.format(when), m + 1);
        const part = inDate.formatToParts(when).find((p) => p.type === 'month');
        if (part) add(part.value, m + 1);
      }
    }
  }
  for (const key of ambiguous) months.delete(key);
  // Short forms Factiva and the newspapers use beyond ICU's (`Sept`, `Sep`).
  if (!months.has('sept')) months.set('sept', 9);
  if (!months.has('sep')) months.set('sep', 9);
  return months;
}

const MONTHS = buildMonths();

const pad = (n: number): string => String(n).padStart(2, '0');

/** `YYYY-MM-DD` when the day exists in that month, else undefined. */
function isoDate(year: number, month: number, day: number): string | undefined {
  if (year < 1800 || year > 2200 || month < 1 || month > 12 || day < 1) return undefined;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > last) return undefined;
  return `${year}-${pad(month)}-${pad(day)}`;
}

const LETTERS = String.raw`\p{L}[\p{L}\p{M}]*\.?`;
const DAY_MONTH_YEAR = new RegExp(
  String.raw`^(\d{1,2})(?:\.|er|º|\.º)?\s+(?:de\s+)?(${LETTERS})\s+(?:de\s+)?(\d{4})$`,
  'iu',
);
const MONTH_DAY_YEAR = new RegExp(String.raw`^(${LETTERS})\s+(\d{1,2}),?\s+(\d{4})$`, 'iu');
const MONTH_YEAR = new RegExp(
  String.raw`^(?:(${LETTERS})\s+(?:de\s+)?(\d{4})|(\d{4})\s*年\s*(\d{1,2})\s*月|(\d{4})\s*년\s*(\d{1,2})\s*월)$`,
  'iu',
);
const CJK = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$/u;
const KOREAN = /^(\d{4})\s*년\s*(\d{1,2})\s*월\s*(\d{1,2})\s*일$/u;
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Full-width digits (`２０１８`) as ASCII ones. */
const asciiDigits = (text: string): string =>
  text.replace(/[\uff10-\uff19]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 0x30));

/** What a Factiva date line says: a full date, or that it names only a month. */
export interface FactivaDate {
  /** `YYYY-MM-DD` when the text is a full date. */
  date?: string;
  /** True when the text is a month and year without a day (`April 2000`): no date, on purpose. */
  monthOnly?: boolean;
}

/** Reads a Factiva date line (`PD`, or the date `<div>` of the HTML export). */
export function parseFactivaDate(text: string): FactivaDate {
  const t = asciiDigits(text.normalize('NFC').trim().replace(/\s+/g, ' '));
  let m = CJK.exec(t) ?? KOREAN.exec(t) ?? ISO.exec(t);
  if (m) {
    const date = isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
    return date ? { date } : {};
  }
  m = DAY_MONTH_YEAR.exec(t);
  if (m) {
    const month = MONTHS.get(normaliseMonth(m[2]!));
    const date = month === undefined ? undefined : isoDate(Number(m[3]), month, Number(m[1]));
    return date ? { date } : {};
  }
  m = MONTH_DAY_YEAR.exec(t);
  if (m) {
    const month = MONTHS.get(normaliseMonth(m[1]!));
    const date = month === undefined ? undefined : isoDate(Number(m[3]), month, Number(m[2]));
    return date ? { date } : {};
  }
  m = MONTH_YEAR.exec(t);
  if (m && (m[1] === undefined || MONTHS.has(normaliseMonth(m[1])))) return { monthOnly: true };
  return {};
}

/** Zones Factiva states after a time, with their offset. */
const ZONES: Record<string, string> = { GMT: 'Z', UTC: 'Z', Z: 'Z' };
const TIME = /^(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([A-Za-z]{1,5}|[+-]\d{2}:?\d{2}))?$/;

/**
 * Reads a Factiva time (`ET` `06:04 GMT`, or `00:00:37` in the HTML export) as the part of
 * an ISO date-time after the `T`: `06:04Z`, `00:00:37`. A zone is added only when it is
 * stated and known (GMT, UTC, or an offset); undefined when the text is not a time.
 */
export function parseFactivaTime(text: string): string | undefined {
  const m = TIME.exec(text.trim());
  if (!m) return undefined;
  const [, h, min, s, zone] = m;
  if (Number(h) > 23 || Number(min) > 59 || (s !== undefined && Number(s) > 59)) return undefined;
  let suffix = '';
  if (zone !== undefined) {
    if (/^[+-]/.test(zone)) suffix = zone.includes(':') ? zone : `${zone.slice(0, 3)}:${zone.slice(3)}`;
    else suffix = ZONES[zone.toUpperCase()] ?? '';
  }
  return `${pad(Number(h))}:${min}${s === undefined ? '' : `:${s}`}${suffix}`;
}

/** Whether a line is a time of day as Factiva writes one (the HTML export's unlabelled `ET`). */
export function isFactivaTime(text: string): boolean {
  return parseFactivaTime(text) !== undefined;
}
