/**
 * Language names as the exports state them (`ENGLISH`, `GERMAN; DEUTSCH`, `Dutch / Nederlands`,
 * `FRENCH; FRANÇAIS`, `Language of publication: English`) to BCP-47 codes, lower case. The
 * databases write the name in the language of their interface, often followed by the name in
 * the language itself, so each code is listed under its names in the interface languages and
 * under its own name.
 */

const NAMES: Record<string, string> = {};
const add = (code: string, names: string): void => {
  for (const name of names.split('|')) NAMES[name] = code;
};
add(
  'en',
  'english|englisch|anglais|engels|inglés|ingles|inglese|inglês|engelsk|engelska|englanti|angielski|英語|英语|영어',
);
add(
  'de',
  'german|deutsch|allemand|duits|alemán|aleman|tedesco|alemão|tysk|tyska|saksa|niemiecki|ドイツ語|德语|독일어',
);
add(
  'fr',
  'french|français|francais|francaise|française|französisch|franzoesisch|frans|francés|frances|francese|francês|fransk|franska|ranska|francuski|フランス語|法语|프랑스어',
);
add(
  'nl',
  'dutch|nederlands|niederländisch|niederlaendisch|néerlandais|neerlandais|holandés|holandes|olandese|holandês|nederlandsk|nederländska|hollanti|flemish|vlaams',
);
add(
  'es',
  'spanish|español|espanol|castellano|spanisch|espagnol|spaans|spagnolo|espanhol|spansk|spanska|espanja|hiszpański',
);
add('it', 'italian|italiano|italienisch|italien|italiaans|italiensk|italienska|italia');
add(
  'pt',
  'portuguese|português|portugues|portugiesisch|portugais|portugees|portoghese|portugués|portugisisk|portugisiska',
);
add('da', 'danish|dansk|dänisch|daenisch|danois|deens|danés|danese|dinamarquês');
add('sv', 'swedish|svenska|schwedisch|suédois|suedois|zweeds|sueco|svedese|svensk');
add('no', 'norwegian|norsk|norwegisch|norvégien|norvegien|noors|noruego|norvegese');
add('nb', 'bokmål|bokmal|norwegian bokmål');
add('nn', 'nynorsk|norwegian nynorsk');
add('fi', 'finnish|suomi|finnisch|finnois|fins|finlandés|finlandese|finsk|finska');
add('is', 'icelandic|íslenska|islenska|isländisch');
add('pl', 'polish|polski|polnisch|polonais|pools|polaco|polacco');
add('cs', 'czech|čeština|cestina|tschechisch|tchèque|tcheque|tsjechisch|checo|ceco');
add('sk', 'slovak|slovenčina|slovencina|slowakisch|slovaque');
add('sl', 'slovenian|slovene|slovenščina|slovenscina|slowenisch|slovène');
add('hu', 'hungarian|magyar|ungarisch|hongrois|hongaars|húngaro|hungaro|ungherese');
add('ro', 'romanian|română|romana|rumänisch|roumain|roemeens|rumano|rumeno');
add('bg', 'bulgarian|български|bulgarisch|bulgare');
add('hr', 'croatian|hrvatski|kroatisch|croate');
add('sr', 'serbian|српски|srpski|serbisch|serbe');
add('uk', 'ukrainian|українська|ukrainisch|ukrainien|oekraïens');
add('ru', 'russian|русский|russisch|russe|russisch|ruso|russo|ryska|russisk');
add('el', 'greek|ελληνικά|griechisch|grec|grieks|griego|greco');
add('tr', 'turkish|türkçe|turkce|türkisch|tuerkisch|turc|turks|turco');
add('ar', 'arabic|العربية|arabisch|arabe|arabisch|árabe|arabo');
add('he', 'hebrew|עברית|hebräisch|hébreu|hebreeuws|hebreo|ebraico');
add('fa', 'persian|farsi|فارسی|persisch|persan');
add('hi', 'hindi|हिन्दी|हिंदी');
add('ur', 'urdu|اردو');
add('bn', 'bengali|bangla|বাংলা');
add('id', 'indonesian|bahasa indonesia|indonesisch|indonésien|indonesio');
add('ms', 'malay|bahasa melayu|malaiisch|malais');
add('vi', 'vietnamese|tiếng việt|tieng viet|vietnamesisch|vietnamien');
add('th', 'thai|ไทย|thailändisch|thaï');
add('zh', 'chinese|中文|汉语|漢語|chinesisch|chinois|chinees|chino|cinese|kinesiska|kinesisk');
add('ja', 'japanese|日本語|japanisch|japonais|japans|japonés|japones|giapponese');
add('ko', 'korean|한국어|조선어|koreanisch|coréen|coreen|koreaans|coreano');
add('ca', 'catalan|català|catala|katalanisch|catalán');
add('eu', 'basque|euskara|baskisch');
add('gl', 'galician|galego|gallego');
add('ga', 'irish|gaeilge');
add('cy', 'welsh|cymraeg');
add('af', 'afrikaans');
add('sw', 'swahili|kiswahili');
add('et', 'estonian|eesti|estnisch');
add('lv', 'latvian|latviešu|lettisch');
add('lt', 'lithuanian|lietuvių|litauisch');
add('mt', 'maltese|malti');
add('la', 'latin|latina|latein');

const CODES = new Set(Object.values(NAMES));

/**
 * The BCP-47 code of a stated language (`English` → `en`, `Deutsch` → `de`, `한국어` → `ko`),
 * from the first of its `;`, `,` or `/` separated names that is known; a stated code (`EN`)
 * passes through. Undefined when no name is known.
 */
export function languageCode(stated: string): string | undefined {
  for (const part of stated.split(/[;,/]|\s-\s/)) {
    const name = part
      .replace(/[\s\u00a0]+/g, ' ')
      .trim()
      .toLowerCase();
    if (name === '') continue;
    const code = NAMES[name] ?? NAMES[name.normalize('NFD').replace(/\p{M}/gu, '')];
    if (code) return code;
    if (CODES.has(name)) return name;
  }
  return undefined;
}
