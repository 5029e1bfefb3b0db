/**
 * Edits of a dump file, for checks and tests that rebuild an archive after changing its
 * input the way an editor would: reorder its articles, correct a title. The
 * articles are found by the ingest's own splitter, so each chunk is exactly one article's
 * lines (title to footer).
 */
import { decodeSource } from '../ingest/read.ts';
import { splitArticles } from '../ingest/split.ts';

/** The articles of a dump, each as its own text (title line to footer line). */
export function dumpArticles(text: string): string[] {
  const source = decodeSource(
    { absPath: '/dump.txt', displayPath: 'dump.txt' },
    new TextEncoder().encode(text),
  );
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  return splitArticles(source).articles.map((a) => lines.slice(a.startLine - 1, a.endLine).join('\n'));
}

/** A dump made of article texts. */
export function joinDump(articles: readonly string[]): string {
  return `${articles.join('\n\n')}\n`;
}

/** The dump with its articles in reverse order. */
export function reverseDump(text: string): string {
  return joinDump(dumpArticles(text).reverse());
}

/** The dump with one article's title line replaced. */
export function retitleArticle(text: string, from: string, to: string): string {
  let found = false;
  const articles = dumpArticles(text).map((a) => {
    const [first, ...rest] = a.split('\n');
    if (first!.trim() !== from) return a;
    found = true;
    return [to, ...rest].join('\n');
  });
  if (!found) throw new Error(`no article titled "${from}" in the dump`);
  return joinDump(articles);
}
