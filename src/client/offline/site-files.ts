/**
 * The offline edition's src/client/search/site-files.ts (bundled in its place by
 * scripts/offline/client-bundles.ts): the site's files come from their carriers
 * (carriers.ts), Pagefind runs from its carried code with that as its `fetch` and no
 * worker (a page opened from disk may not start one), and page addresses name their
 * `index.html`. Nothing here touches the page's own `fetch`.
 */
import { withIndexFile } from '../../shared/offline-edition.ts';
import { archiveRoot } from './archive-root.ts';
import { carried, decodeBase64 } from './carriers.ts';

const CONTENT_TYPES: Record<string, string> = { json: 'application/json' };

/** The path of `url` under the archive's root, or undefined when it is outside it. */
function rootPath(url: string): string | undefined {
  const root = archiveRoot();
  const absolute = new URL(url, document.baseURI);
  absolute.search = '';
  absolute.hash = '';
  return absolute.href.startsWith(root) ? decodeURI(absolute.href.slice(root.length)) : undefined;
}

/** A carried file as a fetch Response (404 when the edition does not carry it). */
export async function fetchSiteFile(url: string | URL | Request): Promise<Response> {
  const href = typeof url === 'string' ? url : url instanceof URL ? url.href : url.url;
  const path = rootPath(href);
  if (path === undefined) return new Response(null, { status: 404 });
  try {
    const value = await carried(archiveRoot(), path);
    if (typeof value !== 'string') return new Response(null, { status: 404 });
    const type = CONTENT_TYPES[path.slice(path.lastIndexOf('.') + 1)] ?? 'application/octet-stream';
    return new Response(decodeBase64(value), { headers: { 'content-type': type } });
  } catch {
    return new Response(null, { status: 404 });
  }
}

interface PagefindResultData {
  url: string;
  sub_results?: { url: string }[];
}

interface PagefindResult {
  data: () => Promise<PagefindResultData>;
}

interface PagefindLike {
  options: (options: Record<string, unknown>) => Promise<void>;
  search: (...args: unknown[]) => Promise<{ results: PagefindResult[] } | null>;
  debouncedSearch?: (...args: unknown[]) => Promise<{ results: PagefindResult[] } | null>;
}

/** A result's page (`/articles/x/#p`, from Pagefind's base URL `/`) as a file of the edition. */
function fileUrl(pagefindUrl: string): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(pagefindUrl)) return pagefindUrl;
  return withIndexFile(new URL(pagefindUrl.replace(/^\/+/, ''), archiveRoot()).href);
}

function withFileUrls(result: PagefindResult): PagefindResult {
  let data: Promise<PagefindResultData> | undefined;
  return {
    ...result,
    data: () =>
      (data ??= result.data().then((d) => ({
        ...d,
        url: fileUrl(d.url),
        ...(d.sub_results ? { sub_results: d.sub_results.map((s) => ({ ...s, url: fileUrl(s.url) })) } : {}),
      }))),
  };
}

type PagefindFactory = (fetch: typeof fetchSiteFile, Worker: undefined, module: { exports: unknown }) => void;

const instances = new Map<string, Promise<unknown>>();

/**
 * Pagefind's module from its carried code, one instance per URL (as an import would give),
 * told where its files are; its results point at the edition's files.
 */
export function importPagefind(url: string): Promise<unknown> {
  const absolute = new URL(url, document.baseURI);
  let instance = instances.get(absolute.href);
  if (!instance) {
    instance = (async () => {
      const path = rootPath(absolute.href);
      if (path === undefined) throw new Error(`${url}: not in this edition`);
      const factory = (await carried(archiveRoot(), path)) as PagefindFactory;
      const module: { exports: unknown } = { exports: {} };
      factory(fetchSiteFile, undefined, module);
      const pagefind = module.exports as PagefindLike;
      const basePath = new URL('./', absolute).href;
      const wrapSearch =
        (search: PagefindLike['search']) =>
        async (...args: unknown[]) => {
          const found = await search(...args);
          return found && { ...found, results: found.results.map(withFileUrls) };
        };
      return {
        ...pagefind,
        // Results come as root paths (`/articles/x/`); fileUrl() places them in the edition.
        options: (options: Record<string, unknown>) =>
          pagefind.options({ ...options, baseUrl: '/', basePath }),
        search: wrapSearch(pagefind.search),
        ...(pagefind.debouncedSearch ? { debouncedSearch: wrapSearch(pagefind.debouncedSearch) } : {}),
      };
    })();
    instances.set(absolute.href, instance);
  }
  return instance;
}

/** A page's address as the file that holds it. */
export function pageHref(url: string): string {
  return withIndexFile(url);
}

/** A precomputed result's page (stored for the base URL `/`) as a file of the edition, as Pagefind's are here. */
export function resultUrl(_base: string, url: string): string {
  return fileUrl(url);
}
