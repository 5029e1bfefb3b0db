/**
 * The details list of an article page: what the database export stated about the article
 * (byline, section, page, classification, ids …), one entry per field, in a fixed order.
 * Each entry names its metadata field (`field`): the page writes it as FIELD_ATTR, and the
 * fidelity check reads it to know that an export's metadata line is shown.
 */
import type { ArticleFrontmatter } from '../shared/article-schema.ts';
import { formatArticleDate, formatDate } from '../shared/date-format.ts';

/** One entry: a label, and its value as text or as a link (http and https only). */
export interface DetailEntry {
  /** The metadata field it shows (scripts/ingest/formats/export-format.ts, `MetadataField`). */
  field: string;
  label: string;
  values: { text: string; href?: string }[];
}

type Term = NonNullable<ArticleFrontmatter['subjects']>[number];

const termText = (t: Term): string => (t.relevance === undefined ? t.name : `${t.name} (${t.relevance}%)`);

const languageNames = new Map<string, Intl.DisplayNames>();

/** `de` → `German` (in the site's language), or the code itself when Intl does not know it. */
export function languageName(code: string, siteLanguage: string): string {
  let names = languageNames.get(siteLanguage);
  if (!names) {
    names = new Intl.DisplayNames([siteLanguage], { type: 'language' });
    languageNames.set(siteLanguage, names);
  }
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

/** `2017-07-18T07:20Z` → `18 July 2017, 07:20 UTC`; a plain date as formatDate gives it. */
function dateTimeText(value: string, siteLanguage: string): string {
  const day = formatArticleDate(value.slice(0, 10), siteLanguage);
  const time = /T(\d{2}:\d{2}(?::\d{2})?)(Z|[+-]\d{2}:\d{2})?$/.exec(value);
  if (!time) return day;
  const zone = time[2] === undefined ? '' : time[2] === 'Z' ? ' UTC' : ` UTC${time[2]}`;
  return `${day}, ${time[1]}${zone}`;
}

/** The details of an article, only the fields it has. An article of a plain dump has none. */
export function articleDetails(data: ArticleFrontmatter, siteLanguage: string): DetailEntry[] {
  const out: DetailEntry[] = [];
  const add = (field: string, label: string, values: (string | { text: string; href?: string })[]): void => {
    const list = values.map((v) => (typeof v === 'string' ? { text: v } : v)).filter((v) => v.text !== '');
    if (list.length > 0) out.push({ field, label, values: list });
  };
  const terms = (field: string, label: string, list: Term[] | undefined): void => {
    if (list) add(field, label, list.map(termText));
  };
  if (!data.provenance.format) return out;
  if (data.source) add('publication', 'Publication', [data.source]);
  // The export's own date only (a date found otherwise is not a detail from the database).
  const exported =
    data.dateBasis === 'export' ? data.date : data.dateBasis === 'relative' ? data.dateAnchor : undefined;
  if (exported) add('date', 'Published', [dateTimeText(data.dateTime ?? exported, siteLanguage)]);
  if (data.byline) add('byline', 'Byline', [data.byline]);
  if (data.authors && data.authors.join(', ') !== data.byline) add('authors', 'Authors', data.authors);
  if (data.section) add('section', 'Section', [data.section]);
  if (data.page) add('page', 'Page', [data.page]);
  if (data.edition) add('edition', 'Edition', [data.edition]);
  if (data.dateline) add('dateline', 'Dateline', [data.dateline]);
  if (data.statedWordCount !== undefined) add('statedWordCount', 'Length', [`${data.statedWordCount} words`]);
  add('language', 'Language', [languageName(data.language, siteLanguage)]);
  if (data.abstract) add('abstract', 'Abstract', [data.abstract]);
  terms('subjects', 'Subjects', data.subjects);
  terms('organisations', 'Organisations', data.organisations);
  terms('persons', 'People', data.persons);
  terms('places', 'Places', data.places);
  terms('industries', 'Industries', data.industries);
  if (data.documentType) add('documentType', 'Type', [data.documentType]);
  if (data.documentId) add('documentId', 'Document', [data.documentId]);
  if (data.url) add('url', 'At the source', [{ text: data.url, href: data.url }]);
  if (data.loadDate) add('loadDate', 'Loaded', [formatDate(data.loadDate, siteLanguage)]);
  if (data.copyright) add('copyright', 'Copyright', [data.copyright]);
  return out;
}
