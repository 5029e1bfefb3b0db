/**
 * The export buttons' work: runs the page's search again for every result (not only the
 * ones shown), and hands the rows to the browser as a CSV or JSON download.
 */
import { searchPage } from './advanced-search.ts';
import { exportFileName, exportRows, toCsv, toJson } from './export-results.ts';
import type { SearchState } from './search-state.ts';

export async function downloadResults(
  base: string,
  state: SearchState,
  archive: Record<string, Record<string, number>>,
  pageLanguage: string,
  format: 'csv' | 'json',
): Promise<void> {
  const outcome = await searchPage(base, state, archive, { limit: Infinity, pageLanguage });
  const rows = exportRows(outcome.hits, new URL(base, location.href).href);
  const text = format === 'csv' ? toCsv(rows) : toJson(rows, { query: state.query, url: location.href });
  const type = format === 'csv' ? 'text/csv;charset=utf-8' : 'application/json;charset=utf-8';
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = exportFileName(state.query, format);
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
