/**
 * The labels of ProQuest's "text only" export (`Full text:`, `Subject:`, `Publication date:`,
 * `ProQuest document ID:` …), matched by a whitelist with white space and case ignored:
 * the export sometimes drops the spaces (`ProQuestdocument ID:`, `Lastupdated:`,
 * `Placeof publication:`), and the article text is full of lines that look like labels
 * (`CAPTION:`, `CREDIT:`, `Twitter:`, `Opinion Pieces:`), which are text.
 */
import { type LabelMatch, LabelTable } from './common/label-table.ts';

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

/** A label without white space, punctuation or case: `ProQuestdocument ID` → `proquestdocumentid`. */
export function labelKey(label: string): string {
  return label.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

const LABELS = LabelTable.of<ProQuestLabelKind>(
  {
    title: 'Title',
    publication: 'Publication title|Source title',
    page: 'First page|Pages|Page',
    date: 'Publication date|Date',
    section: 'Section',
    language: 'Language of publication|Language',
    documentType: 'Document type',
    sourceType: 'Source type',
    documentId: 'ProQuest document ID|Document ID',
    url: 'Document URL',
    copyright: 'Copyright',
    loadDate: 'Last updated',
    subjects: 'Subject|Subjects|Subject terms',
    places: 'Location|Locations|Geographic name',
    persons: 'People|Personal name',
    organisations: 'Company / organization|Company|Companies|Organization',
    abstract: 'Abstract',
    byline: 'Author|Authors|Byline',
    edition: 'Edition',
    dateline: 'Dateline',
    body: 'Full text',
    attachment: 'Links',
    publicationInfo: 'Publication info',
    footer: 'Contact us at',
    classification:
      'Publication year|Publisher|Place of publication|Country of publication|Publication subject|ISSN|e-ISSN|ISBN|' +
      'Database|Business indexing term|Identifier / keyword|Keywords|NAICS|Classification|Column|Volume|Issue|' +
      'Number of pages|Document feature|Accession number|CODEN|DOI|Notes|Update|Supplement|Sponsor|' +
      'Publication note|Source attribution|Alternate title|Subtitle|Special feature|Company name|Ticker|' +
      'Product name|Document note|Dissertation/thesis number|Report number|Conference title|Editor',
  },
  labelKey,
);

const LABEL = /^([^:]{1,60}):(?=[\s\u00a0]|$)[\s\u00a0]*(.*)$/u;
/** Something that looks like a label (`Martin Regg Cohn:`, `Opinion Pieces:`), known or not. */
const LABEL_LIKE = /^[\p{Lu}][\p{L}\p{N} /&'’.-]{0,40}:(?=[\s\u00a0]|$)/u;

/** A label of a ProQuest line. */
export type ProQuestLabel = LabelMatch<ProQuestLabelKind>;

/** The known label a line starts with, if any. */
export const proquestLabel = (text: string): ProQuestLabel | undefined => LABELS.match(text, LABEL);

/** Whether a line starts with something that looks like a label, known or not. */
export const looksLabelled = (text: string): boolean => LABEL_LIKE.test(text);
