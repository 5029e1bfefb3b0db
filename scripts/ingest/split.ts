/**
 * split: cuts a file's lines into raw articles.
 *
 * Two formats, detected per file:
 * - dump: several articles, each closed by a footer line (`Source: …` or a copyright line,
 *   see footer.ts), usually after a separator line that holds only a no-break space;
 * - single: one article per file, the title on the first line and no footer.
 * A file is a dump as soon as it has a separator or a footer line; otherwise it is single.
 */
import type { Diagnostic } from './core/diagnostics.ts';
import { isFooterLine, isLooseFooterLine } from './footer.ts';
import type { SourceFile, SourceLine } from './read.ts';
import type { DocumentMetadata, ExportFormatName, ExportParse } from './core/export-format.ts';

/** How a file was read: a plain-text dump, one article per file, a database export, or nothing. */
export type FileFormat = 'dump' | 'single' | 'empty' | ExportFormatName;

export interface RawArticle {
  file: string;
  section?: string;
  /** 0-based position among the file's articles. */
  index: number;
  title: SourceLine;
  /** Body lines between the title and the footer, blank lines dropped. */
  body: SourceLine[];
  footer?: SourceLine;
  startLine: number;
  endLine: number;
  /** For a document of a database export: what the export states about it. */
  metadata?: DocumentMetadata;
  /** For a document of a database export: the export's format. */
  format?: ExportFormatName;
}

export interface SplitResult {
  format: FileFormat;
  articles: RawArticle[];
  diagnostics: Diagnostic[];
}

/** A line with nothing but white space in it, at least one of it a no-break space. */
export function isSeparatorLine(text: string): boolean {
  return text.includes('\u00a0') && text.trim() === '';
}

export function isBlankLine(text: string): boolean {
  return text.trim() === '';
}

/** The documents of a database export as raw articles (see formats/index.ts, `readExport`). */
export function exportArticles(source: SourceFile, parse: ExportParse): SplitResult {
  const articles = parse.documents.map((doc, index): RawArticle => ({
    file: source.displayPath,
    ...(source.section ? { section: source.section } : {}),
    index,
    title: doc.title,
    body: doc.body,
    startLine: doc.startLine,
    endLine: doc.endLine,
    metadata: doc.metadata,
    format: parse.format,
  }));
  const diagnostics = [...parse.diagnostics];
  // A format that has said so itself (with what it knows of why) is not repeated.
  const said = diagnostics.some((d) => d.code === 'document-count');
  if (!said && parse.statedDocuments !== undefined && parse.statedDocuments !== articles.length) {
    diagnostics.push({
      severity: 'warning',
      code: 'document-count',
      file: source.displayPath,
      line: 1,
      message: `the export states ${parse.statedDocuments} documents; ${articles.length} were read`,
    });
  }
  return { format: parse.format, articles, diagnostics };
}

export function splitArticles(source: SourceFile): SplitResult {
  const file = source.displayPath;
  const diagnostics: Diagnostic[] = [];
  const articles: RawArticle[] = [];
  const lines = source.lines;

  const hasMarkers = lines.some((l) => isSeparatorLine(l.text) || isFooterLine(l.text));
  if (!lines.some((l) => !isBlankLine(l.text))) {
    diagnostics.push({
      severity: 'warning',
      code: 'empty-file',
      file,
      message: 'empty file: no articles in it',
    });
    return { format: 'empty', articles, diagnostics };
  }

  let current: RawArticle | undefined;
  /** A new article whose title is `line`. */
  const startArticle = (line: SourceLine): RawArticle => ({
    file,
    ...(source.section ? { section: source.section } : {}),
    index: articles.length,
    title: line,
    body: [],
    startLine: line.line,
    endLine: line.line,
  });
  /** Line of a separator seen since the last body line, when there is one. */
  let pendingSeparator: number | undefined;

  const close = (footer: SourceLine | undefined, endLine: number): void => {
    if (!current) return;
    if (footer) current.footer = footer;
    current.endLine = endLine;
    if (current.body.length === 0) {
      diagnostics.push({
        severity: 'warning',
        code: 'empty-article',
        file,
        line: current.title.line,
        message: 'article has a title but no body text',
      });
    }
    articles.push(current);
    current = undefined;
  };

  for (const line of lines) {
    const text = line.text;
    if (isSeparatorLine(text)) {
      if (current) pendingSeparator ??= line.line;
      continue;
    }
    if (isBlankLine(text)) continue;

    if (!current) {
      if (isFooterLine(text)) {
        const previous = articles[articles.length - 1];
        if (previous && !previous.footer) {
          previous.footer = line;
          previous.endLine = line.line;
          diagnostics.push({
            severity: 'warning',
            code: 'footer-as-title',
            file,
            line: line.line,
            message: 'footer line where a title was expected; attached to the article before it',
          });
          continue;
        }
        diagnostics.push({
          severity: 'warning',
          code: 'footer-as-title',
          file,
          line: line.line,
          message: 'footer line where a title was expected; kept as the title of an article',
        });
      }
      current = startArticle(line);
      pendingSeparator = undefined;
      continue;
    }

    if (pendingSeparator !== undefined) {
      // A separator closes the body: this line is the footer, or (when it is none) the
      // title of the next article.
      if (isLooseFooterLine(text)) {
        if (!isFooterLine(text)) {
          diagnostics.push({
            severity: 'warning',
            code: 'malformed-footer',
            file,
            line: line.line,
            message: `malformed footer "${text.trim().slice(0, 60)}": expected "Source: …" or "Copyright …"; kept as the footer`,
          });
        }
        close(line, line.line);
        pendingSeparator = undefined;
        continue;
      }
      diagnostics.push({
        severity: 'warning',
        code: 'separator-without-footer',
        file,
        line: pendingSeparator,
        message: 'separator line is not followed by a footer; the article ends here without one',
      });
      close(undefined, pendingSeparator);
      pendingSeparator = undefined;
      current = startArticle(line);
      continue;
    }

    if (isFooterLine(text)) {
      close(line, line.line);
      continue;
    }
    current.body.push(line);
    current.endLine = line.line;
  }

  if (current) {
    const open: RawArticle = current;
    if (hasMarkers) {
      diagnostics.push({
        severity: 'info',
        code: 'no-final-footer',
        file,
        line: open.startLine,
        message: 'last article has no footer; it ends at the end of the file',
      });
    }
    close(undefined, pendingSeparator ?? open.endLine);
  }

  return { format: hasMarkers ? 'dump' : 'single', articles, diagnostics };
}
