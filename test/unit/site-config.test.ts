import { describe, expect, it } from 'vitest';
import { absoluteUrl, canonicalUrl } from '../../src/lib/canonical.ts';
import { parseSiteConfig } from '../../src/shared/site-config.ts';

describe('site config', () => {
  it('fills the defaults of the reader options', () => {
    const config = parseSiteConfig({}, 'site.yaml');
    expect(config).toMatchObject({ pageSize: 50, homeArticles: 10, feeds: true });
    expect(config.about).toBeUndefined();
  });

  it('names the file and each bad key in one readable message', () => {
    let message = '';
    try {
      parseSiteConfig(
        { feeds: 'yes', pageSize: 2, homeArticles: 0, about: '', feed: true },
        'content/site.yaml',
      );
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/^invalid site config in content\/site\.yaml:/);
    expect(message).toMatch(/- feeds: .*boolean/);
    expect(message).toMatch(/- pageSize: .*5/);
    expect(message).toMatch(/- homeArticles: .*1/);
    expect(message).toMatch(/- about: /);
    expect(message).toMatch(/feed/);
    expect(message).not.toMatch(/\n\s+at /);
  });
});

describe('canonical URLs', () => {
  it('joins site, base path and page path; root-relative without a site', () => {
    expect(canonicalUrl('articles/x/', { site: 'https://example.org', base: '/' })).toBe(
      'https://example.org/articles/x/',
    );
    expect(canonicalUrl('', { site: 'https://example.org', base: '/archive/' })).toBe(
      'https://example.org/archive/',
    );
    expect(canonicalUrl('articles/x/', { site: 'https://example.org/ignored/', base: '/archive/' })).toBe(
      'https://example.org/archive/articles/x/',
    );
    expect(canonicalUrl('articles/x/', { base: '/' })).toBe('/articles/x/');
    expect(canonicalUrl('articles/x/', { base: '/archive/' })).toBe('/archive/articles/x/');
    expect(absoluteUrl('articles/x/', { base: '/' })).toBeUndefined();
  });
});
