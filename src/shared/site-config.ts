/**
 * The site config: one typed, validated object read from `content/site.yaml` (or the file
 * given with `--config`), with the command line's overrides on top. The build reads it and
 * hands it to the site (src/shared/site-options.ts). Errors name the file, the key and
 * what was expected.
 */
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';

/** The site's language when its config names none. */
export const DEFAULT_LANGUAGE = 'en';

export const siteConfigSchema = z
  .object({
    /** Name of the archive, shown in the header and in page titles. */
    title: z.string().min(1).default('News Archive'),
    /** One sentence about the archive, for the home page and search engines. */
    description: z.string().default('A searchable archive of news articles.'),
    /**
     * The site's language, as a BCP 47 tag (`en`, `ru`, `fa` …): the interface's, and an
     * article's when its export states none and its text is too short to tell.
     */
    language: z
      .string()
      .regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/, 'a language tag such as "en" or "pt-BR"')
      .default(DEFAULT_LANGUAGE),
    /** Absolute URL the site will be published at (for canonical links, feeds, sitemap). */
    site: z.url({ protocol: /^https?$/ }).optional(),
    /** Path the site is served under, e.g. `/archive/`. */
    base: z
      .string()
      .regex(/^\/([A-Za-z0-9._~-]+\/)*$/, 'a path that starts and ends with "/", such as "/archive/"')
      .default('/'),
    /** Articles per listing page. */
    pageSize: z.number().int().min(5).max(500).default(50),
    /** Publisher to credit for articles whose input names none (e.g. one-article files). */
    defaultSource: z.string().min(1).optional(),
    /**
     * A person, place or organisation gets a page of its own, linked from the articles that
     * name it, when at least this many articles name it. Below that the name is shown
     * without a link (its page would list only the article it is named in) and the search
     * still filters by it. 1 gives every one a page.
     */
    entityPageMinArticles: z.number().int().min(1).default(2),
    /** Newest articles listed on the home page. */
    homeArticles: z.number().int().min(1).max(100).default(10),
    /** RSS feeds for the whole archive and for each source (written only when `site` is set). */
    feeds: z.boolean().default(true),
    /** Text of the About page: plain text, paragraphs separated by blank lines. */
    about: z.string().min(1).optional(),
    /**
     * Folder of Citation Style Language styles (`.csl` files) for the "Cite this article"
     * panel: MLA 9 (`modern-language-association.csl`) and Chicago author-date
     * (`chicago-author-date.csl`) are taken from it when there; APA 7 is always offered.
     * Debian's and Ubuntu's package `citation-style-language-styles` installs them here.
     */
    citationStyles: z.string().min(1).default('/usr/share/citation-style-language/styles'),
  })
  .strict();

export type SiteConfig = z.infer<typeof siteConfigSchema>;
export type SiteConfigInput = z.input<typeof siteConfigSchema>;

export class SiteConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SiteConfigError';
  }
}

/** Validates a config object; `where` names its origin in error messages. */
export function parseSiteConfig(input: unknown, where: string): SiteConfig {
  const result = siteConfigSchema.safeParse(input ?? {});
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => {
    const key = issue.path.length > 0 ? issue.path.join('.') : '(top level)';
    return `  - ${key}: ${issue.message}`;
  });
  throw new SiteConfigError(`invalid site config in ${where}:\n${lines.join('\n')}`);
}

/** Reads and validates a YAML site config file; a missing file gives the defaults. */
export function loadSiteConfig(file: string, overrides: SiteConfigInput = {}): SiteConfig {
  let raw: unknown = {};
  let text: string | undefined;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    text = undefined;
  }
  if (text !== undefined) {
    try {
      raw = parseYaml(text) ?? {};
    } catch (error) {
      throw new SiteConfigError(`invalid YAML in ${file}: ${(error as Error).message}`);
    }
    if (typeof raw !== 'object' || Array.isArray(raw)) {
      throw new SiteConfigError(`invalid site config in ${file}: expected a mapping of keys to values`);
    }
  }
  const defined = Object.fromEntries(Object.entries(overrides).filter(([, v]) => v !== undefined));
  return parseSiteConfig({ ...(raw as object), ...defined }, file);
}
