/**
 * The fidelity check's comparison: does every non-blank input line appear exactly once, in
 * order, on the built article pages, and nothing else? Pure: it compares input lines with
 * the text units read from the pages (scripts/checks/page-text.ts); reading the built site
 * is scripts/checks/verify-site.ts's job.
 *
 * What is compared (documented in docs/CONVENTIONS.md, "Fidelity check"):
 * - The input side is every line of every input file as the ingest decoded it (BOM and line
 *   ends removed, UTF-16 decoded after its BOM, invalid UTF-8 decoded as Windows-1252, control characters removed: each
 *   repair is reported by the ingest with file:line). A line is blank when nothing but white
 *   space is left after normalisation; blank lines (and the no-break-space separator lines
 *   of dumps) are layout, not text.
 * - The page side is, per article page and in page order: the title (`h1`), each block of
 *   the body (`h1`–`h6`, `p`, `li` in `.article-body`) and the footer line (`.article-source`).
 *   Elements marked `data-archive-chrome` are skipped.
 * - The articles of one input file, in input order, must show exactly the file's non-blank
 *   lines, one unit per line, in the same order.
 * - Both sides are normalised with `normaliseText`: every run of ASCII white space (space,
 *   tab, CR, LF, FF) becomes one space and white space at either end (including no-break
 *   and other Unicode spaces) is removed. Nothing else is normalised: no-break spaces inside
 *   a line, zero-width characters, combining marks, quotes and dashes must match code point
 *   for code point.
 * - A copy merged into the article of another place (the same text, white space aside:
 *   scripts/ingest/merge-copies.ts) is held to that article's page as a whole: its lines,
 *   list markers removed, must be the page's text with all white space removed.
 * - A list item's input line is its marker plus its text: a bulleted item (`ul > li`)
 *   matches a line that is a bullet character (`BULLET` in scripts/ingest/structure.ts) and
 *   white space before the item's text; a numbered item (`ol > li`) matches a line that
 *   starts with the number the browser shows for it (the list's `start` counted up), `.` or
 *   `)` and white space.
 */
import { diffArrays, type ChangeObject } from 'diff';
import { BULLET, NUMBERED } from '../ingest/structure.ts';

/** How an input line is shown on an article page. */
export type UnitRole = 'title' | 'heading' | 'paragraph' | 'bullet' | 'numbered' | 'footer' | 'stray';

/** One piece of article text as a page shows it. */
export interface PageUnit {
  role: UnitRole;
  /** Visible text, normalised with `normaliseText`. */
  text: string;
  /** The number a numbered item shows. */
  number?: number;
}

/** What one article page shows. */
export interface PageText {
  units: PageUnit[];
  /** Markup in the article that must not be there (script, event handler, unsafe link …). */
  problems: string[];
  /** The metadata fields the page's details show (FIELD_ATTR), e.g. `byline`. */
  fields?: readonly string[];
}

/** The lines of one input file, as the ingest decoded them. */
export interface InputLines {
  /** The file as the build names it (relative to its input folder). */
  file: string;
  lines: readonly { line: number; text: string }[];
  /** For a database export: what each line is (see ExportLayout). */
  layout?: ExportLayout;
}

/**
 * How a database export's lines are laid out (from scripts/ingest/formats/, `readExport`):
 * each document's headline and body lines, in the order its page shows them, and the role
 * of every other non-blank line. Article text is compared with the pages as for any file;
 * a metadata line must be shown in its field on its document's page; a line of a
 * non-article block (cover, classification, markers) is counted by its block.
 */
export interface ExportLayout {
  /**
   * Per document, in document order: its headline, then its body lines, each with the text
   * the format read from it (the line less a label such as `KOP:` or `Full text:`; a
   * headline over several lines joined). The check holds each text to its line.
   */
  documents: readonly (readonly { line: number; text: string }[])[];
  /** Line → role, for every non-blank line that is not a headline or body line. */
  roles: ReadonlyMap<
    number,
    { kind: 'field'; field: string; document: number } | { kind: 'block'; block: string }
  >;
}

/** One ingested article and what its built page shows. */
export interface PlacedArticle {
  /** Input file the article came from. */
  file: string;
  /** 0-based position among the articles of its file. */
  index: number;
  /** First and last input line of the article. */
  startLine: number;
  endLine: number;
  /** Site-relative path of its page, e.g. `articles/x/index.html`. */
  page: string;
  /**
   * A copy merged into the article of another place: its page is that article's, and its
   * lines are compared with the page's text white space aside (module doc).
   */
  copy?: boolean;
  /** What the page shows, or undefined when the page was not built. */
  text?: PageText;
}

export type FidelityProblemKind = 'lost' | 'extra' | 'missing-page' | 'unexpected-page' | 'unsafe-markup';

export interface FidelityProblem {
  kind: FidelityProblemKind;
  /** Input file the problem concerns (empty for a page no article claims). */
  file: string;
  /** Input line: the lost line, or the line after which the extra text appears. */
  line?: number;
  /** Site-relative page path. */
  page?: string;
  message: string;
}

export interface FidelityReport {
  /** Non-blank input lines. */
  linesIn: number;
  /** Input lines found in their place on a page. */
  linesPlaced: number;
  /** Input lines not found in their place (linesIn - linesPlaced). */
  linesLost: number;
  /** Of the lines placed: lines of database exports shown as a metadata field of their article. */
  linesInFields: number;
  /** Of the lines placed: lines of exports in a named block that is not article text (cover …). */
  linesInBlocks: number;
  /** Pieces of article text on pages that match no input line in their place. */
  extraTexts: number;
  /** Article pages read. */
  pages: number;
  /** Every problem, in input order (the first one is the first offending input line). */
  problems: FidelityProblem[];
}

const ASCII_WHITESPACE_RUN = /[ \t\n\r\f]+/g;
const NEEDS_COLLAPSE = /[\t\n\r\f]| {2}/;

/**
 * The whitespace normalisation both sides of the comparison go through (see the module
 * doc). `trim` removes what the regular expression `\s` matches: all Unicode white space.
 */
export function normaliseText(text: string): string {
  return (NEEDS_COLLAPSE.test(text) ? text.replace(ASCII_WHITESPACE_RUN, ' ') : text).trim();
}

/** Whether a (normalised) input line is what a page unit shows. */
export function unitShowsLine(unit: PageUnit, line: string): boolean {
  if (unit.role === 'bullet') {
    const marker = BULLET.exec(line);
    return marker !== null && line.slice(marker[0].length) === unit.text;
  }
  if (unit.role === 'numbered') {
    const marker = NUMBERED.exec(line);
    return marker !== null && Number(marker[1]) === unit.number && line.slice(marker[0].length) === unit.text;
  }
  return line === unit.text;
}

type Token =
  | { kind: 'line'; line: number; text: string }
  | { kind: 'unit'; unit: PageUnit; page: string; article: PlacedArticle };

function tokensMatch(a: Token, b: Token): boolean {
  if (a.kind === 'line' && b.kind === 'unit') return unitShowsLine(b.unit, a.text);
  if (a.kind === 'unit' && b.kind === 'line') return unitShowsLine(a.unit, b.text);
  return false;
}

function excerpt(text: string, max = 70): string {
  return JSON.stringify(text.length > max ? `${text.slice(0, max)}…` : text);
}

function describeUnit(unit: PageUnit): string {
  const where =
    unit.role === 'numbered' ? `numbered item ${unit.number}` : unit.role === 'stray' ? 'text' : unit.role;
  return `${where} ${excerpt(unit.text)}`;
}

export interface FidelityOptions {
  /** How long aligning one file with its pages may take before a cruder report (ms). */
  diffTimeoutMs?: number;
}

const DIFF_TIMEOUT_MS = 5000;

/** The changes of a crude alignment: common up to the first mismatch, then all different. */
function firstMismatchChanges(lines: Token[], units: Token[]): ChangeObject<Token[]>[] {
  let same = 0;
  while (same < lines.length && same < units.length && tokensMatch(lines[same]!, units[same]!)) same++;
  const change = (value: Token[], kind: 'common' | 'removed' | 'added'): ChangeObject<Token[]> => ({
    value,
    count: value.length,
    added: kind === 'added',
    removed: kind === 'removed',
  });
  return [
    change(units.slice(0, same), 'common'),
    change(lines.slice(same), 'removed'),
    change(units.slice(same), 'added'),
  ].filter((c) => c.count > 0);
}

/** Compares one input file with the pages of its articles. */
function checkFile(
  input: InputLines,
  articles: readonly PlacedArticle[],
  report: FidelityReport,
  options: FidelityOptions,
): FidelityProblem[] {
  const all: Token[] = [];
  const problems: FidelityProblem[] = [];
  if (input.layout) all.push(...exportTextLines(input, input.layout, articles, report, problems));
  else {
    for (const l of input.lines) {
      const text = normaliseText(l.text);
      if (text !== '') all.push({ kind: 'line', line: l.line, text });
    }
  }
  const copies = articles.filter((a) => a.copy);
  const copyOf = (token: Token): PlacedArticle | undefined =>
    token.kind === 'line'
      ? copies.find((a) => token.line >= a.startLine && token.line <= a.endLine)
      : undefined;
  const lines: Token[] = [];
  const copyLines = new Map<PlacedArticle, Token[]>();
  for (const token of all) {
    const copy = copies.length > 0 ? copyOf(token) : undefined;
    if (!copy) lines.push(token);
    else copyLines.set(copy, [...(copyLines.get(copy) ?? []), token]);
  }
  for (const copy of copies) problems.push(...checkCopy(input.file, copy, copyLines.get(copy) ?? [], report));
  const units: Token[] = [];
  for (const article of articles) {
    if (article.copy) continue;
    for (const unit of article.text?.units ?? []) {
      units.push({ kind: 'unit', unit, page: article.page, article });
    }
  }
  report.linesIn += lines.length;

  // The usual case: every line in its place.
  if (lines.length === units.length && lines.every((l, i) => tokensMatch(l, units[i]!))) {
    report.linesPlaced += lines.length;
    return problems;
  }

  // Lost lines come in ascending order, and the articles are in input order.
  let at = 0;
  const pageOfLine = (line: number): string | undefined => {
    while (at < articles.length && articles[at]!.endLine < line) at++;
    const article = articles[at];
    return article && line >= article.startLine ? article.page : undefined;
  };
  const changes = diffArrays(lines, units, {
    comparator: tokensMatch,
    timeout: options.diffTimeoutMs ?? DIFF_TIMEOUT_MS,
  }) ?? [
    // A file too different from its pages to align in time: every line counts as lost from
    // the first one out of place, and everything shown from there on as extra.
    ...firstMismatchChanges(lines, units),
  ];
  let lastLine: number | undefined;
  let oldPos = 0;
  for (let c = 0; c < changes.length; c++) {
    const change = changes[c]!;
    if (!change.added && !change.removed) {
      // A common run: jsdiff gives it with the values of the new side (the page units),
      // so the input line it ends on is the line after the last one seen so far.
      report.linesPlaced += change.count;
      oldPos += change.count;
      lastLine = (lines[oldPos - 1] as { line: number }).line;
      continue;
    }
    if (change.removed) {
      const next = changes[c + 1];
      const shownInstead = next?.added ? (next.value[0] as Token | undefined) : undefined;
      oldPos += change.count;
      for (const token of change.value) {
        if (token.kind !== 'line') continue;
        lastLine = token.line;
        const page = pageOfLine(token.line);
        const instead =
          shownInstead && shownInstead.kind === 'unit' && token === change.value[0]
            ? `; the page shows ${describeUnit(shownInstead.unit)} in its place`
            : '';
        problems.push({
          kind: 'lost',
          file: input.file,
          line: token.line,
          ...(page ? { page } : {}),
          message: `input line ${excerpt(token.text)} is not on ${page ?? 'any article page'}${instead}`,
        });
      }
      continue;
    }
    for (const token of change.value) {
      if (token.kind !== 'unit') continue;
      report.extraTexts++;
      problems.push({
        kind: 'extra',
        file: input.file,
        line: lastLine ?? token.article.startLine,
        page: token.page,
        message: `${token.page} shows ${describeUnit(token.unit)}, which is not an input line${lastLine === undefined ? '' : ` at this point (after line ${lastLine})`}`,
      });
    }
  }
  return problems;
}

const ALL_WHITE_SPACE = /\s+/gu;

/** A line's text less a list marker (a copy's lists may be laid out differently). */
function lineCore(text: string): string {
  const marker = BULLET.exec(text) ?? NUMBERED.exec(text);
  return marker ? text.slice(marker[0].length) : text;
}

/**
 * A copy merged into the article of another place: its lines (tallied here) are placed
 * when, list markers removed, they are that page's text, white space aside.
 */
function checkCopy(
  file: string,
  copy: PlacedArticle,
  lines: readonly Token[],
  report: FidelityReport,
): FidelityProblem[] {
  report.linesIn += lines.length;
  const units = copy.text?.units ?? [];
  const shown = units
    .map((u) => u.text)
    .join('')
    .replace(ALL_WHITE_SPACE, '');
  const given = lines
    .map((t) => (t.kind === 'line' ? lineCore(t.text) : ''))
    .join('')
    .replace(ALL_WHITE_SPACE, '');
  if (copy.text && shown === given) {
    report.linesPlaced += lines.length;
    return [];
  }
  const first = lines.find((t) => t.kind === 'line');
  return [
    {
      kind: 'lost',
      file,
      line: first?.kind === 'line' ? first.line : copy.startLine,
      page: copy.page,
      message: `lines ${copy.startLine}–${copy.endLine} were merged as a copy into ${copy.page}, but that page's text is not theirs (white space aside)`,
    },
  ];
}

/**
 * An export's article text in the order its pages show it (each document's headline, then
 * its body), and the tally of its other lines: a metadata line counts as placed when its
 * document's page shows that field, a block line always (its block is named by the format).
 */
function exportTextLines(
  input: InputLines,
  layout: ExportLayout,
  articles: readonly PlacedArticle[],
  report: FidelityReport,
  problems: FidelityProblem[],
): Token[] {
  const text = new Map<number, string>();
  for (const l of input.lines) text.set(l.line, normaliseText(l.text));
  const tokens: Token[] = [];
  const byIndex = new Map(articles.map((a) => [a.index, a]));
  for (const doc of layout.documents) {
    doc.forEach((l, i) => {
      const read = normaliseText(l.text);
      const raw = text.get(l.line) ?? '';
      // The text the format read must be the line's own (whole, or less a label): if it is
      // not, the line itself is what the page must show, and the comparison reports it.
      tokens.push({ kind: 'line', line: l.line, text: readFromLine(raw, read, i === 0) ? read : raw });
    });
  }
  for (const [line, role] of layout.roles) {
    if ((text.get(line) ?? '') === '') continue;
    report.linesIn++;
    if (role.kind === 'block') {
      report.linesPlaced++;
      report.linesInBlocks++;
      continue;
    }
    const article = byIndex.get(role.document);
    const pageTitle = article?.text?.units.find((u) => u.role === 'title')?.text;
    const shown =
      role.field === 'title'
        ? pageTitle !== undefined && readFromLine(text.get(line)!, pageTitle, true)
        : article?.text?.fields?.includes(role.field) === true;
    if (shown) {
      report.linesPlaced++;
      report.linesInFields++;
      continue;
    }
    problems.push({
      kind: 'lost',
      file: input.file,
      line,
      ...(article ? { page: article.page } : {}),
      message: `metadata line ${excerpt(text.get(line)!)} (${role.field}) is not shown on ${article?.page ?? 'any article page'}`,
    });
  }
  return tokens;
}

/**
 * A label around a value on an export's line: `KOP:`, `Full text:`, `HEADLINE:` before it,
 * or a converted table row's `HD|…|` and `|HD|…|` (Factiva).
 */
const LABEL_PREFIX = /^(?:\p{L}[\p{L}\p{N} ./-]{0,38}:\s*|\|?[A-Z]{2,4}\|\s*)/u;
const TABLE_CELL_END = /\s*\|$/;

/**
 * Whether `read` is what a format may read from the (normalised) line `raw`: the line
 * itself, or the line less a label. A headline (`part`) may hold more lines than this one:
 * it need only contain the line's text.
 */
function readFromLine(raw: string, read: string, part: boolean): boolean {
  if (raw === read || (part && read.includes(raw))) return true;
  const label = LABEL_PREFIX.exec(raw);
  if (!label) {
    // The last line of a converted table cell ends with the cell's `|`.
    const cell = raw.replace(TABLE_CELL_END, '');
    return cell !== raw && (cell === read || (part && read.includes(cell)));
  }
  const after = raw.slice(label[0].length);
  const rest = label[0].includes('|') ? after.replace(TABLE_CELL_END, '') : after;
  return rest !== '' && (rest === read || (part && read.includes(rest)));
}

/** A report of nothing checked yet (the tally starts here). */
export function emptyFidelityReport(): FidelityReport {
  return {
    linesIn: 0,
    linesPlaced: 0,
    linesLost: 0,
    linesInFields: 0,
    linesInBlocks: 0,
    extraTexts: 0,
    pages: 0,
    problems: [],
  };
}

/** The comparison itself: every input file against the pages of its articles. */
export function checkFidelity(
  inputs: readonly InputLines[],
  articles: readonly PlacedArticle[],
  unexpectedPages: readonly string[] = [],
  options: FidelityOptions = {},
): FidelityReport {
  const report = emptyFidelityReport();
  const byFile = new Map<string, PlacedArticle[]>();
  for (const article of articles) {
    const list = byFile.get(article.file);
    if (list) list.push(article);
    else byFile.set(article.file, [article]);
    if (article.text) report.pages++;
  }
  const known = new Set(inputs.map((i) => i.file));
  for (const file of byFile.keys()) {
    if (!known.has(file)) throw new Error(`fidelity check: article from unknown input file ${file}`);
  }
  for (const input of inputs) {
    const fileArticles = (byFile.get(input.file) ?? []).sort((a, b) => a.index - b.index);
    const problems: FidelityProblem[] = [];
    for (const article of fileArticles) {
      if (!article.text) {
        problems.push({
          kind: 'missing-page',
          file: article.file,
          line: article.startLine,
          page: article.page,
          message: `the article starting here has no page (${article.page} was not built)`,
        });
        continue;
      }
      for (const problem of article.text.problems) {
        problems.push({
          kind: 'unsafe-markup',
          file: article.file,
          line: article.startLine,
          page: article.page,
          message: `${article.page}: ${problem}`,
        });
      }
    }
    problems.push(...checkFile(input, fileArticles, report, options));
    problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
    report.problems.push(...problems);
  }
  for (const page of unexpectedPages) {
    report.extraTexts++;
    report.problems.push({
      kind: 'unexpected-page',
      file: '',
      page,
      message: `${page} is an article page (it has data-pagefind-body) but no input article was built into it`,
    });
  }
  report.linesLost = report.linesIn - report.linesPlaced;
  return report;
}

/** How a problem is shown to the user: `file:line: message`. */
export function formatFidelityProblem(problem: FidelityProblem): string {
  if (!problem.file) return problem.message;
  return `${problem.file}${problem.line === undefined ? '' : `:${problem.line}`}: ${problem.message}`;
}

/** The tally line of the build summary. */
export function formatFidelityTally(report: FidelityReport): string {
  const n = (x: number) => x.toLocaleString('en');
  const extra = report.extraTexts > 0 ? `, ${n(report.extraTexts)} not in the input` : '';
  const exports =
    report.linesInFields + report.linesInBlocks > 0
      ? ` (${n(report.linesPlaced - report.linesInFields - report.linesInBlocks)} article text, ${n(report.linesInFields)} metadata fields, ${n(report.linesInBlocks)} non-article blocks)`
      : '';
  return `Fidelity: ${n(report.linesIn)} lines in, ${n(report.linesPlaced)} placed${exports}, ${n(report.linesLost)} lost${extra} (${n(report.pages)} article pages checked)`;
}
