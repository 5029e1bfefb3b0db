/**
 * The articles loader: reads the generated article MDX files into the content collection.
 *
 * Each file is `---\n<YAML frontmatter>---\n\n<body>`. The frontmatter is validated against
 * the shared article schema (via `parseData`), the body is rendered by
 * src/lib/render-body.ts, and both are stored with a digest of the file, so a later build
 * re-renders only the files that changed. Entries whose files are gone are removed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { parse as parseYaml } from 'yaml';
import { renderArticleBody, RENDERER_VERSION } from '../lib/render-body.ts';

export interface ArticlesLoaderOptions {
  /** Folder holding the generated `<slug>.mdx` files. */
  dir: string;
}

export interface SplitMdx {
  frontmatter: string;
  body: string;
  /** Lines before the body starts (to turn body lines into file lines). */
  bodyLineOffset: number;
}

/** Splits a generated MDX file into its YAML frontmatter and its body. */
export function splitFrontmatter(text: string, file: string): SplitMdx {
  if (!text.startsWith('---\n')) throw new Error(`${file}:1: expected YAML frontmatter opening with ---`);
  const end = text.indexOf('\n---\n', 3);
  if (end === -1) throw new Error(`${file}: frontmatter is not closed by a --- line`);
  const frontmatter = text.slice(4, end + 1);
  const body = text.slice(end + 5);
  const bodyLineOffset = text.slice(0, end + 5).split('\n').length - 1;
  return { frontmatter, body, bodyLineOffset };
}

export function articlesLoader(options: ArticlesLoaderOptions): Loader {
  return {
    name: 'news-archive-articles',
    load: async (context) => {
      const { store, parseData, generateDigest, logger, config } = context;
      const root = fileURLToPath(config.root);
      const dir = path.resolve(root, options.dir);
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
      const seen = new Set<string>();
      let rendered = 0;
      for (const name of names) {
        const id = name.slice(0, -'.mdx'.length);
        const filePath = path.join(dir, name);
        const text = readFileSync(filePath, 'utf8');
        const digest = generateDigest(`${RENDERER_VERSION}\n${text}`);
        seen.add(id);
        if (store.get(id)?.digest === digest) continue;
        const relPath = path.relative(root, filePath);
        const { frontmatter, body, bodyLineOffset } = splitFrontmatter(text, relPath);
        const raw = parseYaml(frontmatter) as Record<string, unknown>;
        const data = await parseData({ id, data: raw, filePath: relPath });
        const html = renderArticleBody(body, relPath, bodyLineOffset);
        store.set({ id, data, digest, filePath: relPath, rendered: { html, metadata: {} } });
        rendered++;
      }
      for (const key of store.keys()) if (!seen.has(key)) store.delete(key);
      logger.info(`${names.length} articles (${rendered} rendered, ${names.length - rendered} unchanged)`);
    },
  };
}
