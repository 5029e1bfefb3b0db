/**
 * The offline edition as one zip file (fflate), to hand out: every file under one folder
 * named like the edition's, in the order they are added, with a fixed date, so the same
 * edition gives the same bytes.
 */
import { createWriteStream } from 'node:fs';
import { Zip, ZipDeflate, ZipPassThrough } from 'fflate';

/** Zip timestamps: fixed, so that two builds of the same archive give the same file. */
const MTIME = new Date('2000-01-01T00:00:00Z');

/** Files whose bytes are already compressed are stored, not deflated again. */
const STORED = /\.(png|jpe?g|gif|webp|avif|woff2?|gz|zip)$/i;

export interface ZipWriter {
  add: (path: string, bytes: Uint8Array) => void;
  /** Writes the end of the zip; resolves once the file is on disk. */
  close: () => Promise<void>;
}

/** A zip written to `file` as files are added, each under `folder/`. */
export function zipWriter(file: string, folder: string): ZipWriter {
  const stream = createWriteStream(file);
  let failed: Error | undefined;
  const finished = new Promise<void>((resolve, reject) => {
    stream.on('error', reject);
    stream.on('finish', () => (failed ? reject(failed) : resolve()));
  });
  const zip = new Zip((error, chunk, final) => {
    if (error) {
      failed = error;
      stream.end();
      return;
    }
    stream.write(chunk);
    if (final) stream.end();
  });
  return {
    add: (path, bytes) => {
      const name = `${folder}/${path}`;
      const entry = STORED.test(path) ? new ZipPassThrough(name) : new ZipDeflate(name, { level: 6, mem: 8 });
      entry.mtime = MTIME;
      zip.add(entry);
      entry.push(bytes, true);
    },
    close: () => {
      zip.end();
      return finished;
    },
  };
}
