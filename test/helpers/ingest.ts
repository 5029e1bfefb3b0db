/** Small helpers to run the ingest on in-memory text. */
import { decodeSource, type SourceFile } from '../../scripts/ingest/read.ts';
import { splitArticles } from '../../scripts/ingest/split.ts';

export function sourceFromText(text: string, displayPath = 'test.txt', section?: string): SourceFile {
  return decodeSource(
    { absPath: `/virtual/${displayPath}`, displayPath, ...(section ? { section } : {}) },
    new TextEncoder().encode(text),
  );
}

export function splitText(text: string, displayPath = 'test.txt') {
  return splitArticles(sourceFromText(text, displayPath));
}
