/**
 * The articles loader: reads the generated article MDX files into the content collection.
 *
 * Each file is `---\n<YAML frontmatter>---\n\n<body>` (src/shared/mdx-file.ts). The
 * frontmatter is validated against the shared article schema (via `parseData`) and stored
 * with a digest of the file; the body is rendered by src/loaders/render-body.ts into the body
 * folder (src/lib/article-bodies.ts), not into the store, which Astro inlines into its
 * build bundle. A later build re-renders only the files that changed. Entries whose files
 * are gone are removed.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { pruneArticleBodies } from '../lib/article-bodies.ts';
import { RENDERER_VERSION } from './render-body.ts';
import type { RenderJob } from './render-article-file.ts';
import { renderArticles } from './render-pool.ts';

export interface ArticlesLoaderOptions {
  /** Folder holding the generated `<slug>.mdx` files (absolute, src/shared/site-options.ts). */
  dir: string;
  /** Folder the rendered bodies are written to (src/lib/article-bodies.ts). */
  bodiesDir: string;
  /** From this many changed articles on, bodies are rendered on worker threads. */
  renderPoolThreshold: number;
}

/** Code whose output is in a rendered body: the body renderer, its plugins and libraries. */
const RENDER_CODE = ['src/loaders', 'src/lib', 'src/shared', 'src/plugins', 'package-lock.json'];

/** A hash of the code that turns an article's MDX into its rendered body. */
export function renderCodeFingerprint(root: string): string {
  const hash = createHash('sha256');
  for (const entry of RENDER_CODE) {
    const full = path.join(root, entry);
    const files = entry.endsWith('.json')
      ? [full]
      : readdirSync(full)
          .sort()
          .map((n) => path.join(full, n));
    for (const file of files) {
      try {
        hash
          .update(`${path.relative(root, file)}\0`)
          .update(readFileSync(file))
          .update('\0');
      } catch {
        // A folder inside, or a file that went away: not code the renderer loads.
      }
    }
  }
  return hash.digest('hex').slice(0, 16);
}

export function articlesLoader(options: ArticlesLoaderOptions): Loader {
  return {
    name: 'news-archive-articles',
    load: async (context) => {
      const { store, parseData, generateDigest, logger, config } = context;
      const root = fileURLToPath(config.root);
      const dir = options.dir;
      let names: string[];
      try {
        names = readdirSync(dir)
          .filter((n) => n.endsWith('.mdx'))
          .sort();
      } catch {
        logger.warn(`no generated articles in ${dir}: run \`npm run build\` (or \`npm run ingest\`) first`);
        store.clear();
        return;
      }
      const bodies = options.bodiesDir;
      mkdirSync(bodies, { recursive: true });
      const bodyFiles = new Set(readdirSync(bodies).map((n) => n.replace(/\.html$/, '')));
      const renderer = renderCodeFingerprint(root);
      const digests = new Set<string>();
      const seen = new Set<string>();
      const toRender: RenderJob[] = [];
      for (const name of names) {
        const id = name.slice(0, -'.mdx'.length);
        const filePath = path.join(dir, name);
        const text = readFileSync(filePath, 'utf8');
        // The digest covers the code that renders bodies too: changing it renders them again.
        const digest = String(generateDigest(`${RENDERER_VERSION}\n${renderer}\n${text}`));
        seen.add(id);
        digests.add(digest);
        const stored = store.get(id);
        if (stored?.digest === digest && !stored.rendered && bodyFiles.has(digest)) continue;
        toRender.push({ relPath: path.relative(root, filePath), text, digest });
      }
      const frontmatters = await renderArticles(toRender, bodies, options.renderPoolThreshold);
      for (const [i, job] of toRender.entries()) {
        const id = path.basename(job.relPath, '.mdx');
        const data = await parseData({ id, data: frontmatters[i]!, filePath: job.relPath });
        store.set({ id, data, digest: job.digest, filePath: job.relPath });
      }
      const rendered = toRender.length;
      for (const key of store.keys()) if (!seen.has(key)) store.delete(key);
      pruneArticleBodies(bodies, digests);
      logger.info(`${names.length} articles (${rendered} rendered, ${names.length - rendered} unchanged)`);
    },
  };
}
