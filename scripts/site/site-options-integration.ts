/**
 * Hands the site its options (src/shared/site-options.ts) as the virtual module
 * `virtual:news-archive/options`, the way Starlight hands over its user config: the site
 * imports the module, never the build layer, and no environment variable or global carries
 * state between them. The body folder is placed under Astro's cache directory.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { SiteConfig } from '../../src/shared/site-config.ts';
import { SITE_OPTIONS_MODULE, type SiteOptions } from '../../src/shared/site-options.ts';

export interface SiteOptionsInput {
  config: SiteConfig;
  /** Folder of generated articles (absolute). */
  articlesDir: string;
  renderPoolThreshold: number;
}

const RESOLVED = `\0${SITE_OPTIONS_MODULE}`;

export default function siteOptions(input: SiteOptionsInput): AstroIntegration {
  return {
    name: 'news-archive-site-options',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        const options: SiteOptions = {
          config: input.config,
          articlesDir: input.articlesDir,
          bodiesDir: path.join(fileURLToPath(config.cacheDir), 'article-bodies'),
          renderPoolThreshold: input.renderPoolThreshold,
        };
        const source = `export default ${JSON.stringify(options)};\n`;
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'news-archive-site-options',
                resolveId: (id: string) => (id === SITE_OPTIONS_MODULE ? RESOLVED : undefined),
                load: (id: string) => (id === RESOLVED ? source : undefined),
              },
            ],
          },
        });
      },
    },
  };
}
