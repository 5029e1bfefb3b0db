/**
 * Footer lines: the line that closes an article in a dump and names its publisher. split.ts
 * finds them, structure.ts tells a copyright line from a Source line (and reads the
 * publisher from it); every rule about what a footer line looks like is here.
 *
 * A footer is a Source line (`Source: Publisher`) or a copyright line (`Copyright (c) 2015.
 * Holder`, `© 2015 Holder`, `(c) Holder`), at most MAX_FOOTER_LENGTH characters: such a line
 * closes an article wherever it is. Right after a separator line a footer may be written
 * loosely, and is taken with a warning: a Source line without its colon (`Source National …`,
 * `SOURCE - …`), or a copyright line of any length.
 */

/** `Source: Publisher` (the colon is what tells it from a sentence that starts with "Sources"). */
const SOURCE_LINE = /^source\s*:\s*\S/i;
/** A Source line written loosely: the word alone (`Source National …`, `Sources - …`). */
const LOOSE_SOURCE_LINE = /^sources?\b/i;
/** `Copyright …` (the word alone, not `Copyrighted`), `© …`, `(c) …`, `(c)2015 …`. */
const COPYRIGHT_LINE = /^(?:copyright\b|©|\(c\))/i;
/** Footer lines are short; a long line that happens to start with "Copyright" is body text. */
const MAX_FOOTER_LENGTH = 400;

/** A footer line, written properly: it closes an article wherever it is. */
export function isFooterLine(text: string): boolean {
  const t = text.trim();
  return t.length <= MAX_FOOTER_LENGTH && (SOURCE_LINE.test(t) || COPYRIGHT_LINE.test(t));
}

/** A footer line, written properly or loosely: what closes an article after a separator. */
export function isLooseFooterLine(text: string): boolean {
  const t = text.trim();
  // A proper Source line starts with `source` and a colon or a space: a loose one too.
  return LOOSE_SOURCE_LINE.test(t) || COPYRIGHT_LINE.test(t);
}

/** Whether a footer is a copyright line (rather than a Source line). */
export function isCopyrightLine(footer: string): boolean {
  return COPYRIGHT_LINE.test(footer.trim());
}
