/**
 * `npm run bench:corpus -- --articles <n> [--out <dir>] [--seed <n>]`: writes a synthetic
 * archive of n articles in the seed's dump format (see bench/corpus/archive.ts), by default
 * to bench/corpora/synthetic-<n>/ (git-ignored), plus a corpus.json describing it.
 *
 * The text is learned from the project's own built-in dump (content/sources/), never from
 * a third-party corpus.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { shortHash } from '../src/shared/hash.ts';
import { generateCorpus } from './corpus/archive.ts';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const TRAINING_FILE = path.join(ROOT, 'content/sources/central-asia-2022-10.txt');
/** Bump when the generator's output changes, so results name the corpus they ran on. */
export const GENERATOR_VERSION = 1;

const USAGE = 'usage: npm run bench:corpus -- --articles <n> [--out <dir>] [--seed <n>]';

export interface CorpusManifest {
  generator: number;
  seed: number;
  articles: number;
  files: number;
  bytes: number;
  words: number;
  trainingText: string;
}

function fail(message: string): never {
  process.stderr.write(`${message}\n${USAGE}\n`);
  process.exit(2);
}

function main(): void {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        articles: { type: 'string' },
        out: { type: 'string' },
        seed: { type: 'string', default: '1' },
      },
      strict: true,
    }));
  } catch (error) {
    fail((error as Error).message);
  }
  const articles = Number(values.articles);
  const seed = Number(values.seed);
  if (!Number.isInteger(articles) || articles < 1) fail('--articles takes a positive whole number');
  if (!Number.isInteger(seed) || seed < 0) fail('--seed takes a whole number');
  const defaultName = `synthetic-${articles}${seed === 1 ? '' : `-s${seed}`}`;
  const out = path.resolve(values.out ?? path.join(ROOT, 'bench/corpora', defaultName));
  if (existsSync(out) && readdirSync(out).length > 0 && !existsSync(path.join(out, 'corpus.json'))) {
    fail(`${out} exists and is not a generated corpus: choose another --out`);
  }
  rmSync(out, { recursive: true, force: true });

  const trainingText = readFileSync(TRAINING_FILE, 'utf8');
  const started = performance.now();
  const manifest: CorpusManifest = {
    generator: GENERATOR_VERSION,
    seed,
    articles,
    files: 0,
    bytes: 0,
    words: 0,
    trainingText: `${path.relative(ROOT, TRAINING_FILE)}#${shortHash(trainingText, 12)}`,
  };
  for (const file of generateCorpus({ articles, seed, trainingText })) {
    const target = path.join(out, file.path);
    mkdirSync(path.dirname(target), { recursive: true });
    const bytes = Buffer.from(file.text, 'utf8');
    writeFileSync(target, bytes);
    manifest.files++;
    manifest.bytes += bytes.length;
    manifest.words += file.words;
  }
  writeFileSync(path.join(out, 'corpus.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  const mb = (manifest.bytes / 1024 / 1024).toFixed(1);
  process.stdout.write(
    `Wrote ${articles.toLocaleString('en')} articles in ${manifest.files} files (${mb} MiB, ${manifest.words.toLocaleString('en')} words) to ${path.relative(process.cwd(), out) || '.'} in ${((performance.now() - started) / 1000).toFixed(1)} s\n`,
  );
}

main();
