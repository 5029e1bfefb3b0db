/**
 * Page references as the exports write them beside a section: `Pg. 1B`, `S. 5`, `Seite 4`,
 * `Blz. 3`, `page 12`, `p. 7`, `pag. 2`. A page has a number (`S. Korea` is none).
 */

const REFERENCE = String.raw`(?:pg\.?\s*|(?:page|seite|s|p|blz|pag)(?:\.\s*|\s+))(\p{L}?\d+[\p{L}\d-]*)`;
const WHOLE = new RegExp(String.raw`^${REFERENCE}$`, 'iu');
const WITHIN = new RegExp(String.raw`(?<![\p{L}\d])${REFERENCE}(?![\p{L}\d])`, 'iu');

/** The page of a text that is a page reference (`Pg. 1B` → `1B`), else undefined. */
export const pageReference = (text: string): string | undefined => WHOLE.exec(text.trim())?.[1];

/** The page of the first page reference in a text (`LOCAL; Pg. 4` → `4`), if any. */
export const pageWithin = (text: string): string | undefined => WITHIN.exec(text)?.[1];
