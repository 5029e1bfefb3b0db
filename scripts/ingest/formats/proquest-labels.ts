/**
 * The labels of ProQuest's "text only" export (`Full text:`, `Subject:`, `Publication date:`,
 * `ProQuest document ID:` …), matched by a whitelist with white space and case ignored:
 * the export sometimes drops the spaces (`ProQuestdocument ID:`, `Lastupdated:`,
 * `Placeof publication:`), and the article text is full of lines that look like labels
 * (`CAPTION:`, `CREDIT:`, `Twitter:`, `Opinion Pieces:`), which are text.
 */

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

const KINDS: Record<string, ProQuestLabelKind> = {};
const add = (kind: ProQuestLabelKind, labels: string): void => {
  for (const label of labels.split('|')) KINDS[labelKey(label)] = kind;
};

/** A label without white space, punctuation or case: `ProQuestdocument ID` → `proquestdocumentid`. */
export function labelKey(label: string): string {
  return label.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

add('title', 'Title');
add('publication', 'Publication title|Source title');
add('page', 'First page|Pages|Page');
add('date', 'Publication date|Date');
add('section', 'Section');
add('language', 'Language of publication|Language');
add('documentType', 'Document type');
add('sourceType', 'Source type');
add('documentId', 'ProQuest document ID|Document ID');
add('url', 'Document URL');
add('copyright', 'Copyright');
add('loadDate', 'Last updated');
add('subjects', 'Subject|Subjects|Subject terms');
add('places', 'Location|Locations|Geographic name');
add('persons', 'People|Personal name');
add('organisations', 'Company / organization|Company|Companies|Organization');
add('abstract', 'Abstract');
add('byline', 'Author|Authors|Byline');
add('edition', 'Edition');
add('dateline', 'Dateline');
add('body', 'Full text');
add('attachment', 'Links');
add('publicationInfo', 'Publication info');
add('footer', 'Contact us at');
add(
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
  const kind = KINDS[labelKey(m[1])];
  return kind === undefined ? undefined : { kind, value: (m[2] ?? '').trim() };
}

/** Whether a line starts with something that looks like a label, known or not. */
export const looksLabelled = (text: string): boolean => LABEL_LIKE.test(text);
