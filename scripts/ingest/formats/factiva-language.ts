/**
 * Language names as Factiva states them (`English`, `Englisch`, `Deutsch`, `Korean`,
 * `한국어`, `韩文` …) to BCP-47 codes. Factiva writes the article's language in the user's
 * interface language, so the table holds every language's name in every interface
 * language Factiva offers, taken from ICU (Intl.DisplayNames) rather than typed in.
 */

/** ISO 639-1 codes of the languages Factiva carries sources in. */
const LANGUAGES = [
  'af', 'ar', 'az', 'be', 'bg', 'bn', 'bs', 'ca', 'cs', 'cy', 'da', 'de', 'el', 'en', 'es', 'et',
  'eu', 'fa', 'fi', 'fr', 'ga', 'gl', 'gu', 'he', 'hi', 'hr', 'hu', 'hy', 'id', 'is', 'it', 'ja',
  'ka', 'kk', 'km', 'kn', 'ko', 'lo', 'lt', 'lv', 'mk', 'ml', 'mn', 'mr', 'ms', 'mt', 'my', 'nb',
  'ne', 'nl', 'nn', 'no', 'pa', 'pl', 'ps', 'pt', 'ro', 'ru', 'si', 'sk', 'sl', 'so', 'sq', 'sr',
  'sv', 'sw', 'ta', 'te', 'th', 'tl', 'tr', 'uk', 'ur', 'uz', 'vi', 'zh', 'zu',
]; // prettier-ignore

/** Factiva's interface languages. */
const INTERFACE_LOCALES = [
  'en', 'de', 'fr', 'es', 'it', 'nl', 'pt', 'ru', 'ja', 'zh', 'zh-Hant', 'ko', 'sv', 'da', 'nb',
  'fi', 'pl', 'tr',
]; // prettier-ignore

/** Names ICU does not give: Factiva's own for Chinese scripts, and the older `Chinese-Simplified`. */
const EXTRA_NAMES: Record<string, string> = {
  'chinese-simplified': 'zh-hans',
  'chinese-traditional': 'zh-hant',
  'chinese (simplified)': 'zh-hans',
  'chinese (traditional)': 'zh-hant',
  '中文(简体)': 'zh-hans',
  '中文(繁體)': 'zh-hant',
  '中文(繁体)': 'zh-hant',
  简体中文: 'zh-hans',
  繁體中文: 'zh-hant',
};

const normalise = (name: string): string =>
  name
    .normalize('NFC')
    .trim()
    .replace(/[.。]$/u, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([()（）])\s*/gu, '$1')
    .replace(/（/g, '(')
    .replace(/）/g, ')')
    .toLowerCase();

function buildTable(): Map<string, string> {
  const table = new Map<string, string>();
  const add = (name: string | undefined, code: string): void => {
    if (!name) return;
    const key = normalise(name);
    if (!table.has(key)) table.set(key, code);
  };
  for (const locale of INTERFACE_LOCALES) {
    const names = new Intl.DisplayNames([locale], { type: 'language', fallback: 'none' });
    for (const code of LANGUAGES) {
      const name = names.of(code);
      add(name, code);
      // Chinese interfaces name a language by its script too: 英语 and 英文, 韩语 and 韩文.
      if (name && (locale === 'zh' || locale === 'zh-Hant') && /[语語]$/u.test(name)) {
        add(name.replace(/[语語]$/u, '文'), code);
      }
    }
    add(names.of('zh-Hans'), 'zh-hans');
    add(names.of('zh-Hant'), 'zh-hant');
  }
  for (const [name, code] of Object.entries(EXTRA_NAMES)) add(name, code);
  return table;
}

const LANGUAGE_BY_NAME = buildTable();

/** The BCP-47 code (lower case) of a language name as Factiva states it, or undefined. */
export function languageCode(name: string): string | undefined {
  return LANGUAGE_BY_NAME.get(normalise(name));
}
