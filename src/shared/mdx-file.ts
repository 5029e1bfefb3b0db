/**
 * The framing of a generated article file: `---\n<YAML frontmatter>---\n\n<body>`. The
 * ingest writes it (scripts/ingest/serialize-mdx.ts, scripts/ingest/pipeline.ts) and the
 * articles loader splits it (src/loaders/render-article-file.ts); both use this module.
 */

const OPENING = '---\n';
const CLOSING = '\n---\n';

/** An article file from its frontmatter already written as YAML (ending in a line break) and its body. */
export function mdxFile(yaml: string, body: string): string {
  return `${OPENING}${yaml}---\n\n${body}`;
}

export interface SplitMdxFile {
  /** The YAML, with its last line break. */
  frontmatter: string;
  /** Everything after the closing `---` line (from the blank line that follows it on). */
  body: string;
  /** Lines before the body: a body line n is line n + bodyLineOffset of the file. */
  bodyLineOffset: number;
}

/** Splits a generated article file into its YAML frontmatter and its body (`file` names it in errors). */
export function splitMdxFile(text: string, file: string): SplitMdxFile {
  if (!text.startsWith(OPENING)) throw new Error(`${file}:1: expected YAML frontmatter opening with ---`);
  const end = text.indexOf(CLOSING, OPENING.length - 1);
  if (end === -1) throw new Error(`${file}: frontmatter is not closed by a --- line`);
  const frontmatter = text.slice(OPENING.length, end + 1);
  const body = text.slice(end + CLOSING.length);
  const bodyLineOffset = text.slice(0, end + CLOSING.length).split('\n').length - 1;
  return { frontmatter, body, bodyLineOffset };
}
