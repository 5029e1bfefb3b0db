/**
 * The faster sweep (scripts/ingest/entities/compromise-sweep.ts) tags as compromise does:
 * every term of the seed dump and of the entity evaluation's texts gets the same tags, in
 * the same order, as in a Node process that runs compromise without it.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import nlp from 'compromise';
import { describe, expect, it } from 'vitest';
import '../../scripts/ingest/entities/compromise-sweep.ts';
import { rulesFor } from '../../scripts/ingest/entities/compromise-sweep.ts';
import { ROOT, SEED } from '../helpers/paths.ts';

const TAGS_OF = `
  const texts = JSON.parse(require('node:fs').readFileSync(0, 'utf8'));
  import('compromise').then(({ default: nlp }) => {
    const tags = texts.map((t) => nlp(t).json().map((s) => s.terms.map((x) => [x.text, x.tags])));
    process.stdout.write(JSON.stringify(tags));
  });
`;

function texts(): string[] {
  const seed = readFileSync(SEED, 'utf8').split(/\n\s*\n|\n/);
  const evaluation = readFileSync(path.join(ROOT, 'test/fixtures/entities/evaluation.yaml'), 'utf8').split(
    '\n',
  );
  return [...seed, ...evaluation]
    .map((t) => t.trim())
    .filter((t) => t.length > 0)
    .concat([
      '',
      'May may go to May.',
      'Mr. Rahmon, Mr Voronkov and Dr. Who met in Dushanbe on 18 October 2022.',
    ]);
}

describe('the faster compromise sweep', () => {
  it('gives every term the tags compromise gives it without the plugin', () => {
    const input = texts();
    const plain = JSON.parse(
      execFileSync(process.execPath, ['-e', TAGS_OF], {
        cwd: ROOT,
        input: JSON.stringify(input),
        maxBuffer: 1 << 28,
      }).toString(),
    ) as unknown;
    const narrowed = input.map((t) =>
      nlp(t)
        .json()
        .map((s: { terms: { text: string; tags: string[] }[] }) => s.terms.map((x) => [x.text, x.tags])),
    );
    expect(input.length).toBeGreaterThan(100);
    expect(narrowed).toEqual(plain);
  });

  it('picks a sentence’s rules by its hooks in the net’s order, each once, that it meets the needs of', () => {
    const rule = (match: string, more: object = {}) => ({
      match,
      needs: [],
      wants: [],
      minWant: 0,
      minWords: 1,
      ...more,
    });
    const shared = rule('shared');
    const net = {
      hooks: {
        b: [rule('b1'), shared],
        a: [shared, rule('a-needs-z', { needs: ['z'] })],
        '#Noun': [
          rule('noun-not-x', { ifNo: ['x'] }),
          rule('noun-wants-2', { wants: ['a', 'b', 'q'], minWant: 2 }),
        ],
        c: [rule('c')],
      },
      always: [rule('always'), rule('long', { minWords: 5 })],
    };
    const picked = (haves: string[], words = 3) => rulesFor(net, new Set(haves), words).map((r) => r.match);
    expect(picked(['a', 'x', '#Noun', 'b'])).toEqual(['b1', 'shared', 'noun-wants-2', 'always']);
    expect(picked(['#Noun', 'a', 'z'])).toEqual(['shared', 'a-needs-z', 'noun-not-x', 'always']);
    expect(picked(['c'], 5)).toEqual(['c', 'always', 'long']);
    expect(picked([])).toEqual(['always']);
  });
});
