/**
 * The precision gate of the entity extraction: runs it on the hand-labelled set
 * (test/fixtures/entities/evaluation.yaml) and asserts that every kind the site shows
 * (TEXT_KINDS_SHOWN) has a precision of at least 0.9 there. The BBC articles of the set are
 * skipped, with a notice, when the corpus is not on this machine.
 */
import { describe, expect, it } from 'vitest';
import { ENTITY_KINDS, TEXT_KINDS_SHOWN } from '../../src/shared/entities.ts';
import { evaluateEntities, formatEvaluation, loadLabels } from '../helpers/entity-eval.ts';

describe('entity extraction on the evaluation set', () => {
  const evaluation = evaluateEntities();
  if (!evaluation.bbcAvailable)
    console.warn('entities-eval: BBC corpus absent, its labelled articles are skipped');
  console.info(
    `entities-eval (${evaluation.articles} articles, ${evaluation.pairs} labelled pairs):\n${formatEvaluation(evaluation)}\nheld out:\n${formatEvaluation(evaluation, 'heldOut')}`,
  );

  it('has at least 150 hand-labelled mentions', () => {
    const labels = loadLabels();
    const mentions = labels.reduce(
      (n, a) =>
        n + ENTITY_KINDS.reduce((m, k) => m + Object.values(a[k] ?? {}).reduce((x, v) => x + v.length, 0), 0),
      0,
    );
    expect(mentions).toBeGreaterThanOrEqual(150);
  });

  it.each(TEXT_KINDS_SHOWN.map((k) => [k]))(
    '%s: precision ≥ 0.9 (else the kind must not be shown)',
    (kind) => {
      const s = evaluation.scores[kind];
      expect(s.predicted, `${kind}: nothing predicted`).toBeGreaterThan(0);
      expect(s.precision, `${kind} wrong: ${s.wrong.join('; ')}`).toBeGreaterThanOrEqual(0.9);
    },
  );

  it('finds most of the people and places (recall floor, so that filtering cannot hide everything)', () => {
    expect(evaluation.scores.people.recall).toBeGreaterThanOrEqual(0.7);
    expect(evaluation.scores.places.recall).toBeGreaterThanOrEqual(0.8);
  });
});
