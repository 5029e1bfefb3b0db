/**
 * The authors' names in a stated byline: `BY STEPHEN POLLARD` → `STEPHEN POLLARD`,
 * `Ross Ihaka and Robert Gentleman` → two names, `Craig Nelson (Box by John Brittas)` →
 * `Craig Nelson`. A byline that is not a list of names (`Report from The Pioneer brought to
 * you by HT Syndication.`, `VAN ONZE CORRESPONDENT`) gives none: a wrong author is worse than
 * none, since the page shows the names as the article's authors.
 */

/** Words that make a part of a byline a role or an organisation rather than a name. */
const NOT_NAME = new Set(
  (
    'correspondent correspondents reporter reporters editor editors staff writer writers columnist ' +
    'contributor contributors news service services agency agencies press wire syndication bureau ' +
    'chief senior political international foreign business sports associated reuters afp dpa ' +
    'redactie redaktion rédaction correspondant korrespondent correspondente onze van-onze ' +
    'from with brought you our his her their report reports special host anchor'
  ).split(' '),
);
/** Lower-case particles that belong to names (`Ludwig van Beethoven`, `Ahmed bin Ali`). */
const PARTICLES = new Set([
  'van',
  'von',
  'de',
  'der',
  'den',
  'da',
  'di',
  'du',
  'le',
  'la',
  'bin',
  'al',
  'el',
  'ter',
  'ten',
  'y',
  'zu',
]);
const BY = /^(?:by|von|par|door|por|di|av|af)\s+/i;
const EMAIL = /\S+@\S+\.\S+/g;

function isName(part: string): boolean {
  const words = part.split(/\s+/);
  if (words.length < 2 || words.length > 5) return false;
  for (const w of words) {
    const bare = w.replace(/[.'’-]/g, '');
    if (NOT_NAME.has(w.toLowerCase())) return false;
    if (PARTICLES.has(w)) continue;
    if (!/^\p{Lu}/u.test(w) || /\d/.test(w) || bare === '') return false;
  }
  return true;
}

/** The names in a byline, one each, in the order stated; empty when it names no one. */
export function bylineAuthors(byline: string): string[] {
  let s = byline
    .replace(EMAIL, ' ')
    .replace(/\([^)]*\)/g, ' ')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim()
    .replace(/[.;,]$/, '');
  s = s.replace(BY, '');
  // `PRUIM, FRED`: one name, family name first, as some databases write it.
  if (/^[\p{L}'’-]+, [\p{L}'’.-]+$/u.test(s)) return [s];
  const parts = s
    .split(/\s*(?:,|;|&|\/|\band\b|\bund\b|\bet\b|\ben\b|\boch\b|\bog\b)\s*/i)
    .map((p) => p.replace(BY, '').trim())
    .filter((p) => p !== '');
  const names: string[] = [];
  for (const part of parts) {
    if (isName(part)) names.push(part);
    // A role or an organisation beside the names (`John Smith, Staff Writer`) is left out;
    // anything else (a sentence, a place) means the byline cannot be read as names.
    else if (!part.split(/\s+/).some((w) => NOT_NAME.has(w.toLowerCase()))) return [];
  }
  return names;
}
