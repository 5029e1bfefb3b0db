/** A static file server on 127.0.0.1 for a built site, optionally under a base path. */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';

export interface StaticServer {
  /** Origin plus base path, ending in `/`. */
  url: string;
  origin: string;
  close: () => Promise<void>;
}

export async function serveSite(dir: string, base = '/'): Promise<StaticServer> {
  const serve = sirv(dir, { dev: true, etag: false });
  const server: Server = createServer((req, res) => {
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
