/**
 * The authors' names in a stated byline: `BY STEPHEN POLLARD` → `STEPHEN POLLARD`; `By Ann
 * Lee and Bo Ek, CNN` → both names; `Von C. CARSTENS und H. SCHEFFEN (Fotos)` → both;
 * `Craig Nelson (Box by John Brittas)` → `Craig Nelson`; `Dee Rowe in Brussels`, `김민지 기자`
 * → the name alone. Emails, bracketed notes, roles (`Staff Writer`, `Brexit correspondent`)
 * and affiliations (`Associated Press`, `CNN Business`) are not names, and an affiliation ends
 * the names (what follows it describes them: `Irv Leavitt, Pioneer Press, Suburban Chicago`).
 * A byline that names no one (`States News Service`, `VAN ONZE CORRESPONDENT`) gives none:
 * a wrong author is worse than none, since the page shows the names as the article's authors;
 * the byline itself is kept verbatim beside them.
 */

/** Words that make a part of a byline a role, a desk or an organisation rather than a person. */
const NOT_A_NAME = new Set(
  (
    'correspondent correspondents reporter reporters editor editors staff writer writers columnist ' +
    'contributor contributors analyst special host anchor chief senior political international ' +
    'foreign business sports markets entertainment research letters desk bureau news newspaper ' +
    'newspapers service services agency agencies press wire syndication network media times post ' +
    'herald tribune journal gazette today inc llc ltd corp company group associated cnn ap afp dpa ' +
    'reuters bloomberg xinhua bbc redactie redaktion rédaction redakteur redakteurin correspondant ' +
    'korrespondent korrespondentin correspondente onze van-onze agencies fotos foto photos photo ' +
    'from with brought you our his her their report reports'
  ).split(' '),
);
/** Lower-case particles that belong to names (`Anouk de Vries`, `Ahmed bin Ali`). */
const PARTICLES = new Set('van von de der den del da di du le la bin al el ter ten y zu'.split(' '));

/** `By`, `Analysis by` and their forms in other languages, before the names. */
const OPENER =
  /^(?:(?:analysis|commentary|interview|text|photos?|story)\s+)?(?:by|von|par|door|por|av|af|przez)\s+/iu;
/** Italian and Portuguese `di`, `da`, `de`: only in lower case, since capitalised they start a name (`Da Silva`). */
const LOWER_CASE_OPENER = /^(?:di|da|de)\s+/u;
/** `Aus Chicago berichtet …`, `From London, … reports`. */
const REPORTED_FROM =
  /^(?:[Aa]us|[Ff]rom|[Dd]e|[Dd]esde|[Dd]a)\s+\p{Lu}[\p{L}\p{M}.-]*(?:\s+\p{Lu}[\p{L}\p{M}.-]*)?\s+(?:berichtet|reports?|rapporte|informa)\s+/u;
/** Joins between names: commas, semicolons, slashes, `and` in the languages of the exports. */
const SEPARATOR = /\s*(?:[,;&、/]|\s(?:and|und|et|en|och|og|y|e|i|ja)\s)\s*/iu;
/** Where the author wrote from (`in Brussels`), and the CJK words for reporter and correspondent. */
const PLACE_OR_TITLE =
  /\s+in\s+\p{Lu}[\p{L}\p{M}' .-]*$|\s*(?:기자|특파원|记者|記者|特派员|特派員)$|^(?:记者|記者)\s*/u;
/** A word that names the role a name is followed by (`Ann Lee Brexit correspondent`). */
const ROLE = /^(?:correspondent|editor|writer|reporter|columnist|analyst)$/iu;
/** `PRUIM, FRED`: one name, family name first, as some databases write it. */
const FAMILY_FIRST = /^[\p{L}'’-]+, [\p{L}'’.-]+$/u;
/** A name in a script without case (Chinese, Japanese, Korean) may be one word. */
const CASELESS_NAME = /^[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]{2,}$/u;

const withoutOpener = (text: string): string => {
  const m = OPENER.exec(text) ?? LOWER_CASE_OPENER.exec(text);
  return m ? text.slice(m[0].length) : text;
};

/** Whether a text starts as a byline does, with `By`, `Von`, `Par` … before the names. */
export const opensByline = (text: string): boolean => OPENER.test(text) || LOWER_CASE_OPENER.test(text);

/** Whether a part reads as a person's name: two to five capitalised words, none a role's. */
function isName(part: string): boolean {
  if (CASELESS_NAME.test(part)) return true;
  const words = part.split(' ');
  if (words.length < 2 || words.length > 5 || /[@\d/]|\.\p{L}{2,}$/u.test(part)) return false;
  return words.every((w) => {
    if (PARTICLES.has(w)) return true;
    if (NOT_A_NAME.has(w.toLowerCase().replace(/[.,]$/u, ''))) return false;
    return /^[\p{Lu}\p{Lo}]/u.test(w) && w.replace(/[.'’-]/gu, '') !== '';
  });
}

/**
 * A part without the role after its name and up to three words that qualify the role: its
 * lower-case ones (`Ann Lee political editor`), else as many as leave two words of name
 * (`Ann Lee Brexit correspondent`, `Ann Lee Sample File correspondent`).
 */
function withoutTrailingRole(part: string): string {
  const words = part.split(' ');
  const role = words.length - 1;
  if (!ROLE.test(words[role]!)) return part;
  let from = role;
  while (from > 2 && from > role - 3 && /^\p{Ll}/u.test(words[from - 1]!)) from--;
  if (from === role) from = Math.max(2, role - 3);
  return words.slice(0, from).join(' ');
}

/** One part of a byline without the place, the role and a final period that ends no initial. */
function cleanPart(raw: string): string {
  let part = withoutTrailingRole(withoutOpener(raw.trim()).replace(PLACE_OR_TITLE, '').trim());
  if (/\.$/u.test(part) && !/(?:^|\s)(?:\p{L}|jr|sr)\.$/iu.test(part)) part = part.slice(0, -1).trim();
  return part;
}

/** The names in a byline, one each, in the order stated; empty when it names no one. */
export function bylineAuthors(byline: string): string[] {
  let text = byline
    .replace(/\S*@\S*/gu, ' ')
    .replace(/\([^()]*\)/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/[;,]$/u, '');
  text = withoutOpener(text).replace(REPORTED_FROM, '');
  if (FAMILY_FIRST.test(text)) return [text];
  const authors: string[] = [];
  for (const raw of text.split(SEPARATOR)) {
    const part = cleanPart(raw);
    if (part === '') continue;
    if (isName(part)) {
      if (!authors.includes(part)) authors.push(part);
    } else if (authors.length > 0) break;
  }
  return authors;
}
