/**
 * The benchmark's web server: serves a built site on 127.0.0.1 the way a static host does
 * (text files gzip-compressed when the browser accepts it; Pagefind's own files are already
 * compressed and go out as they are), plus extra in-memory files under `/__bench/`.
 */
import { readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import sirv from 'sirv';

const COMPRESSIBLE: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
};

export interface TransferLog {
  /** Bytes of response bodies sent (after compression). */
  bytes: number;
  requests: { path: string; bytes: number }[];
}

export interface BenchServer {
  /** Origin plus `/`, e.g. `http://127.0.0.1:4711/`. */
  url: string;
  /** What the server has sent since the last `resetTransfers()` (pages and workers alike). */
  transfers: () => TransferLog;
  resetTransfers: () => void;
  /** Resolves once no request is in progress. */
  idle: () => Promise<void>;
  close: () => Promise<void>;
}

export interface BenchServerOptions {
  /** Compress text files with gzip (default true), as static hosts do. */
  gzip?: boolean;
  /** Extra files served from memory at `/__bench/<name>`. */
  extraFiles?: Record<string, { type: string; body: string }>;
}

function resolveFile(root: string, pathname: string): string | undefined {
  const clean = path.normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
  let file = path.join(root, clean);
  try {
    if (statSync(file).isDirectory()) file = path.join(file, 'index.html');
    return statSync(file).isFile() ? file : undefined;
  } catch {
    return undefined;
  }
}

export async function startBenchServer(root: string, options: BenchServerOptions = {}): Promise<BenchServer> {
  const gzip = options.gzip ?? true;
  const serve = sirv(root, { dev: true, etag: false });
  const compressed = new Map<string, Buffer>();
  let log: TransferLog = { bytes: 0, requests: [] };
  let inFlight = 0;
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    // Count every body byte that goes out, whoever asked (a page or a worker).
    let sent = 0;
    inFlight++;
    const write = res.write.bind(res) as (chunk: unknown, ...rest: unknown[]) => boolean;
    const end = res.end.bind(res) as (...args: unknown[]) => typeof res;
    const size = (chunk: unknown): number =>
      typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk instanceof Uint8Array ? chunk.length : 0;
    res.write = ((chunk: unknown, ...rest: unknown[]) => {
      sent += size(chunk);
      return write(chunk, ...rest);
    }) as typeof res.write;
    res.end = ((...args: unknown[]) => {
      if (typeof args[0] !== 'function') sent += size(args[0]);
      return end(...args);
    }) as typeof res.end;
    res.on('close', () => {
      inFlight--;
      log.bytes += sent;
      log.requests.push({ path: url.pathname, bytes: sent });
    });
    if (url.pathname.startsWith('/__bench/')) {
      const extra = options.extraFiles?.[url.pathname.slice('/__bench/'.length) || 'index.html'];
      if (!extra) {
        res.statusCode = 404;
        res.end('not found');
        return;
      }
      res.setHeader('content-type', extra.type);
      res.setHeader('cache-control', 'no-store');
      res.end(extra.body);
      return;
    }
    const type = COMPRESSIBLE[path.extname(url.pathname.endsWith('/') ? 'index.html' : url.pathname)];
    if (gzip && type && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      const file = resolveFile(root, url.pathname);
      if (file) {
        let body = compressed.get(file);
        if (!body) {
          body = gzipSync(readFileSync(file), { level: 6 });
          compressed.set(file, body);
        }
        res.setHeader('content-type', type);
        res.setHeader('content-encoding', 'gzip');
        res.setHeader('content-length', body.length);
        res.end(body);
        return;
      }
    }
    serve(req, res, () => {
      res.statusCode = 404;
      res.end('not found');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
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
