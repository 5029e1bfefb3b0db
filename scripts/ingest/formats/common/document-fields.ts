/**
 * Filling one document's metadata from the values an export states, with the role of the
 * lines each value came from, by the rules the labelled formats share: a text field takes
 * its first value (a second one, or an empty one, is classification); a byline gives the
 * authors it names; a language is taken when its name is known (else it is classification,
 * with a warning); a load date when it has a day; term lists gather over their lines; a URL
 * is an http or https address.
 */
import type { SourceLine } from '../../core/source-file.ts';
import type { BlockName, DocumentMetadata, MetadataField, Term } from '../../core/export-format.ts';
import { bylineAuthors } from './byline.ts';
import { isoDay } from './dates.ts';
import { languageCode } from './language-code.ts';
import { parseTerms } from './terms.ts';
import type { LineRoles } from './parse-state.ts';

/** The metadata fields that hold one text. */
export type TextField = {
  [K in keyof DocumentMetadata]-?: DocumentMetadata[K] extends string | undefined ? K : never;
}[keyof DocumentMetadata];
/** The metadata fields that hold terms. */
export type TermField = 'subjects' | 'organisations' | 'persons' | 'places' | 'industries';

/** The text fields a labelled value fills as stated (the date, language, load date and URL have rules of their own). */
const TEXT_FIELDS = new Set<string>([
  'publication', 'section', 'page', 'edition', 'dateline', 'documentId', 'copyright', 'abstract',
  'documentType',
] satisfies TextField[]); // prettier-ignore
const TERM_FIELDS = new Set<string>([
  'subjects',
  'organisations',
  'persons',
  'places',
  'industries',
] satisfies TermField[]);
const isTextField = (kind: string): kind is TextField => TEXT_FIELDS.has(kind);
const isTermField = (kind: string): kind is TermField => TERM_FIELDS.has(kind);

/** Whether a value is a web address the page may link to (http or https only). */
export const isWebAddress = (value: string): boolean => /^https?:\/\/\S+$/iu.test(value);

/** One document's metadata as it is filled, and the roles of its lines. */
export class DocumentFields {
  readonly metadata: DocumentMetadata;
  /** The document's index in the parse. */
  readonly index: number;
  readonly #roles: LineRoles;
  readonly #warn: (line: number, message: string) => void;
  /** Term lists as they gather; set on the metadata, after its other fields, by `done`. */
  readonly #terms: Partial<Record<TermField, Term[]>> = {};

  constructor(
    metadata: DocumentMetadata,
    index: number,
    roles: LineRoles,
    warn: (line: number, message: string) => void,
  ) {
    this.metadata = metadata;
    this.index = index;
    this.#roles = roles;
    this.#warn = warn;
  }

  /** The lines fill field `f` of this document. */
  field(lines: SourceLine | readonly SourceLine[], f: MetadataField): void {
    this.#roles.field(lines, f, this.index);
  }

  /** The lines are a block that is not article text. */
  block(lines: SourceLine | readonly SourceLine[], b: BlockName): void {
    this.#roles.block(lines, b);
  }

  /** The lines have no role after all (a headline or text, found so late). */
  clear(lines: SourceLine | readonly SourceLine[]): void {
    this.#roles.clear(lines);
  }

  /** A warning about this document, at its line. */
  warn(line: number, message: string): void {
    this.#warn(line, message);
  }

  /** Sets a text field from its lines, unless it has a value already or this one is empty. */
  text(f: TextField, value: string, lines: readonly SourceLine[]): boolean {
    if (this.metadata[f] !== undefined || value === '') {
      this.block(lines, 'classification');
      return false;
    }
    this.metadata[f] = value;
    this.field(lines, f);
    return true;
  }

  /** Sets the byline (its first value) and the authors it names (`authorsOf` it). */
  byline(value: string, lines: readonly SourceLine[], authorsOf = bylineAuthors): boolean {
    if (!this.text('byline', value, lines)) return false;
    const authors = authorsOf(value);
    if (authors.length > 0) this.metadata.authors = authors;
    return true;
  }

  /** Sets the load date from a stated day (the first one); false when the value states none. */
  loadDate(value: string, lines: readonly SourceLine[]): boolean {
    const day = this.metadata.loadDate === undefined ? isoDay(value) : undefined;
    if (day === undefined) {
      this.block(lines, 'classification');
      return false;
    }
    this.metadata.loadDate = day;
    this.field(lines, 'loadDate');
    return true;
  }

  /** Sets the language from a stated one, the first that is known; says when it is not. */
  language(value: string, lines: readonly SourceLine[]): void {
    if (lines.length === 0) return;
    const code = this.metadata.language === undefined ? languageCode(value) : undefined;
    if (code !== undefined) {
      this.metadata.language = code;
      this.field(lines, 'language');
      return;
    }
    if (this.metadata.language === undefined) this.#warn(lines[0]!.line, `language "${value}" not known`);
    this.block(lines, 'classification');
  }

  /** Adds terms to a term list; lines that give none are classification. */
  addTerms(f: TermField, found: readonly Term[], lines: readonly SourceLine[]): void {
    if (found.length === 0) {
      this.block(lines, 'classification');
      return;
    }
    this.#terms[f] = [...(this.#terms[f] ?? []), ...found];
    this.field(lines, f);
  }

  /**
   * A labelled value by the rules above, its label's kind named as the field it fills (a
   * text field, `byline`, `language`, `loadDate`, a term list; `attachment` for captions);
   * any other kind's lines are the database's classification.
   */
  fill(kind: string, value: string, lines: readonly SourceLine[]): void {
    if (isTextField(kind)) this.text(kind, value, lines);
    else if (isTermField(kind)) this.addTerms(kind, parseTerms(value), lines);
    else if (kind === 'byline') this.byline(value, lines);
    else if (kind === 'language') this.language(value, lines);
    else if (kind === 'loadDate') this.loadDate(value, lines);
    else this.block(lines, kind === 'attachment' ? 'attachment' : 'classification');
  }

  /** Sets the term lists gathered so far on the metadata. */
  done(): DocumentMetadata {
    return Object.assign(this.metadata, this.#terms);
  }
}
