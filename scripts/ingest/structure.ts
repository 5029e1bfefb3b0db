/**
 * structure: turns a raw article's lines into blocks (paragraphs, subheadings, lists) and
 * reads the publisher from its footer. Text is kept verbatim; only the surrounding white
 * space of a line and a list item's marker are structure rather than text.
 */
import type { Diagnostic } from './core/diagnostics.ts';
import { isCopyrightLine } from './footer.ts';
import type { DocumentMetadata, ExportFormatName } from './core/export-format.ts';
import type { RawArticle } from './split.ts';

export interface TextBlock {
  kind: 'paragraph' | 'heading';
  text: string;
  line: number;
}

export interface ListItem {
  text: string;
  line: number;
  /** The item's number, for numbered items. */
  number?: number;
}

export interface ListBlock {
  kind: 'list';
  ordered: boolean;
  /** First number of a numbered list. */
  start?: number;
  items: ListItem[];
}

export type Block = TextBlock | ListBlock;

export interface StructuredArticle {
  file: string;
  section?: string;
  index: number;
  title: string;
  titleLine: number;
  blocks: Block[];
  footer?: { text: string; line: number };
  source?: string;
  copyright?: string;
  startLine: number;
  endLine: number;
  /** For a document of a database export: what the export states about it. */
  metadata?: DocumentMetadata;
  format?: ExportFormatName;
}

/** Collapses runs of spaces and tabs and trims the ends (no-break spaces inside are kept). */
export function cleanLine(text: string): string {
  // Most lines need nothing done: say so without running the replacements.
  if (
    !text.includes('\t') &&
    !text.includes('  ') &&
    !(text.length > 0 && (SPACE.test(text[0]!) || SPACE.test(text[text.length - 1]!)))
  ) {
    return text;
  }
  return text.replace(/[ \t]+/g, ' ').replace(/^\s+|\s+$/g, '');
}

const SPACE = /\s/;

/** A bulleted item: a bullet character and white space before the item's text. */
export const BULLET = /^[•●▪◦‣∙*-]\s+(?=\S)/u;
/** A numbered item: up to three digits, `.` or `)`, and white space before the item's text. */
export const NUMBERED = /^(\d{1,3})[.)]\s+(?=\S)/;
/** Characters that end a sentence or a quotation: a line ending in one is not a subheading. */
const FINAL_PUNCTUATION = /[.,;:!?…"'”»’)\]]$/u;
const MAX_HEADING_WORDS = 12;
const MAX_HEADING_CHARS = 100;

/**
 * A subheading is a short line that does not end like a sentence and starts with a capital
 * letter or a digit (or a letter of a script without case).
 */
export function looksLikeSubheading(text: string): boolean {
  if (text.length > MAX_HEADING_CHARS) return false;
  if (FINAL_PUNCTUATION.test(text)) return false;
  if (text.split(/\s+/).length > MAX_HEADING_WORDS) return false;
  const first = text.codePointAt(0);
  if (first === undefined) return false;
  const ch = String.fromCodePoint(first);
  return /[\p{Lu}\p{Lt}\p{Lo}\p{N}]/u.test(ch);
}

/** Publisher named by a footer: `Source: X` gives X; a copyright line gives its holder. */
export function publisherFromFooter(footer: string): string | undefined {
  const text = cleanLine(footer);
  const source = /^sources?\s*[:\-–—]?\s*(.+)$/i.exec(text);
  if (source) {
    const name = source[1]!.replace(/[.\s]+$/, '').trim();
    return name.length > 0 ? name : undefined;
  }
  const copyright = /^(?:copyright\s*)?(?:\(c\)|©)?\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*[.,:]?\s*(.+)$/i.exec(
    text,
  );
  if (!copyright) return undefined;
  let holder = copyright[1]!;
  // The holder runs to the end of the first sentence; "Inc." and the like do not end it.
  const sentence = /^(.+?(?:\b(?:Inc|Ltd|Co|Corp|LLC|plc|S\.A|GmbH)\.)?)(?:\.\s|\.?$)/.exec(holder);
  if (sentence) holder = sentence[1]!;
  holder = holder
    .replace(/,?\s+(?:Inc|Ltd|Co|Corp|LLC|plc|S\.A|GmbH)\.?$/i, '')
    .replace(/[.,\s]+$/, '')
    .trim();
  // A holder needs a letter or a digit: a footer of only `©` names nobody.
  if (/^all rights reserved$/i.test(holder) || !/[\p{L}\p{N}]/u.test(holder)) return undefined;
  return holder;
}

export function structureArticle(raw: RawArticle, diagnostics: Diagnostic[] = []): StructuredArticle {
  const blocks: Block[] = [];
  let list: ListBlock | undefined;
  for (const line of raw.body) {
    const text = cleanLine(line.text);
    const bullet = BULLET.exec(text);
    const numbered = bullet ? null : NUMBERED.exec(text);
    if (bullet) {
      const item = { text: text.slice(bullet[0].length), line: line.line };
      if (list && !list.ordered) list.items.push(item);
      else {
        list = { kind: 'list', ordered: false, items: [item] };
        blocks.push(list);
      }
      continue;
    }
    if (numbered) {
      const number = Number(numbered[1]);
      const item = { text: text.slice(numbered[0].length), line: line.line, number };
      const last = list?.items[list.items.length - 1];
      if (list && list.ordered && last?.number !== undefined && number === last.number + 1) {
        list.items.push(item);
      } else {
        // Numbers that do not count up start a new list, so every item keeps its own number.
        list = { kind: 'list', ordered: true, start: number, items: [item] };
        blocks.push(list);
      }
      continue;
    }
    list = undefined;
    blocks.push({ kind: looksLikeSubheading(text) ? 'heading' : 'paragraph', text, line: line.line });
  }

  // A "subheading" with nothing after it is a short closing paragraph, not a heading.
  const last = blocks[blocks.length - 1];
  if (last && last.kind === 'heading') last.kind = 'paragraph';

  const article: StructuredArticle = {
    file: raw.file,
    ...(raw.section ? { section: raw.section } : {}),
    index: raw.index,
    title: cleanLine(raw.title.text),
    titleLine: raw.title.line,
    blocks,
    startLine: raw.startLine,
    endLine: raw.endLine,
  };
  if (raw.metadata) {
    article.metadata = raw.metadata;
    if (raw.format) article.format = raw.format;
    if (raw.metadata.publication) article.source = raw.metadata.publication;
    if (raw.metadata.copyright) article.copyright = raw.metadata.copyright;
  }
  if (raw.footer) {
    const footer = cleanLine(raw.footer.text);
    article.footer = { text: footer, line: raw.footer.line };
    if (isCopyrightLine(footer)) article.copyright = footer;
    const publisher = publisherFromFooter(footer);
    if (publisher) article.source = publisher;
    else
      diagnostics.push({
        severity: 'warning',
        code: 'footer-without-publisher',
        file: raw.file,
        line: raw.footer.line,
        message: `footer names no publisher: "${footer.slice(0, 60)}"`,
      });
  }
  return article;
}
