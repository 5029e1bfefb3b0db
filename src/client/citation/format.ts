/**
 * Formats an article's CSL-JSON item (src/shared/citation.ts) with citation-js: APA 7 (the
 * official style, built into @citation-js/plugin-csl), MLA 9 and Chicago author-date (the
 * official CSL styles, added by `addStyle` from the files the build publishes), BibTeX and
 * RIS. Loaded by the cite panel only when a reader opens it: citeproc is large, and reading
 * needs none of it.
 */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import type { CslItem } from '../../shared/citation.ts';

/** The citation styles a reader is offered, in order: CSL style name → label. */
export const CITATION_STYLES = {
  apa: 'APA 7',
  'modern-language-association': 'MLA 9',
  'chicago-author-date': 'Chicago',
} as const;

export type CitationStyle = keyof typeof CITATION_STYLES;

/** Makes a CSL style (its XML) known by `name`. */
export function addStyle(name: string, xml: string): void {
  plugins.config.get('@csl').styles.add(name, xml);
}

/** Whether the style can be used (APA always; the others once added). */
export function hasStyle(name: string): boolean {
  return plugins.config.get('@csl').styles.has(name);
}

/** One reference in `style`, as plain text or as HTML (citeproc escapes the item's text). */
export function formatReference(
  item: CslItem,
  style: CitationStyle,
  format: 'text' | 'html' = 'text',
): string {
  return new Cite(item).format('bibliography', { template: style, format, lang: 'en-US' }).trim();
}

/** The item as a BibTeX entry. */
export function toBibtex(item: CslItem): string {
  return new Cite(item).format('bibtex');
}

/**
 * The item as an RIS record, in the older tag set (`A1`, `Y1`, `JF`): citation-js 0.8's
 * newer one leaves out the authors and the day of a newspaper article, which every
 * reference manager reads from the older tags.
 */
export function toRis(item: CslItem): string {
  return new Cite(item).format('ris', { spec: 'old' });
}
