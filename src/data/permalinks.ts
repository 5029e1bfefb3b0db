/**
 * The permalinks list (src/lib/permalinks.ts) as the site reads it: `permalinks.json` in the
 * generated articles folder, which the build writes from the URL registry.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PERMALINKS_FILE, permalinksSchema, type Permalink } from '../lib/permalinks.ts';

/** Reads the permalinks of the articles in `articlesDir`; none when the file is missing. */
export function readPermalinks(articlesDir: string): Permalink[] {
  const file = path.join(articlesDir, PERMALINKS_FILE);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return [];
  }
  const parsed = permalinksSchema.safeParse(JSON.parse(text));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`${file}: ${issue.path.join('.')}: ${issue.message} (rebuild with \`npm run build\`)`);
  }
  return parsed.data;
}

/** The folder of generated articles this build reads (as src/content.config.ts does). */
export const articlesDir = path.resolve(process.env.ARCHIVE_ARTICLES_DIR ?? 'content/articles');

/** Articles that left the input: their pages say they were withdrawn. */
export function withdrawnArticles(): Permalink[] {
  return readPermalinks(articlesDir).filter((p) => p.status === 'withdrawn');
}
