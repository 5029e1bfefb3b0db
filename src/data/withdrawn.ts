/** Articles that left the input: their pages at `articles/<slug>/` say they were withdrawn. */
import options from 'virtual:news-archive/options';
import { readPermalinks, type Permalink } from '../shared/permalinks.ts';

export function withdrawnArticles(): Permalink[] {
  return readPermalinks(options.articlesDir).filter((p) => p.status === 'withdrawn');
}
