/**
 * The labels of ProQuest's "text only" export (`Full text:`, `Subject:`, `Publication date:`,
 * `ProQuest document ID:` …), matched by a whitelist with white space and case ignored:
 * the export sometimes drops the spaces (`ProQuestdocument ID:`, `Lastupdated:`,
 * `Placeof publication:`), and the article text is full of lines that look like labels
 * (`CAPTION:`, `CREDIT:`, `Twitter:`, `Opinion Pieces:`), which are text.
 */
import { LabelTable } from './common/label-table.ts';

/** What a label's value fills. */
export type ProQuestLabelKind =
  | 'title'
  | 'publication'
  | 'page'
  | 'date'
  | 'section'
  | 'language'
  | 'documentType'
  /** `Source type: Newspaper`: the document type when there is no `Document type:`. */
  | 'sourceType'
  | 'documentId'
  | 'url'
  | 'copyright'
  | 'loadDate'
  | 'subjects'
  | 'places'
  | 'persons'
  | 'organisations'
  | 'abstract'
  | 'byline'
  | 'edition'
  | 'dateline'
  /** `Full text:`: the article text starts on this line. */
  | 'body'
  /** `Links:`: the library's link resolver. */
  | 'attachment'
  /** `Publication info: Toronto Star ; Toronto, Ont. 23 Feb 2022: A.14.` (its date when no other). */
  | 'publicationInfo'
  /** `Contact us at:`: the database's footer. */
  | 'footer'
  | 'classification';

const LABELS = new LabelTable<ProQuestLabelKind>((label) => labelKey(label));

/** A label without white space, punctuation or case: `ProQuestdocument ID` → `proquestdocumentid`. */
export function labelKey(label: string): string {
  return label.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

LABELS.add('title', 'Title');
LABELS.add('publication', 'Publication title|Source title');
LABELS.add('page', 'First page|Pages|Page');
LABELS.add('date', 'Publication date|Date');
LABELS.add('section', 'Section');
LABELS.add('language', 'Language of publication|Language');
LABELS.add('documentType', 'Document type');
LABELS.add('sourceType', 'Source type');
LABELS.add('documentId', 'ProQuest document ID|Document ID');
LABELS.add('url', 'Document URL');
LABELS.add('copyright', 'Copyright');
LABELS.add('loadDate', 'Last updated');
LABELS.add('subjects', 'Subject|Subjects|Subject terms');
LABELS.add('places', 'Location|Locations|Geographic name');
LABELS.add('persons', 'People|Personal name');
LABELS.add('organisations', 'Company / organization|Company|Companies|Organization');
LABELS.add('abstract', 'Abstract');
LABELS.add('byline', 'Author|Authors|Byline');
LABELS.add('edition', 'Edition');
LABELS.add('dateline', 'Dateline');
LABELS.add('body', 'Full text');
LABELS.add('attachment', 'Links');
LABELS.add('publicationInfo', 'Publication info');
LABELS.add('footer', 'Contact us at');
LABELS.add(
  'classification',
  'Publication year|Publisher|Place of publication|Country of publication|Publication subject|ISSN|e-ISSN|ISBN|' +
    'Database|Business indexing term|Identifier / keyword|Keywords|NAICS|Classification|Column|Volume|Issue|' +
    'Number of pages|Document feature|Accession number|CODEN|DOI|Notes|Update|Supplement|Sponsor|' +
    'Publication note|Source attribution|Alternate title|Subtitle|Special feature|Company name|Ticker|' +
    'Product name|Document note|Dissertation/thesis number|Report number|Conference title|Editor',
);

const LABEL = /^([^:]{1,60}):(?=[\s\u00a0]|$)[\s\u00a0]*(.*)$/u;
/** Something that looks like a label (`Martin Regg Cohn:`, `Opinion Pieces:`), known or not. */
const LABEL_LIKE = /^[\p{Lu}][\p{L}\p{N} /&'’.-]{0,40}:(?=[\s\u00a0]|$)/u;

export interface ProQuestLabel {
  kind: ProQuestLabelKind;
  /** The text after the label on its line. */
  value: string;
}

/** The known label a line starts with, if any. */
export function proquestLabel(text: string): ProQuestLabel | undefined {
  const m = LABEL.exec(text);
  if (!m || m[1] === undefined) return undefined;
  const kind = LABELS.kind(m[1]);
  return kind === undefined ? undefined : { kind, value: (m[2] ?? '').trim() };
}

/** Whether a line starts with something that looks like a label, known or not. */
export const looksLabelled = (text: string): boolean => LABEL_LIKE.test(text);
