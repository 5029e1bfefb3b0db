/**
 * The one web server of the tests and the benchmarks: serves a built site folder on
 * 127.0.0.1 as a static host does, optionally under a base path, and counts the response
 * bytes it sends (page and worker requests alike: what the benchmarks report).
 *
 * Options: text files gzip-compressed when the browser accepts it (Pagefind's own files are
 * compressed already and go out as they are), a 404 page for missing addresses, extra
 * headers per file (e.g. a Content-Security-Policy made from the page), and extra files
 * served from memory (e.g. the search harness, see browser.ts).
 */
import { readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import sirv from 'sirv';

/** The text types the server itself sends (gzip-compressed when asked); sirv sends the rest as they are. */
const TEXT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
};

/** A file served from memory. */
export interface ExtraFile {
  type: string;
  body: string;
}

/** A text file about to be sent, for `headers`. */
export interface OutgoingFile {
  /** Site-relative path of the file, e.g. `articles/x/index.html`. */
  file: string;
  type: string;
  body: Buffer;
}

export interface ServeOptions {
  /** Compress text responses with gzip (when the browser accepts it), as static hosts do. */
  gzip?: boolean;
  /** Missing addresses get this site file (e.g. `404.html`) with status 404, as a static host does. */
  notFoundPage?: string;
  /** Extra headers for a text file of the site (e.g. a Content-Security-Policy made from its HTML). */
  headers?: (file: OutgoingFile) => Record<string, string>;
  /** Files served from memory, by path under the base (e.g. `__harness/index.html`). */
  extraFiles?: Record<string, ExtraFile>;
}

export interface TransferLog {
  /** Bytes of response bodies sent (after compression). */
  bytes: number;
  requests: { path: string; bytes: number }[];
}

export interface StaticServer {
  /** Origin plus base path, ending in `/`, e.g. `http://127.0.0.1:4711/archive/`. */
  url: string;
  origin: string;
  /** What the server has sent since the last `resetTransfers()`. */
  transfers: () => TransferLog;
  resetTransfers: () => void;
  /** Resolves once no request is in progress. */
  idle: () => Promise<void>;
  close: () => Promise<void>;
}

/** The site file for a path under the base (a folder stands for its index.html), if any. */
function resolveFile(root: string, relative: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(relative);
  } catch {
    return undefined;
  }
  const file = path.join(root, decoded);
  if (file !== root && !file.startsWith(`${root}${path.sep}`)) return undefined;
  for (const candidate of [file, path.join(file, 'index.html'), `${file}.html`]) {
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // not this one
    }
  }
  return undefined;
}

/** Counts the body bytes a response sends, and tells `onClose` when it is done. */
function countBytes(res: ServerResponse, onClose: (bytes: number) => void): void {
  let sent = 0;
  const size = (chunk: unknown): number =>
    typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk instanceof Uint8Array ? chunk.length : 0;
  const write = res.write.bind(res) as (chunk: unknown, ...rest: unknown[]) => boolean;
  const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
  res.write = ((chunk: unknown, ...rest: unknown[]) => {
    sent += size(chunk);
    return write(chunk, ...rest);
  }) as typeof res.write;
  res.end = ((...args: unknown[]) => {
    if (typeof args[0] !== 'function') sent += size(args[0]);
    return end(...args);
  }) as typeof res.end;
  res.on('close', () => onClose(sent));
}

/**
 * Serves the site folder `dir` on 127.0.0.1 (a free port) under the path `base` (other
 * addresses get a 404) until `close()`.
 */
export async function serveSite(dir: string, base = '/', options: ServeOptions = {}): Promise<StaticServer> {
  const root = path.resolve(dir);
  const serve = sirv(root, { dev: true, etag: false });
  const compressed = new Map<string, { mtime: number; body: Buffer }>();
  let log: TransferLog = { bytes: 0, requests: [] };
  let inFlight = 0;

  /** Reads a site file and gzips it (once per version of the file). */
  const gzipped = (file: string, body: Buffer): Buffer => {
    const mtime = statSync(file).mtimeMs;
    const cached = compressed.get(file);
    if (cached?.mtime === mtime) return cached.body;
    const zipped = gzipSync(body, { level: 6 });
    compressed.set(file, { mtime, body: zipped });
    return zipped;
  };

  /** Sends a text file of the site itself: compressed when asked, with the extra headers. */
  const sendText = (req: IncomingMessage, res: ServerResponse, file: string, status: number): void => {
    const type = TEXT_TYPES[path.extname(file)]!;
    let body: Buffer = readFileSync(file);
    const extra = options.headers?.({
      file: path.relative(root, file).split(path.sep).join('/'),
      type,
      body,
    });
    for (const [name, value] of Object.entries(extra ?? {})) res.setHeader(name, value);
    if (options.gzip) {
      res.setHeader('vary', 'Accept-Encoding');
      if (/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
        body = gzipped(file, body);
        res.setHeader('content-encoding', 'gzip');
      }
    }
    res.statusCode = status;
    res.setHeader('content-type', type);
    res.setHeader('content-length', body.length);
    res.setHeader('last-modified', statSync(file).mtime.toUTCString());
    res.setHeader('cache-control', 'no-store');
    res.end(body);
  };

  const notFound = (req: IncomingMessage, res: ServerResponse, text: string): void => {
    const page = options.notFoundPage && resolveFile(root, options.notFoundPage);
    if (page && TEXT_TYPES[path.extname(page)]) return sendText(req, res, page, 404);
    res.statusCode = 404;
    res.end(text);
  };

  const server: Server = createServer((req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    inFlight++;
    countBytes(res, (bytes) => {
      inFlight--;
      log.bytes += bytes;
      log.requests.push({ path: pathname, bytes });
    });
    if (!pathname.startsWith(base)) return notFound(req, res, 'not under base');
    const relative = pathname.slice(base.length);
    const extra =
      options.extraFiles?.[relative] ??
      (relative.endsWith('/') || relative === '' ? options.extraFiles?.[`${relative}index.html`] : undefined);
    if (extra) {
      res.setHeader('content-type', extra.type);
      res.setHeader('cache-control', 'no-store');
      res.end(extra.body);
      return;
    }
    const file = resolveFile(root, relative);
    if (!file) return notFound(req, res, 'not found');
    if (TEXT_TYPES[path.extname(file)]) return sendText(req, res, file, 200);
    // Anything else (Pagefind's compressed files, images, fonts) as it is on disk.
    req.url = `/${relative}`;
    serve(req, res, () => notFound(req, res, 'not found'));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}${base}`,
    origin,
    transfers: () => log,
    resetTransfers: () => {
      log = { bytes: 0, requests: [] };
    },
    idle: async () => {
      while (inFlight > 0) await new Promise((resolve) => setTimeout(resolve, 5));
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
