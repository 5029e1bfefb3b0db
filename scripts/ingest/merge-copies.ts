/**
 * Exact copies become one article. The same title and text (white space aside) found twice
 * — a story filed under two sections of a corpus, a document two database exports hold, a
 * Nexis Uni result set listing it twice — is published once: the first copy in input order
 * is kept, every other copy's place is listed in its `alsoIn`, and what only a later copy
 * states (an export's byline, say) fills in what the first lacks. The copies' content ids
 * are kept (`copyIds`) so that an address the registry issued for a copy redirects to the
 * article (registry-match.ts). Pure; edits the arrays in place.
 */
import type { Diagnostic } from './core/diagnostics.ts';
import { provenanceOf, type EnrichedArticle } from './enrich.ts';
import { dateFrontmatter } from './dates/date-frontmatter.ts';

export interface MergedCopies {
  /** Copies merged into an earlier one. */
  merged: number;
}

/**
 * Merges the copies in `enriched` (with the parallel `bodies` and `signatures`), adding an
 * `info` diagnostic for each copy.
 */
export function mergeCopies(
  enriched: EnrichedArticle[],
  bodies: string[],
  signatures: Uint8Array[],
  diagnostics: Diagnostic[],
): MergedCopies {
  /** Copy key → where the first article with it was kept. */
  const first = new Map<string, number>();
  let kept = 0;
  for (let i = 0; i < enriched.length; i++) {
    const article = enriched[i]!;
    const at = first.get(article.copyKey);
    if (at !== undefined) {
      // A new object: the per-file results may be cached and are never edited.
      const earlier = enriched[at]!;
      enriched[at] = {
        ...earlier,
        ...(earlier.metadata || article.metadata
          ? { metadata: { ...article.metadata, ...earlier.metadata } }
          : {}),
        ...fillIn(earlier, article),
        alsoIn: [...(earlier.alsoIn ?? []), provenanceOf(article)],
        copyIds: [...(earlier.copyIds ?? []), article.id],
      };
      diagnostics.push({
        severity: 'info',
        code: article.format && earlier.format ? 'duplicate-document' : 'duplicate-article',
        file: article.file,
        line: article.startLine,
        message: `the same text as ${earlier.file}:${earlier.startLine}; one article, both places listed`,
      });
      continue;
    }
    first.set(article.copyKey, kept);
    enriched[kept] = article;
    bodies[kept] = bodies[i]!;
    signatures[kept] = signatures[i]!;
    kept++;
  }
  const merged = enriched.length - kept;
  enriched.length = kept;
  bodies.length = kept;
  signatures.length = kept;
  return { merged };
}

/** The article-level facts of `later` that `earlier` lacks (both copies of one text). */
function fillIn(earlier: EnrichedArticle, later: EnrichedArticle): Partial<EnrichedArticle> {
  const out: Partial<EnrichedArticle> = {};
  if (earlier.source === undefined && later.source !== undefined) out.source = later.source;
  if (earlier.copyright === undefined && later.copyright !== undefined) out.copyright = later.copyright;
  if (earlier.date === undefined && later.date !== undefined) Object.assign(out, dateFrontmatter(later));
  if (earlier.dateTime === undefined && later.dateTime !== undefined) out.dateTime = later.dateTime;
  return out;
}
