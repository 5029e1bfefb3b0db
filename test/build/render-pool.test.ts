/**
 * The two fixture sites are built the two ways article bodies can be rendered: inline (the
 * site at the root) and on worker threads (the site under /archive/, see
 * test/helpers/fixture-sites.ts). Both must give the same bodies.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureDirs } from '../helpers/fixture-sites.ts';
import { articlePageSlugs } from '../helpers/site-files.ts';

const [siteRoot, siteBase] = await fixtureDirs('root', 'base');

function body(site: string, slug: string): string {
  const html = readFileSync(path.join(site, 'articles', slug, 'index.html'), 'utf8');
  const start = html.indexOf('<div class="article-body"');
  const end = html.indexOf('</div>', start);
  return html.slice(start, end);
}

describe('article bodies rendered on worker threads', () => {
  it('are the bodies rendered inline', () => {
    const slugs = articlePageSlugs(siteRoot);
    expect(slugs.length).toBeGreaterThan(10);
    for (const slug of slugs) {
      const inline = body(siteRoot, slug);
      expect(inline.length, slug).toBeGreaterThan(100);
      expect(body(siteBase, slug), slug).toBe(inline);
    }
  });
});
