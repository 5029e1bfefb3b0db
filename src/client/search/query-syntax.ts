/**
 * The search box's query syntax, as a pure parser and printer (no DOM, no Pagefind):
 * - `"exact phrase"` (straight or curly quotes);
 * - `-word` and `-"a phrase"`: articles holding it are left out;
 * - `a OR b`: either (OR, in capitals, between two words or phrases; it binds tighter than
 *   the space between terms, so `a b OR c d` is `a (b OR c) d`);
 * - `source:`, `section:`, `lang:`, `person:`, `place:`, `org:` with a value, quoted when it
 *   holds spaces (`place:"New York"`): only articles with that value.
 * Anything else is a plain word, as the forgiving search takes it (`10:30` and `Note:` too).
 * `parseQuery` never throws: what it cannot read comes back as an error naming the place
 * and the best plain search (`fallback`) to run instead.
 */

export const QUERY_FIELDS = ['source', 'section', 'lang', 'person', 'place', 'org'] as const;
export type QueryField = (typeof QUERY_FIELDS)[number];

export interface TextTerm {
  kind: 'word' | 'phrase';
  /** The word as typed, or the phrase's words with single spaces between. */
  text: string;
}

export interface FieldTerm {
  field: QueryField;
  value: string;
}

export interface ParsedQuery {
  /** Every group must match; a group matches when any of its terms does (`OR`). */
  groups: TextTerm[][];
  /** Articles holding any of these are left out. */
  excluded: TextTerm[];
  /** Field filters; several values of one field: any of them. */
  fields: FieldTerm[];
}

export interface QuerySyntaxError {
  /** What is wrong, for the reader. */
  message: string;
  /** Where (0-based index into the query). */
  position: number;
  /** The best plain search for the same words: syntax left out, excluded words dropped. */
  fallback: string;
}

export type QueryParse = { ok: true; query: ParsedQuery } | { ok: false; error: QuerySyntaxError };

const QUOTES = new Set(['"', '“', '”', '„']);
const SPACE = /\s/u;
const FIELD_PREFIX = /^([A-Za-z]+):/;

interface Token {
  kind: 'word' | 'phrase' | 'field' | 'or';
  text: string;
  negated: boolean;
  /** Index of the token's first character. */
  at: number;
  field?: string;
}

class SyntaxFailure {
  readonly message: string;
  readonly position: number;
  constructor(message: string, position: number) {
    this.message = message;
    this.position = position;
  }
}

function collapse(text: string): string {
  return text.trim().split(/\s+/u).join(' ');
}

/** The index of the closing quote at or after `from`, or -1. */
function closingQuote(input: string, from: number): number {
  for (let i = from; i < input.length; i++) if (QUOTES.has(input[i]!)) return i;
  return -1;
}

function tokenize(input: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < input.length) {
    if (SPACE.test(input[i]!)) {
      i++;
      continue;
    }
    const at = i;
    let negated = false;
    if (input[i] === '-' && i + 1 < input.length && !SPACE.test(input[i + 1]!)) {
      negated = true;
      i++;
    }
    if (QUOTES.has(input[i]!)) {
      const end = closingQuote(input, i + 1);
      if (end === -1) {
        throw new SyntaxFailure(`The quote at character ${i + 1} is never closed.`, i);
      }
      const text = collapse(input.slice(i + 1, end));
      if (text === '') throw new SyntaxFailure(`The quotes at character ${i + 1} hold nothing.`, i);
      tokens.push({ kind: 'phrase', text, negated, at });
      i = end + 1;
      continue;
    }
    // A word runs to the next space or quote mark.
    let end = i;
    while (end < input.length && !SPACE.test(input[end]!) && !QUOTES.has(input[end]!)) end++;
    const word = input.slice(i, end);
    const field = FIELD_PREFIX.exec(word);
    if (field && (word.length > field[0].length || QUOTES.has(input[end] ?? ''))) {
      const name = field[1]!;
      if (!(QUERY_FIELDS as readonly string[]).includes(name.toLowerCase())) {
        throw new SyntaxFailure(
          `“${name}:” is not a field; the fields are ${QUERY_FIELDS.map((f) => `${f}:`).join(', ')}.`,
          i,
        );
      }
      if (negated) throw new SyntaxFailure(`A field (“${name}:”) cannot be excluded with “-”.`, at);
      let value = word.slice(field[0].length);
      let next = end;
      if (value === '') {
        const close = closingQuote(input, end + 1);
        if (close === -1) throw new SyntaxFailure(`The quote at character ${end + 1} is never closed.`, end);
        value = collapse(input.slice(end + 1, close));
        next = close + 1;
      }
      if (value === '') throw new SyntaxFailure(`“${name}:” needs a value.`, i);
      tokens.push({ kind: 'field', text: value, negated: false, at, field: name.toLowerCase() });
      i = next;
      continue;
    }
    tokens.push({ kind: word === 'OR' && !negated ? 'or' : 'word', text: word, negated, at });
    i = end;
  }
  return tokens;
}

function build(tokens: Token[]): ParsedQuery {
  const query: ParsedQuery = { groups: [], excluded: [], fields: [] };
  const orNeedsSides = (t: Token) =>
    new SyntaxFailure(`“OR” at character ${t.at + 1} needs a word or phrase on each side.`, t.at);
  const positive = (t: Token | undefined) =>
    t !== undefined && !t.negated && (t.kind === 'word' || t.kind === 'phrase');
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind === 'or') {
      if (!positive(tokens[k - 1]) || !positive(tokens[k + 1])) throw orNeedsSides(t);
      continue;
    }
    if (t.kind === 'field') {
      query.fields.push({ field: t.field as QueryField, value: t.text });
      continue;
    }
    const term: TextTerm = { kind: t.kind, text: t.text };
    if (t.negated) query.excluded.push(term);
    else if (tokens[k - 1]?.kind === 'or') query.groups[query.groups.length - 1]!.push(term);
    else query.groups.push([term]);
  }
  return query;
}

/** The best plain search for a query that could not be read. */
export function plainFallback(input: string): string {
  return input
    .replace(/[“”„"]/gu, ' ')
    .split(/\s+/u)
    .filter((w) => !w.startsWith('-'))
    .map((w) => w.replace(/^(?:[A-Za-z]+:|-)+/, ''))
    .filter((w) => w !== '' && w !== 'OR')
    .join(' ');
}

export function parseQuery(input: string): QueryParse {
  try {
    return { ok: true, query: build(tokenize(input)) };
  } catch (failure) {
    if (!(failure instanceof SyntaxFailure)) throw failure;
    return {
      ok: false,
      error: { message: failure.message, position: failure.position, fallback: plainFallback(input) },
    };
  }
}

function printTerm(term: TextTerm): string {
  return term.kind === 'phrase' ? `"${term.text}"` : term.text;
}

/** The query as text that parses back to it. */
export function printQuery(query: ParsedQuery): string {
  return [
    ...query.groups.map((group) => group.map(printTerm).join(' OR ')),
    ...query.excluded.map((term) => `-${printTerm(term)}`),
    ...query.fields.map(({ field, value }) =>
      /[\s"“”„]/u.test(value) || value.includes(':') ? `${field}:"${value}"` : `${field}:${value}`,
    ),
  ].join(' ');
}

/** Whether the query uses any syntax beyond plain words (then the advanced search runs it). */
export function usesSyntax(query: ParsedQuery): boolean {
  return (
    query.excluded.length > 0 ||
    query.fields.length > 0 ||
    query.groups.some((g) => g.length > 1 || g.some((t) => t.kind === 'phrase'))
  );
}

/**
 * The positive part as plain searches whose results are united (one per choice of a term
 * from every OR group), or undefined when there are more than `max`.
 */
export function alternatives(query: ParsedQuery, max: number): TextTerm[][] | undefined {
  let out: TextTerm[][] = [[]];
  for (const group of query.groups) {
    out = out.flatMap((terms) => group.map((t) => [...terms, t]));
    if (out.length > max) return undefined;
  }
  return out;
}

/** A list of terms as a query string for the search engine (phrases in straight quotes). */
export function termsQuery(terms: readonly TextTerm[]): string {
  return terms.map(printTerm).join(' ');
}
