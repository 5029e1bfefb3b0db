/**
 * What the labelled fields of one ProQuest document fill: `Publication title:` the
 * publication, `Publication date: Sep 20, 2024` the date, `Subject:` the subjects, and so on;
 * and the role of each of their lines. Fields the page does not show (`ISSN:`, `Database:`)
 * are the database's classification.
 */
import { bylineAuthors } from './common/byline.ts';
import type { DocumentMetadata, Term } from '../core/export-format.ts';
import { DocumentFields, isWebAddress } from './common/document-fields.ts';
import type { LineRoles } from './common/parse-state.ts';
import type { SourceLine } from '../core/source-file.ts';
import { proquestLabel, type ProQuestLabelKind } from './proquest-labels.ts';
import { isoDate, isoDay, partialDateNote, partialIsoDate, readDate } from './common/dates.ts';
import { parseTerms } from './common/terms.ts';

/** A label and the lines its value takes (a value may go on over several lines). */
export interface ProQuestBlock {
  kind: ProQuestLabelKind;
  lines: SourceLine[];
  value: string;
}

/** The document the fields belong to, and where its roles and warnings go. */
export interface ProQuestFieldsContext {
  index: number;
  warn: (line: number, message: string) => void;
  /** The document's first line, where document-wide problems are reported. */
  where: number;
  /** The parse's roles, to which the fields' lines are added. */
  roles: LineRoles;
}

/** What the fields give: the metadata, and the blocks a document may need in their place. */
export interface ProQuestFields {
  metadata: DocumentMetadata;
  /** The `Title:` field, for a document without a title line. */
  titleBlock?: ProQuestBlock;
  /** The abstract, for a document without its text; `firstValue` is its first line without the label. */
  abstractBlock?: ProQuestBlock & { firstValue: string };
}

const NONE = /^none available\.?$/i;
/** A date inside `Publication info: Toronto Star ; Toronto, Ont. 23 Feb 2022: A.14.` */
const DATE_IN_INFO = /\b(\d{1,2} \p{L}{3,9}\.? \d{4}|\p{L}{3,9}\.? \d{1,2}, \d{4})\b/u;

/** `Name: Toronto Star; NAICS: 511110` → `Toronto Star`. */
function organisationTerms(value: string): Term[] {
  return parseTerms(value)
    .filter((t) => !/^NAICS\b/i.test(t.name))
    .map((t) => ({ ...t, name: t.name.replace(/^Name:\s*/i, '') }));
}

/** `Smith, John; Doe, Jane`: ProQuest lists authors family name first, one per `;`. */
const proquestAuthors = (byline: string): string[] =>
  byline.includes(';')
    ? byline
        .split(';')
        .map((a) => a.trim())
        .filter((a) => a !== '')
    : bylineAuthors(byline);

/** The metadata the blocks fill, setting the role of each of their lines. */
export function readProQuestFields(
  blocks: readonly ProQuestBlock[],
  ctx: ProQuestFieldsContext,
): ProQuestFields {
  const meta: DocumentMetadata = {};
  const out: ProQuestFields = { metadata: meta };
  const doc = new DocumentFields(meta, ctx.index, ctx.roles, ctx.warn);
  const field = doc.field.bind(doc);
  const block = doc.block.bind(doc);
  let info: ProQuestBlock | undefined;
  let sourceType: ProQuestBlock | undefined;
  let undatedSaid = false;

  for (const b of blocks) {
    const first = b.lines[0]!;
    switch (b.kind) {
      case 'title':
        if (out.titleBlock) block(b.lines, 'classification');
        else {
          out.titleBlock = b;
          field(b.lines, 'title');
        }
        break;
      case 'byline':
        doc.byline(b.value, b.lines, proquestAuthors);
        break;
      case 'abstract':
        if (NONE.test(b.value)) block(b.lines, 'classification');
        else if (doc.text('abstract', b.value, b.lines))
          out.abstractBlock = { ...b, firstValue: proquestLabel(first.text)?.value ?? '' };
        break;
      case 'date': {
        const date = meta.date === undefined ? readDate(b.value) : undefined;
        const iso = date ? isoDate(date) : undefined;
        if (iso !== undefined) {
          meta.date = iso;
          field(b.lines, 'date');
        } else if (date && meta.date === undefined && !undatedSaid) {
          // `Winter 2011`: the year (or month) it states, never a day invented.
          meta.date = partialIsoDate(date);
          field(b.lines, 'date');
          ctx.warn(first.line, partialDateNote(b.value, date));
          undatedSaid = true;
        } else {
          if (meta.date === undefined && !undatedSaid) {
            ctx.warn(first.line, `the date "${b.value}" states no day: left undated`);
            undatedSaid = true;
          }
          block(b.lines, 'classification');
        }
        break;
      }
      case 'url':
        if (!isWebAddress(b.value)) block(b.lines, 'attachment');
        else if (meta.url === undefined || meta.url === b.value) {
          meta.url = b.value;
          field(b.lines, 'url');
        } else block(b.lines, 'attachment');
        break;
      case 'organisations':
        doc.addTerms('organisations', organisationTerms(b.value), b.lines);
        break;
      case 'publicationInfo':
        info ??= b;
        block(b.lines, 'classification');
        break;
      case 'sourceType':
        sourceType ??= b;
        block(b.lines, 'classification');
        break;
      case 'footer':
        block(b.lines, 'boilerplate');
        break;
      default:
        doc.fill(b.kind, b.value, b.lines);
    }
  }
  doc.done();
  if (meta.documentType === undefined && sourceType && sourceType.value !== '') {
    meta.documentType = sourceType.value;
    field(sourceType.lines, 'documentType');
  }
  if (meta.date === undefined && !undatedSaid) {
    // `Publication info: … 23 Feb 2022: A.14.` states the date too.
    const inInfo = info ? DATE_IN_INFO.exec(info.value)?.[1] : undefined;
    const day = inInfo !== undefined ? isoDay(inInfo) : undefined;
    if (info && day !== undefined) {
      meta.date = day;
      field(info.lines, 'date');
    } else if (meta.loadDate !== undefined) {
      meta.date = meta.loadDate;
      ctx.warn(
        blocks[0]?.lines[0]?.line ?? 1,
        `no publication date: dated by its \`Last updated:\` date (${meta.loadDate})`,
      );
    } else ctx.warn(ctx.where, 'no date');
  }
  return out;
}
