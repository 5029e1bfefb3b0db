/**
 * The one static server of the tests and benchmarks (test/helpers/static-server.ts): what it
 * sends, under a base path, compressed or not, and the bytes it counts (the benchmarks' figure).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http, { type IncomingHttpHeaders } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { serveSite, type StaticServer } from '../helpers/static-server.ts';

const site = mkdtempSync(path.join(os.tmpdir(), 'static-server-'));
const PAGE = `<!doctype html><title>a</title>${'<p>words and words</p>'.repeat(200)}`;
const BINARY = Buffer.from([0, 1, 2, 3, 250, 251]);
mkdirSync(path.join(site, 'a'));
writeFileSync(path.join(site, 'a/index.html'), PAGE);
writeFileSync(path.join(site, '404.html'), '<!doctype html><title>missing</title>');
writeFileSync(path.join(site, 'data.pf_fragment'), BINARY);

const servers: StaticServer[] = [];
afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
  rmSync(site, { recursive: true, force: true });
});

async function serve(...args: Parameters<typeof serveSite>): Promise<StaticServer> {
  const server = await serveSite(...args);
  servers.push(server);
  return server;
}

/** A GET as a browser makes it (accepting gzip), with the body as sent (not decoded). */
function get(url: string): Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: { 'accept-encoding': 'gzip' } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
        );
      })
      .on('error', reject);
  });
}

describe('serveSite', () => {
  it('serves a folder’s index.html under the base path, and nothing outside it', async () => {
    const server = await serve(site, '/archive/');
    expect(server.url).toBe(`${server.origin}/archive/`);
    const page = await get(`${server.url}a/`);
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.body.toString()).toBe(PAGE);
    expect((await get(`${server.origin}/a/`)).status).toBe(404);
    expect((await get(`${server.url}../404.html`)).status).toBe(404);
  });

  it('counts the bytes it sends, gzip-compressed for text and as they are for the rest', async () => {
    const server = await serve(site, '/', { gzip: true });
    const page = await get(`${server.url}a/index.html`);
    const binary = await get(`${server.url}data.pf_fragment`);
    await server.idle();
    expect(page.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(page.body).toString()).toBe(PAGE);
    expect(page.body.length).toBe(gzipSync(PAGE, { level: 6 }).length);
    expect(binary.body).toEqual(BINARY);
    expect(server.transfers().requests).toEqual([
      { path: '/a/index.html', bytes: page.body.length },
      { path: '/data.pf_fragment', bytes: BINARY.length },
    ]);
    expect(server.transfers().bytes).toBe(page.body.length + BINARY.length);
    server.resetTransfers();
    expect(server.transfers()).toEqual({ bytes: 0, requests: [] });
  });

  it('answers a missing address with the 404 page, adds headers, and serves extra files', async () => {
    const server = await serve(site, '/', {
      notFoundPage: '404.html',
      headers: ({ file, body }) => ({ 'x-file': `${file} ${body.length}` }),
      extraFiles: { 'h/index.html': { type: 'text/plain', body: 'harness' } },
    });
    const missing = await get(`${server.url}nowhere/`);
    expect(missing.status).toBe(404);
    expect(missing.body.toString()).toContain('<title>missing</title>');
    expect((await get(`${server.url}a/`)).headers['x-file']).toBe(`a/index.html ${PAGE.length}`);
    expect((await get(`${server.url}h/`)).body.toString()).toBe('harness');
  });
});
