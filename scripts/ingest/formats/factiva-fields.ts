/**
 * Values of Factiva's fields, shared by the labelled text (factiva-text.ts) and the HTML
 * export (factiva-html.ts): word counts in every interface language, bylines split into names,
 * the accession number.
 */

/** The unit after a word count, in Factiva's interface languages (`字` counts characters). */
const WORD_UNITS = new Set([
  'word', 'words', 'wörter', 'wort', 'mots', 'mot', 'palabras', 'palabra', 'parole', 'parola',
  'woorden', 'woord', 'ord', 'sanaa', 'sanaa.', 'słów', 'slów', 'слов', 'слова', 'слово',
  'palavras', 'palavra', 'kelime', 'ord.', 'kata', '字', '語', '词', '詞', '단어', '자', '語数',
]); // prettier-ignore

const WORD_COUNT = /^(\d{1,3}(?:[.,\u00a0\u202f ]\d{3})+|\d+)\s*(\S+)$/u;

/** The number of `808 words`, `1.285 Wörter`, `8165 字`, or undefined when the line is not a word count. */
export function parseWordCount(text: string): number | undefined {
  const m = WORD_COUNT.exec(text.trim());
  if (!m || !WORD_UNITS.has(m[2]!.toLowerCase())) return undefined;
  return Number(m[1]!.replace(/\D/g, ''));
}

/** Words that open a byline (`By`, `Von`, `Par`, `Por`, `Door`, `Di`, `Av`, `Af`, `Przez`). */
const BYLINE_OPENER = /^(?:by|von|par|por|door|di|av|af|przez|da|de)\s+/iu;
/** `Aus Chicago berichtet …`, `From London, …reports` openers. */
const REPORTED_FROM =
  /^(?:[Aa]us|[Ff]rom|[Dd]e|[Dd]esde|[Dd]a)\s+[\p{Lu}][\p{L}\p{M}.-]*(?:\s+[\p{Lu}][\p{L}\p{M}.-]*)?\s+(?:berichtet|reports?|rapporte|informa)\s+/u;
/** Joins between names: commas, semicolons, `and` in the languages Factiva carries. */
const NAME_SEPARATOR = /\s*(?:[,;&、/]|\s(?:and|und|et|y|e|en|og|och|i|ja|und)\s)\s*/iu;
/** Parts of a byline that are a role, not a name. */
const ROLE =
  /^(?:staff|special|senior|chief|correspondent|reporter|writer|editor|redakteur(?:in)?|korrespondent(?:in)?|agencies|agency|fotos?|photos?|dpa|afp|reuters|ap)(?![\p{L}])/iu;
const EMAIL = /\S+@\S+\.\S+/g;
/** Where the author wrote from (`in London`), and the CJK words for reporter and correspondent. */
const PLACE_OR_TITLE =
  /\s+in\s+\p{Lu}[\p{L}\p{M} .-]*$|\s*(?:기자|특파원|记者|記者|特派员|特派員)$|^(?:记者|記者)\s*/u;

/**
 * The authors' names in a byline: `By ALAN RIDING` → `ALAN RIDING`; `Von C. CARSTENS und
 * H. SCHEFFEN (Fotos)` → both names; emails, parenthesised roles and role words are dropped.
 */
export function bylineAuthors(byline: string): string[] {
  let text = byline
    .replace(EMAIL, ' ')
    .replace(/\([^)]*\)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  text = text.replace(BYLINE_OPENER, '').replace(REPORTED_FROM, '');
  const names: string[] = [];
  for (const raw of text.split(NAME_SEPARATOR)) {
    let name = raw.replace(BYLINE_OPENER, '').replace(PLACE_OR_TITLE, '').trim();
    // A final period ends the byline, unless it ends an initial or a `Jr.`.
    if (/\.$/.test(name) && !/(?:^|\s)(?:\p{L}|jr|sr)\.$/iu.test(name)) name = name.slice(0, -1).trim();
    if (name === '' || !/\p{L}/u.test(name) || ROLE.test(name)) continue;
    if (!names.includes(name)) names.push(name);
  }
  return names;
}

/** `Document gmes000020010810dw47004yg`, `Dokument NYTF000020050408dp1900j9s` (any interface language). */
const ACCESSION = /^\s*\p{L}+\s+([A-Za-z0-9]{16,40})\s*$/u;

/** Factiva's accession number from its `Document …` line, or undefined. */
export function accessionNumber(text: string): string | undefined {
  return ACCESSION.exec(text)?.[1];
}

/** Whether a line reads as a copyright notice (`Copyright 2017 …`, `© 2017 …`, `(c) 2000 …`). */
export function isCopyrightLine(text: string): boolean {
  return /^\s*(?:copyright|©|\(c\)|copr\.|\p{L}*\s*©)/iu.test(text) || /all rights reserved/i.test(text);
}
