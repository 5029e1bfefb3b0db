/**
 * The labels of the older LexisNexis text exports (`BYLINE:`, `LENGTH: 355 words`,
 * `LOAD-DATE:` …) in the interface languages the samples show (German `AUTOR`, `RUBRIK`,
 * `LÄNGE`; French `AUTEUR`, `RUBRIQUE`, `LONGUEUR`; Dutch `KOP`, `TEKST`, `LENGTE`), each with
 * what it holds. Only these labels count: article text is full of words followed by a colon
 * (`MID:`, `ANNOUNCER:`, `FLASH:`, `F-15:`), and a label's value is checked where it has a
 * form (`LENGTH: 19.43 meters.` inside an article is not the word count).
 */
import { type LabelMatch, LabelTable } from './common/label-table.ts';
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

const LABELS = LabelTable.of<LexisLabelKind>({
  byline: 'BYLINE|AUTOR|AUTEUR|AUTEURS|AUTHOR|SIGNATURE|NAME|ANCHORS|VERFASSER|AUTORE',
  section: 'SECTION|RUBRIK|RUBRIQUE|RUBRIEK|SECTIE|SEZIONE|SECCIÓN|SECCION|RESSORT',
  length: 'LENGTH|LÄNGE|LAENGE|LONGUEUR|LENGTE|LONGITUD|LUNGHEZZA',
  dateline: 'DATELINE|ORTSZEILE|DATELIGNE|PLAATS',
  abstract: 'HIGHLIGHT|HIGHLIGHTS|CHAPEAU|LEAD|UNTERZEILE|INTRO',
  headline: 'HEADLINE|KOP|TITRE|TITLE|TITEL|ÜBERSCHRIFT|TITULAR|TITOLO',
  body: 'BODY|TEKST|TEXT|ARTICLE|TEXTE|TEXTO|TESTO',
  loadDate: 'LOAD-DATE|UPDATE|DATE-CHARGEMENT|LAADDATUM|LADEDATUM',
  language: 'LANGUAGE|SPRACHE|LANGUE|TAAL|IDIOMA|LINGUA|SPROG|SPRÅK',
  publicationType: 'PUBLICATION-TYPE|PUB-TYPE|TYPE-PUBLICATION|PUBLIKATIONSTYP|PUBLICATIETYPE',
  documentType: 'DOCUMENT-TYPE|DOKUMENTTYP|TYPE-DOCUMENT|DOCUMENTTYPE',
  attachment: 'GRAPHIC|GRAFIK|GRAPHIQUE|PHOTO|FOTO|ILLUSTRATION|VIEW ORIGINAL PAGE',
  subjects: 'SUBJECT|PUB-SUBJECT|THEMA|SUJET|ONDERWERP',
  organisations: 'COMPANY|ORGANIZATION|ORGANISATION|UNTERNEHMEN|SOCIÉTÉ|BEDRIJF',
  persons: 'PERSON|PEOPLE|PERSONEN|PERSONNE',
  places: 'GEOGRAPHIC|CITY|STATE|COUNTRY|LOCATION|GEOGRAFIE|LAND|STADT|PAYS|VILLE',
  industries: 'INDUSTRY|BRANCHE|INDUSTRIE',
  url: 'URL',
  documentId: 'TRANSCRIPT',
  edition: 'SHOW|EDITION|AUSGABE|ÉDITION',
  classification:
    'JOURNAL-CODE|CODE-REVUE|TICKER|NOTES|NOTE|CORRECTION-DATE|CORRECTION|SERIES|GUESTS|BIO|DISTRIBUTION|ACC-NO|TYPE|DOCUMENT-TYPE-CODE|PUB-CODE',
});

/** A label at the start of a line: upper case, one to three words, a colon, then a space or nothing. */
const LABEL = /^([\p{Lu}][\p{Lu}\p{N}-]*(?: [\p{Lu}-]+){0,2}):(?=[\s\u00a0]|$)[\s\u00a0]*(.*)$/u;
/** A label of a LexisNexis line. */
export type LexisLabel = LabelMatch<LexisLabelKind>;

/** The known label a line starts with, if any (its value checked where it has a form). */
export function lexisLabel(text: string): LexisLabel | undefined {
  const label = LABELS.match(text, LABEL);
  return label?.kind === 'length' && !isWordCount(label.value) ? undefined : label;
}
