/**
 * A language as an export states it → its BCP-47 code, lower case: `ENGLISH`, `Englisch`,
 * `Anglais` → `en`; `GERMAN; DEUTSCH`, `Dutch / Nederlands` → the first name that is known;
 * `한국어`, `韩文` → `ko`; `Chinese-Simplified` → `zh-hans`; a stated code (`EN`, `de-DE`) as
 * such. The databases name the article's language in the language of their interface, often
 * followed by its own name, so the table holds every language's name in every interface
 * language the databases offer and in the language itself, taken from the platform's CLDR
 * data (Intl.DisplayNames), plus the spellings the exports use that CLDR has not.
 */
import { languageNames, nameTable } from './name-table.ts';

/** Languages an article may be in (ISO 639-1, a few ISO 639-2, and the Chinese scripts). */
const CODES = (
  'af am ar az be bg bn bs ca cs cy da de el en es et eu fa fi fil fr ga gl gu he hi hr hu hy id ' +
  'is it ja ka kk km kn ko ky la lo lt lv mk ml mn mr ms mt my nb ne nl nn no pa pl ps pt ro ru si ' +
  'sk sl so sq sr sv sw ta te th tk tr uk ur uz vi xh yo zh zh-Hans zh-Hant zu'
).split(' ');

/** The databases' interface languages (Nexis, LexisNexis, ProQuest, Factiva), English first. */
const INTERFACE_LOCALES = [
  'en', 'de', 'fr', 'nl', 'es', 'it', 'pt', 'sv', 'da', 'nb', 'fi', 'pl', 'ru', 'ja', 'ko', 'zh',
  'zh-Hant', 'tr',
]; // prettier-ignore

/**
 * Names CLDR does not give, as the exports write them: spelled without umlauts, older or
 * other names (`Flemish`, `Farsi`, `Castellano`), and Factiva's names of the Chinese scripts.
 */
const SPELLINGS: Record<string, string> = {
  fr: 'francaise|française|franzoesisch',
  nl: 'niederlaendisch|flemish|vlaams',
  es: 'castellano',
  da: 'daenisch',
  no: 'norwegian',
  sr: 'srpski',
  tr: 'tuerkisch',
  fa: 'farsi',
  hi: 'हिंदी',
  id: 'bahasa indonesia',
  ms: 'bahasa melayu',
  zh: '汉语|漢語',
  ko: '조선어',
  'zh-hans': 'chinese-simplified|chinese (simplified)|中文(简体)|简体中文',
  'zh-hant': 'chinese-traditional|chinese (traditional)|中文(繁體)|中文(繁体)|繁體中文',
};

/** Case, white space, brackets (full-width too) and a final period do not tell names apart. */
const fold = (name: string): string =>
  name
    .normalize('NFC')
    .trim()
    .replace(/[.。]$/u, '')
    .replace(/[\s\u00a0]+/gu, ' ')
    .replace(/\s*([()（）])\s*/gu, '$1')
    .replace(/（/gu, '(')
    .replace(/）/gu, ')')
    .toLocaleLowerCase('und');
/** The same without accents (`FRANCAIS` for `français`), tried when a name is not known as written. */
const foldAccents = (name: string): string => fold(name).normalize('NFD').replace(/\p{M}/gu, '');

/** Every name with its code, in order of preference: interface languages, own names, spellings. */
function* entries(): Generator<[string | undefined, string]> {
  const named = function* (locale: string): Generator<[string | undefined, string]> {
    for (const [name, code] of languageNames(locale, CODES)) {
      const lower = code.toLowerCase();
      // A "name" that is the code itself is the code, read as such below.
      if (name === undefined || fold(name) === lower) continue;
      yield [name, lower];
      // Chinese interfaces name a language by its script too: 英语 and 英文, 韩语 and 韩文.
      if (locale.startsWith('zh') && /[语語]$/u.test(name)) yield [name.replace(/[语語]$/u, '文'), lower];
    }
  };
  for (const locale of INTERFACE_LOCALES) yield* named(locale);
  for (const code of CODES) {
    const own = new Intl.DisplayNames([code], { type: 'language', fallback: 'none' }).of(code);
    if (own !== undefined && fold(own) !== code.toLowerCase()) yield [own, code.toLowerCase()];
  }
  for (const [code, names] of Object.entries(SPELLINGS))
    for (const name of names.split('|')) yield [name, code];
}

const BY_NAME = nameTable(entries(), fold, 'first');
const BY_NAME_WITHOUT_ACCENTS = nameTable(entries(), foldAccents, 'first');
const ENGLISH_NAMES = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

/**
 * The code of one language name (`Englisch`, `한국어`, `Chinese (Simplified)`), the whole text
 * being the name; undefined for anything else, codes included. For a line that is told to be
 * the language by its content alone (Factiva's HTML export, which labels nothing).
 */
export function languageFromName(name: string): string | undefined {
  return BY_NAME.get(fold(name)) ?? BY_NAME_WITHOUT_ACCENTS.get(foldAccents(name));
}

/**
 * A language code as stated (`EN`, `de-DE`, Factiva's `ko` of `koArticle`), lower case and
 * canonical (`iw` → `he`, `tl` → `fil`), when CLDR knows the language; else undefined.
 */
export function languageFromCode(code: string): string | undefined {
  const key = code.trim().toLowerCase();
  if (!/^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/.test(key)) return undefined;
  try {
    const canonical = Intl.getCanonicalLocales(key)[0];
    return canonical && ENGLISH_NAMES.of(canonical) ? canonical.toLowerCase() : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The code of a stated language field: the whole value as a name (`Norwegian Bokmål`), else
 * the first of its `;`, `,`, `/` or ` - ` separated names that is known (`GERMAN; DEUTSCH`),
 * else a stated code (`EN`). Undefined when none is known.
 */
export function languageCode(stated: string): string | undefined {
  const whole = languageFromName(stated);
  if (whole !== undefined) return whole;
  const parts = stated.split(/[;,/]|\s-\s/u).filter((p) => p.trim() !== '');
  for (const part of parts) {
    const code = languageFromName(part);
    if (code !== undefined) return code;
  }
  for (const part of parts) {
    const code = languageFromCode(part);
    if (code !== undefined) return code;
  }
  return undefined;
}
