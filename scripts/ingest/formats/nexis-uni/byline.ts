/**
 * A byline → the names of its authors: `By KELVIN CHAN, AP Business Writer` → `KELVIN CHAN`;
 * `feedback@example.com,  (Ann Lee)` → `Ann Lee`; `Ann Lee and Bo Ek, CNN` → both names.
 * Agencies, desks and roles (`States News Service`, `Staff Writer`, `in Brussels`) are not
 * names. When in doubt a part is left out: the byline itself is kept verbatim beside them.
 */

/** Words that make a byline part an organisation, a role or a place, not a person. */
const NOT_A_NAME =
  /\b(press|news|newspapers?|times|post|herald|tribune|journal|gazette|wire|service|agency|network|media|business|inc|llc|ltd|corp|company|group|today|cnn|ap|afp|dpa|reuters|bloomberg|xinhua|bbc|staff|writer|reporter|correspondent|editor|editors|columnist|analyst|contributor|special|desk|bureau|research|markets|entertainment|letters|redaktion|korrespondent|rédaction|redactie)\b/iu;

/** `By`, `Analysis by` and their forms in other languages, before the names. */
const LEADING_BY =
  /^(?:(?:analysis|commentary|interview|text|photos?|story)\s+)?(?:by|von|par|door|por|di|av|af)\s+/iu;
/** A role after a name: `Ann Lee Brexit correspondent` → `Ann Lee`. */
const TRAILING_ROLE = /\s+(?:[\p{L}-]+\s+){0,3}(?:correspondent|editor|writer|reporter|columnist|analyst)$/iu;
const TRAILING_PLACE = /\s+in\s+\p{Lu}[\p{L}' -]*$/u;

/** Whether a part reads as a person's name: two to five words, each capitalised. */
function looksLikeName(part: string): boolean {
  const words = part.split(/\s+/u);
  if (words.length < 2 || words.length > 5) return false;
  if (NOT_A_NAME.test(part) || /[@\d/]|\.\p{L}{2,}$/u.test(part)) return false;
  return words.every((w) => /^(?:\p{Lu}|(?:de|da|van|von|der|den|del|di|du|la|le|bin|al|ten|ter)$)/u.test(w));
}

/** The author names in a byline, in order; empty when it names none (an agency, a desk). */
export function bylineAuthors(byline: string): string[] {
  let text = byline.replace(/\s+/gu, ' ').trim();
  // `email,  (Name)`: the name in brackets is the author once addresses are gone.
  const withoutContacts = text.replace(/\S*@\S*/gu, '').trim();
  const bracketed = /^[\s,;]*\(([^()]+)\)[\s,;]*$/u.exec(withoutContacts);
  text = bracketed ? bracketed[1]! : withoutContacts.replace(/\([^()]*\)/gu, '');
  const authors: string[] = [];
  // `Name; Special for USA TODAY`: what follows a semicolon describes the names before it.
  const names = text.split(';')[0] ?? '';
  const parts = names
    .replace(LEADING_BY, '')
    .split(/\s*,\s*|\s+(?:and|und|et|en|y|e|og|och|&)\s+/iu)
    .map((p) => p.replace(LEADING_BY, '').trim())
    .filter((p) => p !== '');
  for (const raw of parts) {
    const part = raw.replace(TRAILING_PLACE, '').replace(TRAILING_ROLE, '').trim();
    // The first part that is not a name (an affiliation) ends the names: what follows it
    // describes them (`Irv Leavitt, Pioneer Press Newspapers, Suburban Chicago`).
    if (!looksLikeName(part)) {
      if (authors.length > 0) break;
      continue;
    }
    if (!authors.includes(part)) authors.push(part);
  }
  return authors;
}
