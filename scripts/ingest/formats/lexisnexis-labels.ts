/**
 * The labels of the older LexisNexis text exports (`BYLINE:`, `LENGTH: 355 words`,
 * `LOAD-DATE:` …) in the interface languages the samples show (German `AUTOR`, `RUBRIK`,
 * `LÄNGE`; French `AUTEUR`, `RUBRIQUE`, `LONGUEUR`; Dutch `KOP`, `TEKST`, `LENGTE`), each with
 * what it holds. Only these labels count: article text is full of words followed by a colon
 * (`MID:`, `ANNOUNCER:`, `FLASH:`, `F-15:`), and a label's value is checked where it has a
 * form (`LENGTH: 19.43 meters.` inside an article is not the word count).
 */
import { LabelTable } from './common/label-table.ts';
import { isWordCount } from './common/word-count.ts';

/** What a label's value fills. */
export type LexisLabelKind =
  | 'byline'
  | 'section'
  | 'length'
  | 'dateline'
  | 'abstract'
  | 'headline'
  /** Marks where the article text starts (`TEKST:`, `BODY:`). */
  | 'body'
  | 'loadDate'
  | 'language'
  | 'publicationType'
  | 'documentType'
  | 'attachment'
  | 'subjects'
  | 'organisations'
  | 'persons'
  | 'places'
  | 'industries'
  | 'url'
  | 'documentId'
  | 'edition'
  /** Database codes and notes that fill no metadata field (`JOURNAL-CODE:`, `BIO:`). */
  | 'classification';

const LABELS = new LabelTable<LexisLabelKind>();
LABELS.add('byline', 'BYLINE|AUTOR|AUTEUR|AUTEURS|AUTHOR|SIGNATURE|NAME|ANCHORS|VERFASSER|AUTORE');
LABELS.add('section', 'SECTION|RUBRIK|RUBRIQUE|RUBRIEK|SECTIE|SEZIONE|SECCIÓN|SECCION|RESSORT');
LABELS.add('length', 'LENGTH|LÄNGE|LAENGE|LONGUEUR|LENGTE|LONGITUD|LUNGHEZZA');
LABELS.add('dateline', 'DATELINE|ORTSZEILE|DATELIGNE|PLAATS');
LABELS.add('abstract', 'HIGHLIGHT|HIGHLIGHTS|CHAPEAU|LEAD|UNTERZEILE|INTRO');
LABELS.add('headline', 'HEADLINE|KOP|TITRE|TITLE|TITEL|ÜBERSCHRIFT|TITULAR|TITOLO');
LABELS.add('body', 'BODY|TEKST|TEXT|ARTICLE|TEXTE|TEXTO|TESTO');
LABELS.add('loadDate', 'LOAD-DATE|UPDATE|DATE-CHARGEMENT|LAADDATUM|LADEDATUM');
LABELS.add('language', 'LANGUAGE|SPRACHE|LANGUE|TAAL|IDIOMA|LINGUA|SPROG|SPRÅK');
LABELS.add('publicationType', 'PUBLICATION-TYPE|PUB-TYPE|TYPE-PUBLICATION|PUBLIKATIONSTYP|PUBLICATIETYPE');
LABELS.add('documentType', 'DOCUMENT-TYPE|DOKUMENTTYP|TYPE-DOCUMENT|DOCUMENTTYPE');
LABELS.add('attachment', 'GRAPHIC|GRAFIK|GRAPHIQUE|PHOTO|FOTO|ILLUSTRATION|VIEW ORIGINAL PAGE');
LABELS.add('subjects', 'SUBJECT|PUB-SUBJECT|THEMA|SUJET|ONDERWERP');
LABELS.add('organisations', 'COMPANY|ORGANIZATION|ORGANISATION|UNTERNEHMEN|SOCIÉTÉ|BEDRIJF');
LABELS.add('persons', 'PERSON|PEOPLE|PERSONEN|PERSONNE');
LABELS.add('places', 'GEOGRAPHIC|CITY|STATE|COUNTRY|LOCATION|GEOGRAFIE|LAND|STADT|PAYS|VILLE');
LABELS.add('industries', 'INDUSTRY|BRANCHE|INDUSTRIE');
LABELS.add('url', 'URL');
LABELS.add('documentId', 'TRANSCRIPT');
LABELS.add('edition', 'SHOW|EDITION|AUSGABE|ÉDITION');
LABELS.add(
  'classification',
  'JOURNAL-CODE|CODE-REVUE|TICKER|NOTES|NOTE|CORRECTION-DATE|CORRECTION|SERIES|GUESTS|BIO|DISTRIBUTION|ACC-NO|TYPE|DOCUMENT-TYPE-CODE|PUB-CODE',
);

/** A label at the start of a line: upper case, one to three words, a colon, then a space or nothing. */
const LABEL = /^([\p{Lu}][\p{Lu}\p{N}-]*(?: [\p{Lu}-]+){0,2}):(?=[\s\u00a0]|$)[\s\u00a0]*(.*)$/u;
export interface LexisLabel {
  label: string;
  kind: LexisLabelKind;
  /** The text after the label on its line (may be empty: the value is on the lines below). */
  value: string;
}

/** The known label a line starts with, if any (its value checked where it has a form). */
export function lexisLabel(text: string): LexisLabel | undefined {
  const m = LABEL.exec(text);
  if (!m || m[1] === undefined) return undefined;
  const kind = LABELS.kind(m[1]);
  if (kind === undefined) return undefined;
  const value = (m[2] ?? '').trim();
  if (kind === 'length' && !isWordCount(value)) return undefined;
  return { label: m[1], kind, value };
}
