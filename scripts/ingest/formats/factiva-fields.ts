/**
 * Values of Factiva's fields, shared by the labelled text (factiva-text.ts) and the HTML
 * export (factiva-html.ts): the accession number.
 */

/** `Document gmes000020010810dw47004yg`, `Dokument NYTF000020050408dp1900j9s` (any interface language). */
const ACCESSION = /^\s*\p{L}+\s+([A-Za-z0-9]{16,40})\s*$/u;

/** Factiva's accession number from its `Document …` line, or undefined. */
export function accessionNumber(text: string): string | undefined {
  return ACCESSION.exec(text)?.[1];
}
