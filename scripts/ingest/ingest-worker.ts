/**
 * Worker thread for ingest-workers.ts: ingests the input files it is sent, one at a time.
 */
import { serveJobs } from '../../src/shared/worker-pool.ts';
import { ingestFile, type FileIngest } from './file-ingest.ts';
import { sourceFromBytes, type InputFile } from './read.ts';

export interface IngestJob {
  file: InputFile;
  bytes: Uint8Array;
  defaultSource?: string;
}

serveJobs((job: IngestJob): FileIngest =>
  ingestFile(sourceFromBytes(job.file, job.bytes), job.defaultSource),
);
