/**
 * The layout of one document of an older LexisNexis text export, read in three parts:
 * the top (the centred lines: copyright, publication, date, edition, and the headline),
 * the labelled header (`BYLINE:`, `SECTION:`, `LENGTH:` …, up to the article text), and the
 * tail (the labelled lines and the centred copyright after the text), which is read from the
 * end backwards, so that a line inside the article that looks like a label never ends it.
 */
import type { SourceLine } from '../core/source-file.ts';
import { collapse, joinLines, type Paragraph } from './common/lines.ts';
import { isCopyrightLine, isRightsLine } from './common/copyright.ts';
import { isWordCount } from './common/word-count.ts';
import { type LexisLabelKind, lexisLabel } from './lexisnexis-labels.ts';
import { isWeekdayLine, readDate, readTime, type StatedDate } from './common/dates.ts';

/** A label and the lines its value takes. */
export interface FieldBlock {
  kind: LexisLabelKind;
  label: string;
  lines: SourceLine[];
  value: string;
}

/** What the top of a document holds. */
export interface Top {
  copyright: SourceLine[][];
  publication: SourceLine[];
  /** Lines printed between the publication and the date (`No … material may be republished`). */
  notices: SourceLine[];
  dateLines: SourceLine[];
  date?: StatedDate;
  edition: SourceLine[];
  url: SourceLine[];
  headline: SourceLine[];
  /** An unlabelled byline line below the headline (`VAN ONZE CORRESPONDENT`). */
  byline?: SourceLine;
  wordCount?: SourceLine;
  /** The paragraph after the top. */
  next: number;
  /** Whether the top ended the header (an unlabelled word count): the text follows. */
  headerDone: boolean;
}

const indent = (text: string): number => /^[ \t]*/.exec(text)?.[0].length ?? 0;
/** Centred lines are indented; a paragraph whose first line fills the width has its later lines indented. */
export const isCentred = (p: Paragraph): boolean => p.lines.some((l) => indent(l.text) >= 6);
const URL_START = /^https?:\/\//i;

/** Whether a copyright line goes on to the next line (it filled the width, or ends mid-phrase). */
function wraps(l: SourceLine): boolean {
  const t = l.text.trim();
  return l.text.trimEnd().length >= 75 || /(?:[,&-]|\b(?:All|and|und|et|en))$/.test(t);
}

/** Reads the top of a document: everything above the first label or the article text. */
export function readTop(paras: readonly Paragraph[], flat: boolean): Top {
  const top: Top = {
    copyright: [],
    publication: [],
    notices: [],
    dateLines: [],
    edition: [],
    url: [],
    headline: [],
    next: paras.length,
    headerDone: false,
  };
  let publicationPara = -1;
  let afterDate = false;
  let i = 0;
  for (; i < paras.length; i++) {
    const p = paras[i]!;
    const first = p.lines[0]!;
    const t = first.text.trim();
    if (lexisLabel(first.text)) break;
    if (p.lines.length === 1 && isWordCount(t)) {
      top.wordCount = first;
      top.headerDone = true;
      i++;
      break;
    }
    if (URL_START.test(t)) {
      top.url.push(...p.lines);
      continue;
    }
    // In the flat layout (no centring at all) the lines above the date are the centred ones.
    if (flat ? top.date === undefined : isCentred(p)) {
      let copyrightOpen = false;
      for (const l of p.lines) {
        const lt = collapse(l.text);
        const last = top.copyright.at(-1);
        if (isCopyrightLine(lt) || (copyrightOpen && last && (isRightsLine(lt) || wraps(last.at(-1)!)))) {
          if (isCopyrightLine(lt) && !copyrightOpen) top.copyright.push([l]);
          else last?.push(l);
          copyrightOpen = true;
          continue;
        }
        copyrightOpen = false;
        if (top.date === undefined) {
          const d = readDate(lt);
          if (d) {
            top.date = d;
            top.dateLines.push(l);
            afterDate = true;
            continue;
          }
          if (top.publication.length === 0 || publicationPara === i) {
            top.publication.push(l);
            publicationPara = i;
          } else top.notices.push(l);
          continue;
        }
        // Below the date: its weekday or time on a line of their own, the same date again
        // in another language, then the edition.
        const time = afterDate ? readTime(lt, top.date) : undefined;
        if (afterDate && (time || isWeekdayLine(lt))) {
          if (time && top.date.hour === undefined) Object.assign(top.date, time);
          top.dateLines.push(l);
        } else if (readDate(lt) && top.edition.length === 0) {
          top.dateLines.push(l);
        } else {
          afterDate = false;
          top.edition.push(l);
        }
      }
      continue;
    }
    afterDate = false;
    if (top.headline.length === 0) {
      top.headline = [...p.lines];
      continue;
    }
    const next = paras[i + 1];
    if (
      top.date !== undefined &&
      top.byline === undefined &&
      p.lines.length === 1 &&
      t.length <= 60 &&
      next &&
      lexisLabel(next.lines[0]!.text)
    ) {
      top.byline = first;
      continue;
    }
    break;
  }
  top.next = i;
  return top;
}

/** Splits a paragraph of labelled lines into one block per label (a label line starts a block). */
export function labelBlocks(p: Paragraph): FieldBlock[] {
  const out: FieldBlock[] = [];
  for (const l of p.lines) {
    const label = lexisLabel(l.text);
    const last = out.at(-1);
    if (label || !last) {
      out.push({
        kind: label?.kind ?? 'classification',
        label: label?.label ?? '',
        lines: [l],
        value: label?.value ?? collapse(l.text),
      });
    } else {
      last.lines.push(l);
      last.value = collapse(`${last.value} ${l.text}`);
    }
  }
  return out;
}

const isLabelled = (p: Paragraph | undefined): boolean =>
  p !== undefined && lexisLabel(p.lines[0]!.text) !== undefined;
const isEmptyAbstract = (p: Paragraph | undefined): boolean => {
  const label = p && p.lines.length === 1 ? lexisLabel(p.lines[0]!.text) : undefined;
  return label?.kind === 'abstract' && label.value === '';
};

/** What the labelled header of a document holds, and where its text starts. */
export interface HeaderRead {
  blocks: FieldBlock[];
  /** The paragraph where the article text starts. */
  bodyStart: number;
  /** A `TEKST:` line without text of its own. */
  bodyMarker?: SourceLine;
  /** The text of a `TEXT: Lorem …` line, without its label. */
  firstBodyLine?: SourceLine;
  /** Lines of the `TEKST:` paragraph below the label. */
  extraBody?: SourceLine[];
}

/** The labelled header from paragraph `from`: its blocks, and where the article text starts. */
export function readHeader(paras: readonly Paragraph[], from: number): HeaderRead {
  const blocks: FieldBlock[] = [];
  let i = from;
  while (i < paras.length) {
    const p = paras[i]!;
    if (!isLabelled(p)) {
      const t = collapse(p.lines[0]!.text);
      if (p.lines.length === 1 && isWordCount(t)) {
        blocks.push({ kind: 'length', label: '', lines: [...p.lines], value: t });
        i++;
        continue;
      }
      break;
    }
    // `TEKST:` alone marks the start; `TEXT: Lorem …` starts the text on its own line; the
    // lines below it in its paragraph are text too.
    const at = p.lines.findIndex((l) => lexisLabel(l.text)?.kind === 'body');
    if (at >= 0) {
      blocks.push(...labelBlocks({ lines: p.lines.slice(0, at) }));
      const marker = p.lines[at]!;
      const value = lexisLabel(marker.text)?.value ?? '';
      return {
        blocks,
        bodyStart: i + 1,
        ...(value === '' ? { bodyMarker: marker } : { firstBodyLine: { ...marker, text: value } }),
        ...restAsBody(p.lines.slice(at + 1)),
      };
    }
    blocks.push(...labelBlocks(p));
    i++;
    const last = blocks.at(-1);
    if (last?.kind === 'abstract' && last.value === '' && i < paras.length && !isLabelled(paras[i])) {
      // `CHAPEAU:` with its text below: up to `ARTICLE:` when one follows, else one paragraph.
      const bodyLabelAt = paras.findIndex((q, k) => k >= i && lexisLabel(q.lines[0]!.text)?.kind === 'body');
      const end = bodyLabelAt >= 0 ? bodyLabelAt : i + 1;
      for (; i < end && !isLabelled(paras[i]); i++) {
        last.lines.push(...paras[i]!.lines);
        last.value = collapse(`${last.value} ${joinLines(paras[i]!.lines)}`);
      }
    }
  }
  return { blocks, bodyStart: i };
}

// Lines below `TEKST:` in its paragraph (none in the samples) belong to the text.
function restAsBody(rest: SourceLine[]): { extraBody?: SourceLine[] } {
  return rest.length > 0 ? { extraBody: rest } : {};
}

/** Where the tail starts: the labelled and centred copyright paragraphs at the end, not above `from`. */
export function findTail(paras: readonly Paragraph[], from: number): number {
  let i = paras.length;
  while (i > from) {
    const p = paras[i - 1]!;
    if (isLabelled(p) || (isCopyrightLine(p.lines[0]!.text.trim()) && isCentred(p))) {
      i--;
    } else if (i - 2 >= from && isEmptyAbstract(paras[i - 2])) {
      // The text of an empty `HIGHLIGHT:` above it.
      i -= 2;
    } else break;
  }
  return i;
}

/** Reads the tail: its field blocks and its copyright paragraphs. */
export function readTail(
  paras: readonly Paragraph[],
  from: number,
): { blocks: FieldBlock[]; copyright: SourceLine[][] } {
  const blocks: FieldBlock[] = [];
  const copyright: SourceLine[][] = [];
  for (let i = from; i < paras.length; i++) {
    const p = paras[i]!;
    const last = blocks.at(-1);
    if (isLabelled(p)) blocks.push(...labelBlocks(p));
    else if (isCopyrightLine(p.lines[0]!.text.trim()) && isCentred(p)) copyright.push([...p.lines]);
    else if (last) {
      last.lines.push(...p.lines);
      last.value = collapse(`${last.value} ${joinLines(p.lines)}`);
    }
  }
  return { blocks, copyright };
}
