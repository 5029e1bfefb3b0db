/**
 * The URL registry's part of the build summary: how many articles kept their URL, which
 * ones were recognised as corrected versions, which are new, which were withdrawn, which
 * were merged into an identical copy.
 */
import type { RegistryReport, ReportedArticle } from './registry-match.ts';

/** Articles listed by name in each group before the rest are counted. */
const LISTED = 10;

const plural = (n: number, word: string): string => `${n.toLocaleString('en')} ${word}${n === 1 ? '' : 's'}`;

function listed<A extends ReportedArticle>(articles: readonly A[], line: (a: A) => string): string[] {
  const out = articles.slice(0, LISTED).map((a) => `    ${line(a)}`);
  if (articles.length > LISTED) out.push(`    … and ${articles.length - LISTED} more`);
  return out;
}

/** The registry summary as lines of text; `where` names the registry file. */
export function formatRegistryReport(report: RegistryReport, where: string): string[] {
  const { totals } = report;
  const lines = [
    `URL registry (${where}): ${plural(totals.active, 'article')} published, ${totals.withdrawn.toLocaleString('en')} withdrawn, ${totals.merged.toLocaleString('en')} merged into a copy, ${plural(totals.redirects, 'redirect')}`,
  ];
  const changes = [
    `${report.unchanged.toLocaleString('en')} unchanged`,
    `${report.corrected.length.toLocaleString('en')} corrected`,
    `${report.added.length.toLocaleString('en')} new`,
    `${report.withdrawn.length.toLocaleString('en')} withdrawn`,
  ];
  if (report.merged.length > 0)
    changes.push(`${report.merged.length.toLocaleString('en')} merged into a copy`);
  if (report.restored.length > 0) changes.push(`${report.restored.length.toLocaleString('en')} restored`);
  lines.push(`  this build: ${changes.join(', ')}`);
  if (report.corrected.length > 0) {
    lines.push('  Recognised as corrected versions (they keep their URL):');
    for (const a of report.corrected.slice(0, LISTED)) {
      const similarity = `${Math.round(a.similarity * 100)}% of the text in common`;
      const title = a.title === a.previousTitle ? `"${a.title}"` : `"${a.previousTitle}" → "${a.title}"`;
      lines.push(
        `    ${a.id} /articles/${a.slug}/: ${title} (${similarity}${a.revived ? ', was withdrawn' : ''})`,
      );
    }
    if (report.corrected.length > LISTED) lines.push(`    … and ${report.corrected.length - LISTED} more`);
  }
  if (report.restored.length > 0) {
    lines.push('  Back in the input (no longer withdrawn):');
    lines.push(...listed(report.restored, (a) => `${a.id} /articles/${a.slug}/: "${a.title}"`));
  }
  if (report.withdrawn.length > 0) {
    lines.push('  Gone from the input, now withdrawn pages (`npm run registry -- purge <id>` removes one):');
    lines.push(...listed(report.withdrawn, (a) => `${a.id} /articles/${a.slug}/: "${a.title}"`));
  }
  if (report.merged.length > 0) {
    lines.push('  Merged into an identical copy (their addresses now redirect to it):');
    lines.push(...listed(report.merged, (a) => `${a.id} /articles/${a.slug}/ → /a/${a.into}/: "${a.title}"`));
  }
  return lines;
}
