/**
 * What the article page's citation parts need: the CSL-JSON item with the article's
 * permanent address (src/shared/citation.ts), where its CSL-JSON file is published, and
 * which citation styles the site can offer (APA always; MLA and Chicago when their CSL
 * files are in the configured folder, `citationStyles`).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { cslItem, type CitedArticle, type CslItem } from '../shared/citation.ts';
import { shortLinkPath } from '../shared/urls.ts';
import { canonicalUrl } from '../lib/canonical.ts';
import { site } from './site.ts';

/** The CSL styles read from the folder, with their file names there. */
const STYLE_FILES = {
  'modern-language-association': 'modern-language-association.csl',
  'chicago-author-date': 'chicago-author-date.csl',
} as const;

export type StyleFileName = keyof typeof STYLE_FILES;

/** Site-relative path of an article's CSL-JSON file (beside its short link). */
export const cslJsonPath = (id: string): string => `${shortLinkPath(id)}csl.json`;

/** The permanent address of an article: its short link, absolute when the site's URL is known. */
export function permanentUrl(id: string): string {
  return canonicalUrl(shortLinkPath(id), { site: site.site, base: import.meta.env.BASE_URL });
}

/** The article's CSL-JSON item. */
export function citationOf(article: CitedArticle): CslItem {
  return cslItem(article, permanentUrl(article.id));
}

/** The CSL styles found in the configured folder: name → the style's XML. */
export function styleFiles(): Map<StyleFileName, string> {
  const found = new Map<StyleFileName, string>();
  for (const [name, file] of Object.entries(STYLE_FILES) as [StyleFileName, string][]) {
    const full = path.resolve(site.citationStyles, file);
    if (existsSync(full)) found.set(name, readFileSync(full, 'utf8'));
  }
  return found;
}

let offered: StyleFileName[] | undefined;

/**
 * The styles a cite panel offers beyond APA (read once), by name: the panel fetches each from
 * `cite/styles/<name>.csl` below the site's root, hosted or offline.
 */
export function offeredStyles(): StyleFileName[] {
  offered ??= [...styleFiles().keys()];
  return offered;
}
