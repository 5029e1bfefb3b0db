/**
 * A language as an export names it (`ENGLISH`, `Deutsch`, `German`, `Anglais`, `한국어`) →
 * its BCP-47 code (`en`, `de`, `ko`). The names come from the platform's CLDR data
 * (Intl.DisplayNames): every language's name in each interface language plus its own name.
 */

/** Languages an article may be in (ISO 639-1, plus the Chinese scripts). */
const CODES = (
  'af am ar az be bg bn bs ca cs cy da de el en es et eu fa fi fil fr ga gl gu he hi hr hu hy id ' +
  'is it ja ka kk km kn ko ky lo lt lv mk ml mn mr ms mt my nb ne nl nn no pa pl ps pt ro ru si sk ' +
  'sl so sq sr sv sw ta te th tk tr uk ur uz vi xh yo zh zh-Hans zh-Hant zu'
).split(' ');

/** The languages of the databases' interfaces, in which they name the article's language. */
const INTERFACE_LOCALES = [
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
  'ru',
  'ja',
  'ko',
  'zh',
];

const foldName = (s: string): string =>
  s.normalize('NFC').toLocaleLowerCase('und').replace(/\s+/gu, ' ').trim();

function languageTable(): Map<string, string> {
  const table = new Map<string, string>();
  const add = (name: string | undefined, code: string): void => {
    if (!name) return;
    const key = foldName(name);
    // The first reading wins: English names first, then each language's own name.
    if (key && key !== code.toLowerCase() && !table.has(key)) table.set(key, code.toLowerCase());
  };
  for (const locale of [...INTERFACE_LOCALES]) {
    const names = new Intl.DisplayNames([locale], { type: 'language', fallback: 'none' });
    for (const code of CODES) add(names.of(code), code);
  }
  for (const code of CODES)
    add(new Intl.DisplayNames([code], { type: 'language', fallback: 'none' }).of(code), code);
  // Names the exports use that CLDR gives otherwise (CLDR: "Norwegian Bokmål").
  add('Norwegian', 'no');
  add('Chinese (Simplified)', 'zh-hans');
  add('Chinese (Traditional)', 'zh-hant');
  return table;
}

const LANGUAGES = languageTable();
const ENGLISH_NAMES = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

/** The BCP-47 code (lower case) of a stated language name or code; undefined when unknown. */
export function languageCode(stated: string): string | undefined {
  const key = foldName(stated);
  const named = LANGUAGES.get(key);
  if (named) return named;
  // A code stated as such (`EN`, `de-DE`), when CLDR knows the language.
  if (!/^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/.test(key)) return undefined;
  try {
    const code = Intl.getCanonicalLocales(key)[0];
    return code && ENGLISH_NAMES.of(code) ? code.toLowerCase() : undefined;
  } catch {
    return undefined;
  }
}
