/**
 * A static file server on 127.0.0.1 for a built site, optionally under a base path, and
 * optionally compressing text responses with gzip as a real host would (for page-weight and
 * Lighthouse measurements).
 */
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import sirv from 'sirv';

export interface ServeOptions {
  /** Compress HTML, CSS, JS, JSON, XML and SVG responses with gzip. */
  gzip?: boolean;
}

const COMPRESSIBLE = /^(text\/|application\/(javascript|json|xml|rss\+xml)|image\/svg\+xml)/;

/** Buffers a response (headers included) and sends it gzipped when its type is text-like. */
function gzipResponses(res: ServerResponse): void {
  const chunks: Buffer[] = [];
  let status = 200;
  let headers: Record<string, string | number | string[]> = {};
  const writeHead = res.writeHead.bind(res) as (code: number, h: Record<string, unknown>) => ServerResponse;
  const end = res.end.bind(res) as (chunk?: Buffer) => ServerResponse;
  res.writeHead = ((code: number, h?: Record<string, string | number | string[]>) => {
    status = code;
    headers = { ...(h ?? {}) };
    return res;
  }) as typeof res.writeHead;
  res.write = ((chunk: unknown) => {
    if (chunk) chunks.push(Buffer.from(chunk as Buffer));
    return true;
  }) as typeof res.write;
  res.end = ((chunk?: unknown) => {
    if (chunk && typeof chunk !== 'function') chunks.push(Buffer.from(chunk as Buffer));
    let body = Buffer.concat(chunks);
    const all: Record<string, unknown> = { ...res.getHeaders(), ...headers };
    const type = String(Object.entries(all).find(([k]) => k.toLowerCase() === 'content-type')?.[1] ?? '');
    for (const k of Object.keys(all)) if (k.toLowerCase() === 'content-length') delete all[k];
    if (COMPRESSIBLE.test(type)) {
      body = gzipSync(body);
      all['Content-Encoding'] = 'gzip';
      all.Vary = 'Accept-Encoding';
    }
    all['Content-Length'] = body.length;
    writeHead(res.statusCode !== 200 ? res.statusCode : status, all);
    return end(body);
  }) as typeof res.end;
}

export interface StaticServer {
  /** Origin plus base path, ending in `/`. */
  url: string;
  origin: string;
  close: () => Promise<void>;
}

export async function serveSite(dir: string, base = '/', options: ServeOptions = {}): Promise<StaticServer> {
  const serve = sirv(dir, { dev: true, etag: false });
  const server: Server = createServer((req, res) => {
    if (options.gzip && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) gzipResponses(res);
    const url = req.url ?? '/';
    if (!url.startsWith(base)) {
      res.statusCode = 404;
      res.end('not under base');
      return;
    }
    req.url = `/${url.slice(base.length)}`;
    serve(req, res, () => {
      res.statusCode = 404;
      res.end('not found');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}${base}`,
    origin,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
