/**
 * The ingest cache: each input file's ingest result (file-ingest.ts), stored under a key
 * made of the file's bytes, its name and section, the default publisher and the ingest
 * code itself. A rebuild reads every input file (to hash it) but parses only those that
 * changed; a change to the ingest code invalidates everything.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { codeFingerprint } from './core/code-fingerprint.ts';
import type { FileIngest } from './file-ingest.ts';
import type { InputFile } from './read.ts';

/** Folders whose code decides what the ingest produces (subfolders too: formats/, core/). */
const CODE_FOLDERS = ['scripts/ingest', 'src/shared'];

const ingestCodeFingerprint = (): string => codeFingerprint(CODE_FOLDERS);

/**
 * Frontmatter already written as YAML, by the JSON of the frontmatter object: a rebuild
 * writes (and validates) only frontmatter it has not seen in the last build. What this
 * build uses is kept for the next one.
 */
export class FrontmatterMemo {
  readonly #previous: ReadonlyMap<string, string>;
  readonly used = new Map<string, string>();

  constructor(previous: ReadonlyMap<string, string> = new Map()) {
    this.#previous = previous;
  }

  get(key: string): string | undefined {
    return this.used.get(key) ?? this.#previous.get(key);
  }

  set(key: string, yaml: string): void {
    this.used.set(key, yaml);
  }
}

const FRONTMATTER_MEMO = 'frontmatter.bin';

export class IngestCache {
  readonly #dir: string;
  readonly #used = new Set<string>();

  constructor(dir: string) {
    this.#dir = dir;
    mkdirSync(dir, { recursive: true });
  }

  key(file: InputFile, bytes: Uint8Array, options: string): string {
    return createHash('sha256')
      .update(ingestCodeFingerprint())
      .update(`\0${file.displayPath}\0${file.section ?? ''}\0${options}\0`)
      .update(bytes)
      .digest('hex')
      .slice(0, 40);
  }

  get(key: string): FileIngest | undefined {
    try {
      const value = deserialize(readFileSync(path.join(this.#dir, `${key}.bin`))) as FileIngest;
      this.#used.add(key);
      return value;
    } catch {
      return undefined;
    }
  }

  set(key: string, value: FileIngest): void {
    const file = path.join(this.#dir, `${key}.bin`);
    writeFileSync(`${file}.tmp`, serialize(value));
    renameSync(`${file}.tmp`, file);
    this.#used.add(key);
  }

  /** Deletes entries this build did not use (files that changed or are gone). */
  prune(): void {
    for (const name of readdirSync(this.#dir)) {
      if (name === FRONTMATTER_MEMO) continue;
      if (!this.#used.has(name.replace(/\.bin$/, ''))) rmSync(path.join(this.#dir, name), { force: true });
    }
  }

  /** The last build's frontmatter memo (empty when the ingest code changed since). */
  frontmatterMemo(): FrontmatterMemo {
    try {
      const stored = deserialize(readFileSync(path.join(this.#dir, FRONTMATTER_MEMO))) as {
        code: string;
        memo: Map<string, string>;
      };
      if (stored.code === ingestCodeFingerprint()) return new FrontmatterMemo(stored.memo);
    } catch {
      // None yet, or unreadable: start afresh.
    }
    return new FrontmatterMemo();
  }

  /** Keeps the frontmatter this build used, for the next build. */
  saveFrontmatterMemo(memo: FrontmatterMemo): void {
    const file = path.join(this.#dir, FRONTMATTER_MEMO);
    writeFileSync(`${file}.tmp`, serialize({ code: ingestCodeFingerprint(), memo: memo.used }));
    renameSync(`${file}.tmp`, file);
  }
}
