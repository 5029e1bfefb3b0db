/**
 * Where each non-blank line of an export went: a document's headline or body, a metadata
 * field, a named block, or nowhere (unplaced). The fidelity check's tally and the format
 * modules' tests both count with it.
 */
import type { SourceFile, SourceLine } from '../core/source-file.ts';
import type { BlockName, ExportParse, MetadataField } from '../core/export-format.ts';
import { isBlank } from './common/lines.ts';

/** Where the non-blank lines of a file went, counted. */
export interface LineAccounting {
  titles: number;
  body: number;
  /** Lines mapped to a metadata field, by field. */
  fields: Map<MetadataField, number>;
  /** Lines inside a named non-article block, by block. */
  blocks: Map<BlockName, number>;
  /** Non-blank lines that nothing accounts for (should be none). */
  unplaced: SourceLine[];
  /** Lines claimed twice (by two documents, or by a document and a role). */
  doubled: SourceLine[];
}

/** Counts where each non-blank line of a file went in a parse (see LineAccounting). */
export function accountLines(source: Pick<SourceFile, 'lines'>, parse: ExportParse): LineAccounting {
  const claimed = new Map<number, 'title' | 'body'>();
  const doubled = new Set<number>();
  const claim = (line: number, as: 'title' | 'body'): void => {
    if (claimed.has(line) || parse.roles.has(line)) doubled.add(line);
    claimed.set(line, as);
  };
  for (const doc of parse.documents) {
    claim(doc.title.line, 'title');
    for (const l of doc.body) claim(l.line, 'body');
  }
  const out: LineAccounting = {
    titles: 0,
    body: 0,
    fields: new Map(),
    blocks: new Map(),
    unplaced: [],
    doubled: [],
  };
  for (const l of source.lines) {
    if (isBlank(l.text)) continue;
    if (doubled.has(l.line)) out.doubled.push(l);
    const as = claimed.get(l.line);
    if (as === 'title') out.titles++;
    else if (as === 'body') out.body++;
    else {
      const role = parse.roles.get(l.line);
      if (!role) out.unplaced.push(l);
      else if (role.kind === 'field') out.fields.set(role.field, (out.fields.get(role.field) ?? 0) + 1);
      else out.blocks.set(role.block, (out.blocks.get(role.block) ?? 0) + 1);
    }
  }
  return out;
}
