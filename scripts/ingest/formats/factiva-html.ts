/**
 * Factiva's HTML export (a saved result page), on the lines of the HTML container
 * (formats/containers/html.ts: one line per block, the element's classes as its hint, and
 * `start:<class>` on the first line inside a classed block).
 *
 * Each article is a `<div class="article xxArticle">` (xx: the article's language), so an
 * article starts at the line whose hint has `start:xxArticle`. Its fields carry no labels;
 * they stand in a fixed order, each in its own `<div>`, and are told by position and shape:
 * - before the headline: the section (`Foreign Desk; 1`, `Magazin`);
 * - the headline, in `span.xxHeadline` (the line's hint), exactly as Factiva numbers it;
 * - the byline (`div.author`), then a credit (`Special to The New York Times`);
 * - the word count (`808 words`, `1285 Wörter`, `8165 字`), then the date (`13 November
 *   2017`, `9 Januar 1993`, `2018 年 10 月 7 日`), the source's name, its code, then
 *   optional edition (`Late Edition - Final`), time (`00:00:37`), page (`1`) and volume
 *   (`13/2017`), then the language (`Englisch`), then the copyright;
 * - the paragraphs, `p.articleParagraph`; after them captions and notes in plain `<p>`s
 *   (attachments), the licensor's name (boilerplate) and `Document …` (the accession number).
 * The page's header is boilerplate; the search summary after the last article is the cover,
 * Factiva's copyright footer boilerplate. The export does not state how many documents it
 * holds (the summary's "results found" counts the search, not the download).
 */
import type { SourceFile, SourceLine } from '../core/source-file.ts';
import type { DocumentMetadata, ExportDocument, ExportFormat, ExportParse } from '../core/export-format.ts';
import { opensByline } from './common/byline.ts';
import { DocumentFields } from './common/document-fields.ts';
import { languageFromCode, languageFromName } from './common/language-code.ts';
import { detectionLines, ExportParseState } from './common/parse-state.ts';
import { wordCount } from './common/word-count.ts';
import { isCopyrightLine } from './common/copyright.ts';
import { accessionNumber, isFactivaTime, parseFactivaDate, parseFactivaTime } from './factiva-fields.ts';
import { nonBlankLines } from './common/lines.ts';

const tokens = (line: SourceLine): string[] => (line.hint ?? '').split(' ').filter((t) => t !== '');
/** The language code of an article's `start:xxArticle` marker, when the line has one. */
const articleStart = (line: SourceLine): string | undefined =>
  tokens(line)
    .map((t) => /^start:([a-z]+)Article$/.exec(t)?.[1])
    .find((code) => code !== undefined);
const isHeadline = (line: SourceLine): boolean => tokens(line).some((t) => /^[a-z]*Headline$/.test(t));
const isParagraph = (line: SourceLine): boolean =>
  tokens(line).some((t) => /^[a-z]*articleParagraph$/.test(t));
const isAuthor = (line: SourceLine): boolean => tokens(line).includes('author');
/** Lines of the page after the articles: the search summary and the footer. */
const isPageChrome = (line: SourceLine): boolean =>
  tokens(line).some((t) => /^(?:start:)?(?:sbSummaryTitle|searchPreview|footerBG|copyright)$/.test(t));

const PAGE = /^[A-Z]?\d{1,4}[A-Z]?$/;
const VOLUME = /(?:^\d+\s*[/ ]\s*\d{4}$)|(?:^(?:vol|volume|issue|no|nr|heft|ausgabe|jahrgang)\b)/i;

/** Factiva HTML: an article's start marker and a headline among the first lines. */
function detect(lines: readonly SourceLine[]): boolean {
  let start = false;
  let headline = false;
  for (const line of detectionLines(lines)) {
    if (articleStart(line)) start = true;
    if (isHeadline(line)) headline = true;
    if (start && headline) return true;
  }
  return false;
}

function parse(source: SourceFile): ExportParse {
  const lines = nonBlankLines(source.lines);
  const state = new ExportParseState(source.displayPath);
  const { documents } = state;
  const warn = (line: number, message: string): void => state.warn(line, message);
  const block = state.block.bind(state);

  const starts = lines.flatMap((l, i) => (articleStart(l) ? [i] : []));
  for (const line of lines.slice(0, starts[0] ?? lines.length)) block(line, 'boilerplate');
  starts.forEach((from, k) => {
    const to = starts[k + 1] ?? lines.length;
    const segment = lines.slice(from, to);
    const last = k === starts.length - 1;
    // The article ends with its accession number; on the last one the page's summary follows.
    let end = segment.findIndex((l, i) => i > 0 && !isParagraph(l) && accessionNumber(l.text) !== undefined);
    if (end < 0) {
      const chrome = last ? segment.findIndex((l, i) => i > 0 && isPageChrome(l)) : -1;
      end = (chrome < 0 ? segment.length : chrome) - 1;
      warn(segment[0]!.line, 'a Factiva article without its "Document …" line (accession number)');
    }
    const article = segment.slice(0, end + 1);
    let boilerplate = false;
    for (const line of segment.slice(end + 1)) {
      boilerplate ||= isPageChrome(line) && !tokens(line).some((t) => /sbSummaryTitle|searchPreview/.test(t));
      boilerplate ||= /factiva/i.test(line.text) && /©|\(c\)|copyright/i.test(line.text);
      block(line, boilerplate ? 'boilerplate' : 'cover');
    }
    const doc = readArticle(
      article,
      articleStart(segment[0]!),
      new DocumentFields({}, documents.length, state, warn),
    );
    if (doc) documents.push(doc);
  });
  if (documents.length === 0) state.warn(undefined, 'no Factiva article found');
  return state.result('factiva-html');
}

/** One article's lines (from its first line to its `Document …` line) as a document. */
function readArticle(
  lines: SourceLine[],
  articleLanguage: string | undefined,
  doc: DocumentFields,
): ExportDocument | undefined {
  const metadata: DocumentMetadata = doc.metadata;
  const field = doc.field.bind(doc);
  const block = doc.block.bind(doc);
  const warn = doc.warn.bind(doc);
  const first = lines[0]!;
  const last = lines[lines.length - 1]!;
  const id = accessionNumber(last.text);
  let tail = lines.length;
  if (id !== undefined && !isParagraph(last) && lines.length > 1) {
    metadata.documentId = id;
    field(last, 'documentId');
    tail = lines.length - 1;
  }
  const firstParagraph = lines.findIndex((l) => isParagraph(l));
  const lastParagraph = lines.findLastIndex((l) => isParagraph(l));
  const metaEnd = firstParagraph < 0 ? tail : firstParagraph;
  const headline = lines.findIndex((l, i) => i < metaEnd && isHeadline(l));
  if (headline < 0) warn(first.line, 'a Factiva article without its headline (span.xxHeadline)');

  // Before the headline: the section.
  for (let i = 0; i < headline; i++) {
    const line = lines[i]!;
    if (metadata.section === undefined) {
      metadata.section = line.text.trim();
      field(line, 'section');
    } else block(line, 'classification');
  }
  // After it: byline and credit up to the word count (or the date, when there is none).
  const dateLike = (l: SourceLine): boolean => {
    const parsed = parseFactivaDate(l.text);
    return parsed.date !== undefined || parsed.monthOnly === true;
  };
  const inMeta = (j: number): boolean => j > headline && j < metaEnd;
  const words = lines.findIndex((l, j) => inMeta(j) && wordCount(l.text) !== undefined);
  const date = lines.findIndex((l, j) => inMeta(j) && j > words && dateLike(l));
  const bylineEnd = words >= 0 ? words : date >= 0 ? date : headline + 1;
  if (words < 0)
    warn(lines[Math.min(bylineEnd, lines.length - 1)]!.line, 'a Factiva article without its word count');
  let i = headline + 1;
  for (; i < bylineEnd; i++) {
    const line = lines[i]!;
    const text = line.text.trim();
    if (headline < 0 && i === 0 && !isAuthor(line) && !opensByline(text)) {
      // No headline: the first line still stands where Factiva puts the section.
      metadata.section = text;
      field(line, 'section');
    } else if (metadata.byline === undefined && (isAuthor(line) || opensByline(text))) {
      doc.byline(text, [line]);
    } else block(line, 'classification'); // the credit: `Special to The New York Times`, `Reuters`
  }
  if (words >= 0) {
    metadata.statedWordCount = wordCount(lines[words]!.text)!;
    field(lines[words]!, 'statedWordCount');
    i = words + 1;
  }
  // The date, then source name and code, the optional fields, language and copyright.
  const dateLines: SourceLine[] = [];
  if (i < metaEnd) {
    const line = lines[i]!;
    const parsed = parseFactivaDate(line.text);
    if (parsed.date) {
      metadata.date = parsed.date;
      dateLines.push(line);
      i++;
    } else if (parsed.monthOnly) {
      warn(line.line, `a date without its day: "${line.text.trim()}"`);
      block(line, 'classification');
      i++;
    } else warn(line.line, 'no date where Factiva puts it (after the word count)');
  }
  const language = lines.findIndex((l, j) => j >= i && j < metaEnd && languageFromName(l.text) !== undefined);
  const optionalEnd = language < 0 ? metaEnd : language;
  let time: string | undefined;
  for (let n = 0; i < optionalEnd; i++, n++) {
    const line = lines[i]!;
    const text = line.text.trim();
    if (n === 0) {
      metadata.publication = text;
      field(line, 'publication');
    } else if (n === 1)
      block(line, 'classification'); // the source code (NYTF)
    else if (time === undefined && isFactivaTime(text)) {
      time = parseFactivaTime(text);
      dateLines.push(line);
    } else if (metadata.page === undefined && PAGE.test(text)) {
      metadata.page = text;
      field(line, 'page');
    } else if (VOLUME.test(text) || metadata.edition !== undefined) block(line, 'classification');
    else if (language < 0 && isCopyrightLine(text)) break;
    else {
      metadata.edition = text;
      field(line, 'edition');
    }
  }
  if (language >= 0) {
    metadata.language = languageFromName(lines[language]!.text)!;
    field(lines[language]!, 'language');
    i = language + 1;
  } else {
    // Else the language the article's div names (`deArticle`), when it is a language's code.
    const code = articleLanguage === undefined ? undefined : languageFromCode(articleLanguage);
    if (code !== undefined) metadata.language = code;
  }
  if (metadata.publication === undefined) warn(first.line, 'a Factiva article without its source name');
  if (time !== undefined && metadata.date !== undefined) metadata.date = `${metadata.date}T${time}`;
  for (const line of dateLines) {
    if (metadata.date !== undefined) field(line, 'date');
    else block(line, 'classification');
  }
  // The copyright: the line after the language (before the text), or one that reads as one.
  for (; i < metaEnd; i++) {
    const line = lines[i]!;
    const text = line.text.trim();
    if (metadata.copyright === undefined && (firstParagraph >= 0 || isCopyrightLine(text))) {
      metadata.copyright = text;
      field(line, 'copyright');
    } else if (firstParagraph >= 0) block(line, 'classification');
    else break;
  }

  // The text, then captions and notes, then the licensor's name.
  const body: SourceLine[] = [];
  if (firstParagraph >= 0) {
    body.push(...lines.slice(firstParagraph, lastParagraph + 1));
    const after = lines.slice(lastParagraph + 1, tail);
    after.forEach((line, j) => block(line, j === after.length - 1 ? 'boilerplate' : 'attachment'));
  } else {
    const rest = lines.slice(i, tail);
    if (rest.length > 1) block(rest.pop()!, 'boilerplate');
    body.push(...rest);
    warn(first.line, 'a Factiva article without text paragraphs (p.articleParagraph)');
  }
  let title = headline >= 0 ? lines[headline] : body.shift();
  if (!title) {
    title = first;
    doc.clear(first);
  }
  doc.clear([title, ...body]);
  return { title, body, metadata, startLine: first.line, endLine: last.line };
}

/** Factiva's HTML export (a saved page of full articles). */
export const factivaHtmlFormat: ExportFormat = {
  name: 'factiva-html',
  label: 'Factiva (HTML)',
  detect,
  parse,
};
