/**
 * The text of a line extracted from markup (HTML, RTF), made the way the ingest makes the
 * lines of a text file: no control characters (they carry no text and the pages never show
 * them) and, for HTML, white space as a browser renders it.
 */

/** C0 and C1 control characters other than tab (as read.ts removes them from text files). */
// eslint-disable-next-line no-control-regex
const CONTROL_CHARS = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/g;
/** ASCII white space: what HTML collapses (a no-break space is text and stays). */
const ASCII_SPACE_RUN = /[ \t\n\r\f]+/g;

/** The text without control characters (line ends included: a line has none). */
export function withoutControlChars(text: string): string {
  return text.replace(CONTROL_CHARS, '');
}

/** Runs of ASCII white space as one space, none at either end, as HTML renders text. */
export function collapseAsciiSpace(text: string): string {
  return text.replace(ASCII_SPACE_RUN, ' ').replace(/^ | $/g, '');
}

/** Whether a line holds no text at all (Unicode white space, no-break spaces included). */
export function isBlankText(text: string): boolean {
  return text.trim() === '';
}
