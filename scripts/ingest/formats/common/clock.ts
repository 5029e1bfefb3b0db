/**
 * Times of day as the exports state them after a date or on a line of their own (`7:20 AM
 * GMT`, `6:10 PM EST`, `18.30 Uhr`, `00:00:37`, `23:22 Central European Time`, `12:00 +0100`),
 * with the zone as a UTC offset when the text names one this module knows. A zone named
 * without saying standard or daylight time (`PT`, `ET`) takes the offset it had on the day,
 * so it is known only when the day is.
 */

/** A time of day; `zone` is `Z` or `±HH:MM`. */
export interface ClockTime {
  hour: number;
  minute: number;
  second?: number;
  zone?: string;
}

/** A day, for the offset of a zone whose offset changes over the year. */
export interface Day {
  year: number;
  month: number;
  day: number;
}

/** Zones by the abbreviation the exports write, as UTC offsets. Ambiguous ones (IST) are left out. */
const ZONES: Record<string, string> = {
  GMT: 'Z', UTC: 'Z', UT: 'Z', Z: 'Z', WET: '+00:00', BST: '+01:00', WEST: '+01:00', CET: '+01:00',
  MEZ: '+01:00', CEST: '+02:00', MESZ: '+02:00', EET: '+02:00', EEST: '+03:00', MSK: '+03:00',
  EST: '-05:00', EDT: '-04:00', CST: '-06:00', CDT: '-05:00', MST: '-07:00', MDT: '-06:00',
  PST: '-08:00', PDT: '-07:00', AKST: '-09:00', AKDT: '-08:00', HST: '-10:00', JST: '+09:00',
  KST: '+09:00', HKT: '+08:00', SGT: '+08:00', AWST: '+08:00', ACST: '+09:30', AEST: '+10:00',
  AEDT: '+11:00', NZST: '+12:00', NZDT: '+13:00',
}; // prettier-ignore

/** Zones spelled out, as the abbreviation they stand for. */
const SPELLED_ZONES: Record<string, string> = {
  'central european summer time': 'CEST',
  'central european time': 'CET',
  'eastern standard time': 'EST',
  'eastern time': 'EST',
  'greenwich mean time': 'GMT',
};

/** Zones named without saying standard or daylight time: the offset follows from the day. */
const GENERIC_ZONES: Record<string, string> = {
  ET: 'America/New_York',
  CT: 'America/Chicago',
  MT: 'America/Denver',
  PT: 'America/Los_Angeles',
};

const pad = (n: number): string => String(n).padStart(2, '0');

/** The UTC offset (`-07:00`) of an IANA zone at a local day and time. */
function offsetAt(zone: string, on: Day, hour: number, minute: number): string | undefined {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    timeZoneName: 'longOffset',
  }).formatToParts(
    // The local time read as UTC is within a day of the instant; offsets change only at night.
    new Date(Date.UTC(on.year, on.month - 1, on.day, hour, minute)),
  );
  const name = parts.find((p) => p.type === 'timeZoneName')?.value ?? '';
  if (name === 'GMT') return 'Z';
  const m = /^GMT([+-]\d{2}):(\d{2})$/.exec(name);
  return m ? `${m[1]}:${m[2]}` : undefined;
}

const TIME =
  /^(\d{1,2})[:.](\d{2})(?::(\d{2}))?(?:\s*(am|pm|a\.m\.?|p\.m\.?))?(?:\s*(?:uhr|h))?(?![\p{L}\d]|[.:]\d)/iu;
const SPELLED_ZONE = new RegExp(
  `^(${Object.keys(SPELLED_ZONES)
    .map((name) => name.replaceAll(' ', String.raw`\s+`))
    .join('|')})(?![\\p{L}])`,
  'iu',
);
const GMT_OFFSET = /^(?:GMT|UTC)([+-])(\d{1,2})(?::?(\d{2}))?(?!\d)/iu;
const OFFSET = /^([+-])(\d{2}):?(\d{2})(?!\d)/u;
const ABBREVIATION = /^([A-Za-z]{1,5})(?![\p{L}])/u;

/** The zone at the start of `text`: its offset and what it took, or undefined when none is known there. */
function matchZone(
  text: string,
  on: Day | undefined,
  time: ClockTime,
): { zone: string; length: number } | undefined {
  const spelled = SPELLED_ZONE.exec(text);
  if (spelled) {
    const name = SPELLED_ZONES[spelled[1]!.toLowerCase().replace(/\s+/gu, ' ')]!;
    return { zone: ZONES[name]!, length: spelled[0].length };
  }
  const gmt = GMT_OFFSET.exec(text);
  if (gmt) {
    const zone = Number(gmt[2]) === 0 && !gmt[3] ? 'Z' : `${gmt[1]}${pad(Number(gmt[2]))}:${gmt[3] ?? '00'}`;
    return { zone, length: gmt[0].length };
  }
  const offset = OFFSET.exec(text);
  if (offset) return { zone: `${offset[1]}${offset[2]}:${offset[3]}`, length: offset[0].length };
  const abbreviation = ABBREVIATION.exec(text);
  if (!abbreviation) return undefined;
  const name = abbreviation[1]!.toUpperCase();
  const iana = GENERIC_ZONES[name];
  const zone = ZONES[name] ?? (iana && on ? offsetAt(iana, on, time.hour, time.minute) : undefined);
  return zone === undefined ? undefined : { zone, length: abbreviation[0].length };
}

/**
 * The time at the start of `text` (`7:20 AM`, `18.30 Uhr`, `00:00:37`) and its zone when a
 * known one follows, with the text after them; undefined when the text does not start with
 * a time of day (`13:10 PM` is none).
 */
export function matchTime(text: string, on?: Day): { time: ClockTime; rest: string } | undefined {
  const m = TIME.exec(text);
  if (!m) return undefined;
  let hour = Number(m[1]);
  const minute = Number(m[2]);
  const half = m[4]?.toLowerCase().replace(/\./g, '');
  if (half !== undefined) {
    if (hour < 1 || hour > 12) return undefined;
    hour = (hour % 12) + (half === 'pm' ? 12 : 0);
  }
  if (hour > 23 || minute > 59 || Number(m[3] ?? 0) > 59) return undefined;
  const time: ClockTime = { hour, minute };
  if (m[3] !== undefined) time.second = Number(m[3]);
  let rest = text.slice(m[0].length);
  const gap = /^\s*/u.exec(rest)![0].length;
  const zone = matchZone(rest.slice(gap), on, time);
  if (zone) {
    time.zone = zone.zone;
    rest = rest.slice(gap + zone.length);
  }
  return { time, rest };
}

/** `HH:MM`, with `:SS` and the zone when stated. */
export function isoTime(time: ClockTime): string {
  const seconds = time.second === undefined ? '' : `:${pad(time.second)}`;
  return `${pad(time.hour)}:${pad(time.minute)}${seconds}${time.zone ?? ''}`;
}
