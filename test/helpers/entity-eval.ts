/**
 * The evaluation of the entity extraction: runs the ingest (and so the extractor and the
 * archive's alias merge) on the articles of the hand-labelled set
 * (test/fixtures/entities/evaluation.yaml) and compares what it finds with the labels, per
 * kind. A prediction is right when its name is a mention string of an entity the article
 * names (an entity's mentions are merged across the file); a labelled entity is found when
 * some prediction is right for it.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { mergeArchiveEntities } from '../../scripts/ingest/article-entities.ts';
import { ingestSources } from '../../scripts/ingest/pipeline.ts';
import { decodeSource, type SourceFile } from '../../scripts/ingest/read.ts';
import { ENTITY_KINDS, entityKey, type EntityKind } from '../../src/shared/entities.ts';
import { BBC, FIXTURES, SEED } from './paths.ts';

export const EVALUATION_SET = path.join(FIXTURES, 'entities/evaluation.yaml');

type Labels = Partial<Record<EntityKind, Record<string, string[]>>>;
interface LabelledArticle extends Labels {
  seed?: number;
  bbc?: string;
  /** Labelled after the filters were tuned, and never tuned on. */
  heldOut?: boolean;
}

export interface KindScore {
  predicted: number;
  correct: number;
  labelled: number;
  found: number;
  precision: number;
  recall: number;
  /** Predictions that match no label: `article: name`. */
  wrong: string[];
  /** Labels nothing matched: `article: name`. */
  missed: string[];
}

export interface Evaluation {
  /** Labelled articles evaluated (the BBC ones only when the corpus is there). */
  articles: number;
  /** Labelled (article, entity) pairs and mention strings of the articles evaluated. */
  pairs: number;
  mentions: number;
  bbcAvailable: boolean;
  scores: Record<EntityKind, KindScore>;
  /** The same for the held-out articles alone. */
  heldOut: Record<EntityKind, KindScore>;
}

export function loadLabels(): LabelledArticle[] {
  return (parse(readFileSync(EVALUATION_SET, 'utf8')) as { articles: LabelledArticle[] }).articles;
}

/** Runs the extractor on the labelled articles (every kind, shown or not) and scores it. */
export function evaluateEntities(options: { bbc?: boolean } = {}): Evaluation {
  const labels = loadLabels();
  const bbcAvailable = (options.bbc ?? true) && existsSync(BBC);
  const used = labels.filter((a) => a.seed !== undefined || bbcAvailable);
  const sources: SourceFile[] = [
    decodeSource({ absPath: SEED, displayPath: 'seed.txt' }, readFileSync(SEED)),
  ];
  for (const a of used)
    if (a.bbc) {
      const absPath = path.join(BBC, a.bbc);
      sources.push(decodeSource({ absPath, displayPath: `bbc/${a.bbc}` }, readFileSync(absPath)));
    }
  const { articles } = ingestSources(sources, { defaultSource: 'BBC News' });
  const enriched = articles.map((a) => a.article);
  mergeArchiveEntities(enriched, ENTITY_KINDS);

  // Every entity's mention keys, merged across the file.
  const aliases = new Map<string, Set<string>>();
  for (const a of labels)
    for (const kind of ENTITY_KINDS)
      for (const [name, mentions] of Object.entries(a[kind] ?? {})) {
        const id = `${kind}\u0000${name}`;
        const set = aliases.get(id) ?? new Set<string>();
        for (const m of [name, ...mentions]) set.add(entityKey(m));
        aliases.set(id, set);
      }

  const empty = (): Record<EntityKind, KindScore> =>
    Object.fromEntries(
      ENTITY_KINDS.map((k) => [
        k,
        { predicted: 0, correct: 0, labelled: 0, found: 0, precision: 1, recall: 1, wrong: [], missed: [] },
      ]),
    ) as unknown as Record<EntityKind, KindScore>;
  const scores = empty();
  const heldOut = empty();
  let pairs = 0;
  let mentions = 0;
  for (const a of used) {
    const ref = a.seed !== undefined ? `seed ${a.seed}` : `bbc ${a.bbc}`;
    const article =
      a.seed !== undefined
        ? enriched.find((e) => e.file === 'seed.txt' && e.index === a.seed)
        : enriched.find((e) => e.file === `bbc/${a.bbc}`);
    if (!article) throw new Error(`${ref}: no such article in the ingest`);
    for (const kind of ENTITY_KINDS)
      for (const s of a.heldOut ? [scores[kind], heldOut[kind]] : [scores[kind]]) {
        const gold = Object.keys(a[kind] ?? {}).map((name) => ({
          name,
          keys: aliases.get(`${kind}\u0000${name}`)!,
        }));
        if (s === scores[kind]) pairs += gold.length;
        if (s === scores[kind]) mentions += Object.values(a[kind] ?? {}).reduce((n, m) => n + m.length, 0);
        const predicted = (article.entities?.[kind] ?? []).map((e) => e.name);
        s.predicted += predicted.length;
        s.labelled += gold.length;
        for (const p of predicted) {
          if (gold.some((g) => g.keys.has(entityKey(p)))) s.correct++;
          else s.wrong.push(`${ref}: ${p}`);
        }
        for (const g of gold) {
          if (predicted.some((p) => g.keys.has(entityKey(p)))) s.found++;
          else s.missed.push(`${ref}: ${g.name}`);
        }
      }
  }
  for (const s of [...Object.values(scores), ...Object.values(heldOut)]) {
    s.precision = s.predicted === 0 ? 1 : s.correct / s.predicted;
    s.recall = s.labelled === 0 ? 1 : s.found / s.labelled;
  }
  return { articles: used.length, pairs, mentions, bbcAvailable, scores, heldOut };
}

/** One line per kind: `people: P 0.95 (38/40), R 0.64 (38/59)`. */
export function formatEvaluation(e: Evaluation, part: 'scores' | 'heldOut' = 'scores'): string {
  return ENTITY_KINDS.map((k) => {
    const s = e[part][k];
    return `${k}: precision ${s.precision.toFixed(2)} (${s.correct}/${s.predicted}), recall ${s.recall.toFixed(2)} (${s.found}/${s.labelled})`;
  }).join('\n');
}
