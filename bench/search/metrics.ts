/** Ranking and timing figures for the search benchmark. */

/** Results looked at per query (MRR@10). */
export const CUTOFF = 10;

/** 1/rank of the first relevant result among the first CUTOFF, or 0 when none is there. */
export function reciprocalRank(results: readonly string[], relevant: readonly string[]): number {
  const wanted = new Set(relevant);
  const rank = results.slice(0, CUTOFF).findIndex((url) => wanted.has(url));
  return rank === -1 ? 0 : 1 / (rank + 1);
}

/** The value below which `p` (0–1) of the values lie (nearest rank). */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(p * sorted.length)));
  return sorted[rank - 1]!;
}

export function mean(values: readonly number[]): number {
  return values.length === 0 ? Number.NaN : values.reduce((a, b) => a + b, 0) / values.length;
}

export interface SetSummary {
  queries: number;
  /** Mean reciprocal rank over the first CUTOFF results. */
  mrr: number;
  /** Share of queries whose first result is relevant. */
  top1: number;
  medianMs: number;
  p95Ms: number;
}

export interface QueryMeasure {
  reciprocalRank: number;
  ms: number;
}

export function summarise(measures: readonly QueryMeasure[]): SetSummary {
  const ms = measures.map((m) => m.ms);
  return {
    queries: measures.length,
    mrr: mean(measures.map((m) => m.reciprocalRank)),
    top1: mean(measures.map((m) => (m.reciprocalRank === 1 ? 1 : 0))),
    medianMs: percentile(ms, 0.5),
    p95Ms: percentile(ms, 0.95),
  };
}
