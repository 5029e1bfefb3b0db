/**
 * Invented names for the synthetic archive: people, places and organisations built from
 * syllables (some with letters beyond ASCII), and publishers for the articles' footers.
 * Real archives owe most of their vocabulary to names like these: they make the index grow
 * with the archive, the way a real one does.
 */
import type { Random } from './random.ts';

const ONSETS = [
  'b',
  'd',
  'g',
  'k',
  'l',
  'm',
  'n',
  'r',
  's',
  't',
  'z',
  'sh',
  'kh',
  'ch',
  'zh',
  'q',
  'y',
  'v',
  'f',
  'j',
];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'a', 'o', 'i', 'ö', 'ü', 'ā', 'ı', 'o‘'];
const CODAS = ['', '', '', 'n', 'r', 'l', 'm', 'k', 't', 'sh', 'z', 'b'];
const PLACE_ENDINGS = [
  'abad',
  'kent',
  'stan',
  'ovka',
  'sk',
  'obod',
  'tepa',
  'kul',
  'dara',
  'shahr',
  'gorod',
  'su',
];
const PERSON_ENDINGS = ['ov', 'ova', 'ev', 'eva', 'zoda', 'iy', 'uly', 'qyzy', 'yan', 'shvili', 'oğlu', ''];
const CYRILLIC_NAMES = [
  'Ташкент',
  'Бишкек',
  'Алматы',
  'Душанбе',
  'Ақтөбе',
  'Хорог',
  'Ош',
  'Нукус',
  'Тараз',
  'Джизак',
];
const ORGANISATION_WORDS = [
  'Committee',
  'Agency',
  'Council',
  'Institute',
  'Foundation',
  'Ministry',
  'Union',
  'Bank',
  'Service',
  'Fund',
];

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function syllables(random: Random, count: number): string {
  let out = '';
  for (let i = 0; i < count; i++) out += random.pick(ONSETS) + random.pick(VOWELS) + random.pick(CODAS);
  return out;
}

/** `count` distinct one-word proper names (people, places, organisations). */
export function inventNames(random: Random, count: number): string[] {
  const names = new Set<string>();
  while (names.size < count) {
    const kind = random.int(0, 99);
    let name: string;
    if (kind < 45) name = capitalise(syllables(random, random.int(1, 2)) + random.pick(PERSON_ENDINGS));
    else if (kind < 85) name = capitalise(syllables(random, random.int(1, 2)) + random.pick(PLACE_ENDINGS));
    else if (kind < 88)
      name = random.pick(CYRILLIC_NAMES) + (random.chance(0.5) ? '' : `-${random.int(2, 9)}`);
    else name = capitalise(syllables(random, random.int(2, 3)));
    if (name.length >= 3) names.add(name);
  }
  return [...names];
}

export interface Publisher {
  name: string;
  /** Whether its articles end with a copyright line rather than `Source: …`. */
  copyright: boolean;
  /** Year in its copyright line. */
  year: number;
}

const PUBLISHER_PATTERNS: ((place: string, word: string) => string)[] = [
  (place) => `National information agency of ${place}`,
  (place) => `${place} Times`,
  (place) => `The ${place} Herald`,
  (place) => `${place} Daily News`,
  (place, word) => `${place} ${word} Press Office`,
  (place) => `Radio ${place}`,
  (place) => `${place} Today`,
  (place) => `Ministry of foreign affairs of the Republic of ${place}`,
  (place) => `${place} Business Review`,
  (place) => `United Nations in ${place}`,
];

/** `count` distinct publishers; about one in four signs with a copyright line. */
export function inventPublishers(random: Random, count: number, places: readonly string[]): Publisher[] {
  const byName = new Map<string, Publisher>();
  while (byName.size < count) {
    const pattern = random.pick(PUBLISHER_PATTERNS);
    const name = pattern(random.pick(places), random.pick(ORGANISATION_WORDS));
    if (!byName.has(name))
      byName.set(name, { name, copyright: random.chance(0.25), year: random.int(2005, 2024) });
  }
  return [...byName.values()];
}
