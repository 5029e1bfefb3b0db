/**
 * The fidelity check's cache: the passing result of one input file's check, under a key
 * made of everything the result follows from: the check's code (and the ingest's, which
 * decodes the input and lays out exports), the file's bytes and name, the articles placed
 * from it, and the bytes of their pages. A rebuild after an edit checks again only the
 * files whose input or pages changed; a file whose check found a problem is never kept,
 * so its problems are found again each time.
 */
import { createHash } from 'node:crypto';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { codeFingerprint } from '../ingest/core/code-fingerprint.ts';
import type { FidelityReport } from './fidelity.ts';

/** Folders whose code decides what the check finds. */
const CODE_FOLDERS = ['scripts/checks', 'scripts/ingest', 'src/shared'];
const FORMAT = 1;

/** One input file's passing check: its counts, and the article pages it read. */
export interface CachedFileCheck {
  counts: Omit<FidelityReport, 'problems' | 'pages'>;
  pages: string[];
}

export class FidelityCache {
  readonly #file: string;
  readonly #previous: ReadonlyMap<string, CachedFileCheck>;
  readonly #used = new Map<string, CachedFileCheck>();

  /** The cache stored in `file` by the last build (empty when there is none or it is unreadable). */
  constructor(file: string) {
    this.#file = file;
    let previous = new Map<string, CachedFileCheck>();
    try {
      const stored = JSON.parse(readFileSync(file, 'utf8')) as {
        format: number;
        entries: Record<string, CachedFileCheck>;
      };
      if (stored.format === FORMAT) previous = new Map(Object.entries(stored.entries));
    } catch {
      // None yet, or unreadable: check everything.
    }
    this.#previous = previous;
  }

  /** A new hash for a key; feed it the input and its pages, then pass it to `get` or `set`. */
  static hasher(): ReturnType<typeof createHash> {
    return createHash('sha256').update(codeFingerprint(CODE_FOLDERS)).update('\0');
  }

  get(key: string): CachedFileCheck | undefined {
    const found = this.#used.get(key) ?? this.#previous.get(key);
    if (found) this.#used.set(key, found);
    return found;
  }

  set(key: string, check: CachedFileCheck): void {
    this.#used.set(key, check);
  }

  /** Stores what this check used or found, for the next one (entries not used are dropped). */
  save(): void {
    const entries = Object.fromEntries(this.#used);
    writeFileSync(`${this.#file}.tmp`, JSON.stringify({ format: FORMAT, entries }));
    renameSync(`${this.#file}.tmp`, this.#file);
  }
}
