/**
 * Reads a file of the site that the build wrote gzip-compressed (the spelling vocabulary, the
 * precomputed results), as Pagefind's own files are: the browser decompresses it, unless the
 * host already did.
 */
import { fetchSiteFile } from './site-files.ts';

export interface FetchedFile {
  text: string;
  /** Bytes as fetched (compressed). */
  bytes: number;
}

/** The text of the gzip-compressed site file at `url`; throws when it cannot be fetched. */
export async function fetchCompressedFile(url: string): Promise<FetchedFile> {
  const response = await fetchSiteFile(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  const data = new Uint8Array(await response.arrayBuffer());
  const gzipped = data[0] === 0x1f && data[1] === 0x8b;
  const text = gzipped
    ? await new Response(new Blob([data]).stream().pipeThrough(new DecompressionStream('gzip'))).text()
    : new TextDecoder().decode(data);
  return { text, bytes: data.length };
}
