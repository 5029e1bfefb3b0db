/**
 * Label values → DocumentMetadata: which field a Nexis label fills and how its value reads.
 * A value that does not read (a Length without a number, a language nobody knows) fills
 * nothing, and its line is then classification, never a field without its value.
 */
import type { DocumentMetadata, MetadataField, Term } from '../../core/export-format.ts';
import { bylineAuthors } from '../common/byline.ts';
import { parsePlainDate } from './date-line.ts';
import type { LabelKind } from './labels.ts';
import { parseTerms } from '../common/terms.ts';
import { isWebAddress } from '../common/document-fields.ts';
import { wordCount } from '../common/word-count.ts';
import { parseSection } from './labels.ts';
import { languageCode } from '../common/language-code.ts';

type TermField = 'subjects' | 'organisations' | 'persons' | 'places' | 'industries';
const TERM_FIELDS: readonly LabelKind[] = ['subjects', 'organisations', 'persons', 'places', 'industries'];
const isTermField = (kind: LabelKind): kind is TermField => TERM_FIELDS.includes(kind);

/**
 * The authors of a Nexis byline. Nexis writes some as a contact address with the name in
 * brackets (`feedback@example.com,  (Ann Lee)`): the name is then the byline's.
 */
function authorsOf(byline: string): string[] {
  const bracketed = /^[\s,;]*\(([^()]+)\)[\s,;]*$/u.exec(byline.replace(/\S*@\S*/gu, ''));
  return bylineAuthors(bracketed ? bracketed[1]! : byline);
}

/** Joins a further value onto a text field (a label stated twice, a continuation line). */
const joined = (had: string | undefined, more: string, separator: string): string =>
  had ? `${had}${separator}${more}` : more;

/**
 * Fills the metadata from one label's value (or its continuation line); returns the field it
 * filled, or undefined when the value fills none.
 */
export function fillLabel(
  meta: DocumentMetadata,
  kind: LabelKind,
  value: string,
  continuation: boolean,
): MetadataField | undefined {
  if (value === '') return undefined;
  if (isTermField(kind)) {
    const terms: Term[] = parseTerms(value);
    if (terms.length === 0) return undefined;
    meta[kind] = [...(meta[kind] ?? []), ...terms];
    return kind;
  }
  switch (kind) {
    case 'section': {
      const { section, page } = parseSection(value);
      if (!section && !page) return undefined;
      if (section) meta.section = joined(meta.section, section, '; ');
      if (page) meta.page ??= page;
      return section ? 'section' : 'page';
    }
    case 'length': {
      const words = continuation ? undefined : wordCount(value, { labelled: true });
      if (words === undefined) return undefined;
      meta.statedWordCount = words;
      return 'statedWordCount';
    }
    case 'byline': {
      meta.byline = joined(meta.byline, value, continuation ? ' ' : '; ');
      const authors = authorsOf(meta.byline);
      if (authors.length > 0) meta.authors = authors;
      return 'byline';
    }
    case 'highlight':
      // Paragraphs of a highlight stay paragraphs.
      meta.abstract = joined(meta.abstract, value, '\n');
      return 'abstract';
    case 'dateline':
      meta.dateline = joined(meta.dateline, value, ' ');
      return 'dateline';
    case 'edition':
      meta.edition = joined(meta.edition, value, '; ');
      return 'edition';
    case 'language': {
      const code = languageCode(value);
      if (!code || (meta.language && meta.language !== code)) return undefined;
      meta.language = code;
      return 'language';
    }
    case 'documentType':
      meta.documentType = joined(meta.documentType, value, '; ');
      return 'documentType';
    case 'loadDate': {
      const day = parsePlainDate(value);
      if (!day) return undefined;
      meta.loadDate = day;
      return 'loadDate';
    }
    case 'url':
      if (!isWebAddress(value) || meta.url) return undefined;
      meta.url = value;
      return 'url';
    default:
      return undefined;
  }
}
