/**
 * The older LexisNexis text export (LexisNexis Academic and Nexis, to about 2018): a cover
 * (download request, time, recipient, search terms), then documents, each opened by a centred
 * `N of M DOCUMENTS` line (`Dokument N von M`, `Document N de M`, `N van M DOCUMENTEN`): the
 * copyright, publication and date centred above the headline; labels (`BYLINE:`,
 * `SECTION:`, `LENGTH: 355 words` …, in the interface's language: `AUTOR:`, `LONGUEUR:`,
 * `KOP:`, `TEKST:`); the text, hard-wrapped at 80 columns, each physical line one body line;
 * then `LOAD-DATE:`, `LANGUAGE:`, `PUBLICATION-TYPE:` and a centred copyright.
 *
 * The first document is read like every other (LexisNexisTools#21 lost it), dates are taken
 * only from whole lines that are dates (#19, #23 took headline text), a label on the line
 * below another starts its own field (#10 glued `HIGHLIGHT:` onto the byline), a document
 * with no text but a photo caption keeps the caption as its text, and an "error document"
 * (no headline, no text) is reported and not read.
 */
import type { SourceFile, SourceLine } from '../core/source-file.ts';
import type { ExportFormat, ExportParse } from '../core/export-format.ts';
import { detectionLines, ExportParseState } from './common/parse-state.ts';
import { isWordCount } from './common/word-count.ts';
import { lexisLabel } from './lexisnexis-labels.ts';
import { parseLexisDocument } from './lexisnexis-document.ts';
import { isBlank, nonBlankLines } from './common/lines.ts';

const COUNT_WORDS = 'of|von|de|van|di|sur|av|af|z';
/** `1 of 10 DOCUMENTS` and its translations, alone on its line (centred, or at the margin). */
const SEPARATOR = new RegExp(
  `^\\s*(\\d+)\\s+(?:${COUNT_WORDS})\\s+(\\d+)\\s+(?:DOCUMENTS?|DOKUMENTE?|DOKUMENTER|DOCUMENTEN|DOCUMENTI|DOCUMENTOS?)\\s*$`,
  'i',
);
/** `Dokument 234 von 456`, `Document 3 de 12`. */
const SEPARATOR_NAMED = new RegExp(
  `^\\s*(?:Document|Dokument|Documento|Documenten)\\s+(\\d+)\\s+(?:${COUNT_WORDS})\\s+(\\d+)\\s*$`,
  'i',
);
/** ProQuest's separator: a file that has it is not this format. */
const UNDERSCORE_RULE = /^_{40,}\s*$/;

/** The document number and count a separator line states. */
function separator(text: string): { n: number; m: number } | undefined {
  const match = SEPARATOR.exec(text) ?? SEPARATOR_NAMED.exec(text);
  return match ? { n: Number(match[1]), m: Number(match[2]) } : undefined;
}

function detect(lines: readonly SourceLine[]): boolean {
  let separators = 0;
  let labels = 0;
  for (const l of detectionLines(lines)) {
    if (UNDERSCORE_RULE.test(l.text)) return false;
    if (separator(l.text)) separators++;
    else if (lexisLabel(l.text) || isWordCount(l.text)) labels++;
  }
  return separators > 0 && labels > 0;
}

/** The value most separators state (a download's separators all state the same count). */
function commonCount(counts: readonly number[]): number | undefined {
  const tally = new Map<number, number>();
  for (const m of counts) tally.set(m, (tally.get(m) ?? 0) + 1);
  let best: number | undefined;
  for (const [m, n] of tally) if (best === undefined || n > (tally.get(best) ?? 0)) best = m;
  return best;
}

function parse(source: SourceFile): ExportParse {
  const { lines } = source;
  const state = new ExportParseState(source.displayPath);
  const { documents } = state;
  const warn = state.warn.bind(state);

  const seps: { at: number; n: number; m: number; line: SourceLine }[] = [];
  lines.forEach((l, at) => {
    const s = separator(l.text);
    if (s) seps.push({ at, ...s, line: l });
  });
  if (seps.length === 0) {
    warn(lines.find((l) => !isBlank(l.text))?.line ?? 1, 'no `N of M DOCUMENTS` line: read as one document');
  }
  // The cover: download request, recipient, search terms.
  state.block(nonBlankLines(lines.slice(0, seps[0]?.at ?? 0)), 'cover');
  // A download's separators all state the same count; a file whose separators disagree
  // (several downloads pasted together) states none.
  const common = commonCount(seps.map((s) => s.m));
  const agreeing = seps.filter((s) => s.m === common).length;
  const stated = agreeing * 2 > seps.length ? common : undefined;
  if (seps.length > 0 && stated === undefined) {
    const counts = [...new Set(seps.map((s) => s.m))].slice(0, 5).join(', ');
    warn(
      seps[0]!.line.line,
      `the \`N of M\` lines state different counts (${counts} …): several downloads in one file?`,
      'document-count',
    );
  }
  const parts = seps.length > 0 ? seps : [{ at: -1, n: 1, m: 1, line: lines[0] ?? { line: 1, text: '' } }];
  parts.forEach((sep, k) => {
    if (sep.at >= 0) {
      state.block(sep.line, 'marker');
      if (stated !== undefined && sep.m !== stated)
        warn(sep.line.line, `"${sep.line.text.trim()}" states ${sep.m} documents, the others ${stated}`);
      const prev = parts[k - 1];
      if (prev && prev.m === sep.m && sep.n !== prev.n + 1)
        warn(sep.line.line, `document ${sep.n} follows document ${prev.n}`);
    }
    const end = parts[k + 1]?.at ?? lines.length;
    const document = parseLexisDocument(
      lines.slice(sep.at + 1, end),
      {
        index: documents.length,
        ordinal: `${sep.n} of ${sep.m}`,
        separatorLine: sep.at >= 0 ? sep.line.line : 1,
        flat: sep.at >= 0 && !/^\s{6,}/.test(sep.line.text),
      },
      state,
    );
    if (document) documents.push(document);
  });
  const skipped = seps.length - documents.length;
  return state.result('lexisnexis', stated, {
    line: seps[0]?.line.line ?? 1,
    message:
      `the export states ${stated} documents; ${documents.length} read from ${seps.length} \`N of M\` lines` +
      (skipped > 0 ? ` (${skipped} without headline or text)` : ''),
  });
}

/** The older LexisNexis text export (`N of M DOCUMENTS`, `BYLINE:`, `LENGTH:`, `LOAD-DATE:`). */
export const lexisNexisFormat: ExportFormat = {
  name: 'lexisnexis',
  label: 'LexisNexis (older text export)',
  detect,
  parse,
};
