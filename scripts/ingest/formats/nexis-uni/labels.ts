/**
 * Nexis Uni's labelled lines: `Length: 438 words`, `Subject: TRADE (90%); …`, where the colon
 * is followed by a NO-BREAK SPACE (U+00A0). Body text has lines of that shape too
 * (`Contact: …`, `SEE ALSO: …`), so a label is only taken where the document's layout puts
 * labels, and only the labels listed here are taken as such at the end of a body.
 *
 * The structural words (`Body`, `Classification`, `Graphic`, `End of Document`) and the
 * cover page's lines are here as well: what the format calls things, in one place.
 */
import type { DocumentMetadata } from '../../core/export-format.ts';
import { LabelTable } from '../common/label-table.ts';
import { pageReference } from '../common/page.ts';

/** What a label fills. `other` labels (Series, Journal Code …) are classification only. */
export type LabelKind =
  | 'section'
  | 'length'
  | 'byline'
  | 'highlight'
  | 'dateline'
  | 'edition'
  | 'language'
  | 'documentType'
  | 'subjects'
  | 'organisations'
  | 'persons'
  | 'places'
  | 'industries'
  | 'loadDate'
  | 'url'
  | 'other';

/**
 * Label names by kind, case ignored. English as in the samples; the German, French, Dutch and
 * Spanish names are those of the Nexis interfaces as far as known (no sample shows them):
 * a label not listed still reads as a label (`other`) where labels stand. The `other` ones
 * are known to stand in the tail of a document, after its body.
 */
const LABELS = LabelTable.of<LabelKind>(
  {
    section: 'section|rubrik|ressort|rubrique|rubriek|sectie|sección|seccion',
    length: 'length|länge|longueur|lengte|longitud|lunghezza',
    byline: 'byline|autor|auteur|autore|author',
    highlight: 'highlight|abstract|lead',
    dateline: 'dateline|ortsmarke|datumszeile',
    edition: 'edition|ausgabe|édition|editie|edición',
    language: 'language|sprache|langue|taal|idioma|lingua',
    documentType: 'publication-type|publikationstyp|type de publication|publicatietype|tipo de publicación',
    subjects: 'subject|thema|themen|sujet|onderwerp|tema',
    organisations: 'organization|organisation|company|unternehmen|organisatie|organización',
    persons: 'person|personen|personne|persoon|persona',
    places: 'geographic|geografisch|géographique|geográfico|city|state|country',
    industries: 'industry|branche|industrie|sector|industria',
    loadDate: 'load-date|ladedatum|date de chargement|laaddatum|fecha de carga',
    url: 'url|link',
    other:
      'series|correction-date|correction|journal code|ticker|notes|document-type|type|distribution|graphic|update',
  },
  (name) => name.toLowerCase(),
);

/** A label line read: the label, what it fills, its value. */
export interface Label {
  name: string;
  kind: LabelKind;
  /** The value after the label, trimmed (may be empty: it then continues on the next line). */
  value: string;
  /** Whether the label is one this module knows (else: a `Word:` + no-break space line). */
  known: boolean;
  /** Whether a no-break space follows the colon, as Nexis writes every label. */
  nbsp: boolean;
}

/** `Name:` + no-break space (or, for a known label, a plain space, as some converters write). */
const LABEL_LINE = /^([\p{L}][\p{L}\p{N}/&' -]{0,38}?):([\u00a0 ]+|$)(.*)$/u;

/** Reads a label line; undefined when the line is not one. */
export function parseLabel(text: string): Label | undefined {
  const m = LABEL_LINE.exec(text.trim());
  if (!m) return undefined;
  const name = m[1]!.trim();
  const kind = LABELS.kind(name);
  // An unknown name counts only with the no-break space Nexis writes after every label.
  if (!kind && !m[2]!.includes('\u00a0')) return undefined;
  const value = m[3]!.replace(/^[\s\u00a0]+|[\s\u00a0]+$/gu, '');
  return { name, kind: kind ?? 'other', value, known: !!kind, nbsp: m[2]!.includes('\u00a0') };
}

/** A known label inside another label's value (after white space, with its no-break space). */
const GLUED_LABEL = new RegExp(
  `\\s(${LABELS.keys()
    .map((n) => n.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'))
    .join('|')}):\u00a0`,
  'iu',
);

/**
 * A label whose value holds another known label with its no-break space (`Byline: Ann Lee
 * Highlight: …`, as when a converter drops the line break): the labels one by one.
 */
export function splitGluedLabels(label: Label): Label[] {
  const glued = GLUED_LABEL.exec(label.value);
  const next = glued ? parseLabel(label.value.slice(glued.index + 1)) : undefined;
  if (!glued || !next) return [label];
  return [{ ...label, value: label.value.slice(0, glued.index).trim() }, ...splitGluedLabels(next)];
}

/** `MONEY; Pg. 1B` → section `MONEY`, page `1B`; `POLITICS; Version:28` → `POLITICS`. */
export function parseSection(value: string): Pick<DocumentMetadata, 'section' | 'page'> {
  let page: string | undefined;
  const kept: string[] = [];
  for (const raw of value.split(';')) {
    const part = raw.trim();
    const pg = pageReference(part);
    if (pg !== undefined) page = pg;
    // The database's revision number of the document, not part of the section.
    else if (part && !/^version:\s*\d+$/iu.test(part)) kept.push(part);
  }
  return { ...(kept.length ? { section: kept.join('; ') } : {}), ...(page ? { page } : {}) };
}

const lineIs =
  (...words: string[]) =>
  (text: string): boolean =>
    words.includes(
      text
        .replace(/[\s\u00a0]+/gu, ' ')
        .trim()
        .toLowerCase(),
    );

/** `Body`: the article text follows. */
export const isBodyMarker = lineIs('body');
/** `Text`: what some interfaces write for `Body` (taken as such only after the labels). */
export const isTextMarker = lineIs('text');
/** `Classification`: the database's index terms follow. */
export const isClassificationMarker = lineIs(
  'classification',
  'klassifikation',
  'klassifizierung',
  'classificatie',
);
/** `Graphic`: captions and credits of the pictures follow. */
export const isGraphicMarker = lineIs('graphic', 'grafik', 'graphique');
/** `End of Document`: the document ends. */
export const isEndOfDocument = lineIs(
  'end of document',
  'ende des dokuments',
  'fin du document',
  'einde document',
  'einde van document',
  'fin del documento',
);

/** `Documents (30)` on the cover: the number of documents the export states. */
export function statedCount(text: string): number | undefined {
  const m = /^(?:documents?|dokumente?|documenten|documentos?|documenti)\s*\((\d+)\)$/iu.exec(text.trim());
  return m ? Number(m[1]) : undefined;
}

/**
 * Lines of the cover page (its labels, the "Narrowed by" block and, unless `resultList` is
 * false, the numbered result list, whose lines a headline can look like: `5. Ways to …`).
 */
export function isCoverLine(text: string, { resultList = true } = {}): boolean {
  const t = text.replace(/\u00a0/gu, ' ').trim();
  return (
    statedCount(t) !== undefined ||
    (resultList && /^\d+\.\s+\S/u.test(t)) ||
    /^(?:user name|date and time|job number|client\/matter|search terms|search type|narrowed by|content type|sources|quellen|timeline|location|publication type|benutzername|datum und uhrzeit|auftragsnummer|suchbegriffe|suchtyp|eingegrenzt nach)\b:?/iu.test(
      t,
    ) ||
    /^(?:news|nachrichten|actualités|nieuws|noticias)$/iu.test(t)
  );
}

/** The first lines of a cover page: what detect() looks for. */
export const isCoverStart = (text: string): boolean =>
  /^(?:date and time|job number|datum und uhrzeit|auftragsnummer):/iu.test(text.trim()) ||
  statedCount(text) !== undefined;
