/**
 * Worker thread for ingest-workers.ts: ingests the input files it is sent, one at a time.
 */
import { serveJobs } from '../../src/shared/worker-pool.ts';
import { ingestFile, type FileIngest, type FileIngestOptions } from './file-ingest.ts';
import { loadLanguageDetector } from './language.ts';
import { sourceFromBytes, type InputFile } from './read.ts';

export interface IngestJob {
  file: InputFile;
  bytes: Uint8Array;
  options: Omit<FileIngestOptions, 'detectLanguage'>;
}

serveJobs(async (job: IngestJob): Promise<FileIngest> =>
  ingestFile(sourceFromBytes(job.file, job.bytes), {
    ...job.options,
    detectLanguage: await loadLanguageDetector(),
  }),
);
