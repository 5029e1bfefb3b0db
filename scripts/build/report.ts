/**
 * What the build prints: the ingest report (files, warnings, notes), progress counts, stage
 * times and sizes. Nothing here decides anything about the build.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { formatDiagnostic, type Diagnostic } from '../ingest/core/diagnostics.ts';
import type { IngestResult } from '../ingest/pipeline.ts';

export interface StageTiming {
  name: string;
  ms: number;
}

export function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;
}

export function kib(bytes: number): string {
  return bytes >= 10 * 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1)} MiB`
    : `${(bytes / 1024).toFixed(0)} KiB`;
}

export function countHtml(dir: string): number {
  let n = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      if (entry.name !== 'pagefind' && entry.name !== '_astro') n += countHtml(path.join(dir, entry.name));
    } else if (entry.name.endsWith('.html')) n++;
  }
  return n;
}

export function log(line = ''): void {
  process.stdout.write(`${line}\n`);
}

export function progress(label: string): (done: number, total: number) => void {
  const tty = process.stdout.isTTY;
  let lastShown = 0;
  return (done, total) => {
    const now = performance.now();
    if (done !== total && now - lastShown < (tty ? 100 : 2000)) return;
    lastShown = now;
    if (tty) process.stdout.write(`\r  ${label}: ${done.toLocaleString('en')}/${total.toLocaleString('en')}`);
    else log(`  ${label}: ${done.toLocaleString('en')}/${total.toLocaleString('en')}`);
    if (tty && done === total) process.stdout.write('\n');
  };
}

export function printIngestReport(result: IngestResult, reportFile: string): void {
  const byFormat = new Map<string, number>();
  for (const f of result.files) byFormat.set(f.format, (byFormat.get(f.format) ?? 0) + 1);
  const formats = [...byFormat].map(([k, n]) => `${n} ${k}`).join(', ');
  log(
    `Read ${result.files.length} file${result.files.length === 1 ? '' : 's'} (${formats}; ${kib(result.bytes)}): ${result.articles.length} articles${result.cachedFiles > 0 ? ` (${result.cachedFiles} unchanged file${result.cachedFiles === 1 ? '' : 's'} from the cache)` : ''}`,
  );
  if (result.copiesMerged > 0)
    log(
      `  ${result.copiesMerged.toLocaleString('en')} exact cop${result.copiesMerged === 1 ? 'y' : 'ies'} (the same text, white space aside) merged into the article of the first; each article lists every place it was found`,
    );
  const shown = result.files.length <= 25 ? result.files : result.files.slice(0, 10);
  for (const f of shown) {
    const stated = f.statedDocuments === undefined ? '' : ` (the export states ${f.statedDocuments})`;
    log(`  ${f.file}  ${f.format}  ${f.articles} article${f.articles === 1 ? '' : 's'}${stated}`);
  }
  if (shown.length < result.files.length) {
    log(
      `  … and ${result.files.length - shown.length} more (every file: ${path.relative(process.cwd(), reportFile)})`,
    );
  }
  const report = path.relative(process.cwd(), reportFile);
  printDiagnostics(
    'Warnings',
    result.diagnostics.filter((d) => d.severity !== 'info'),
    report,
  );
  printDiagnostics(
    'Notes',
    result.diagnostics.filter((d) => d.severity === 'info'),
    report,
  );
}

/** Prints diagnostics grouped by kind: every one of a rare kind, the first few of a common one. */
export function printDiagnostics(heading: string, diagnostics: Diagnostic[], report: string): void {
  if (diagnostics.length === 0) return;
  log(`${heading} (${diagnostics.length}):`);
  const byCode = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) {
    const group = byCode.get(d.code);
    if (group) group.push(d);
    else byCode.set(d.code, [d]);
  }
  for (const [code, group] of byCode) {
    const shown = group.length <= 5 ? group : group.slice(0, 3);
    for (const d of shown) log(`  ${formatDiagnostic(d)}`);
    if (shown.length < group.length)
      log(`  … and ${group.length - shown.length} more ${code} (all of them: ${report})`);
  }
}

export function printTimings(timings: StageTiming[], started: number): void {
  const width = Math.max(...timings.map((t) => t.name.length), 5);
  log('Stage times:');
  for (const t of timings) log(`  ${t.name.padEnd(width)}  ${seconds(t.ms).padStart(8)}`);
  log(`  ${'total'.padEnd(width)}  ${seconds(performance.now() - started).padStart(8)}`);
}
