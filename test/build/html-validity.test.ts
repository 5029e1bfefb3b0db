/**
 * Every page of the fixture sites (the seed dump plus the fixtures, at the root and under
 * /archive/; the database exports and other languages) is valid HTML by html-validate's
 * recommended rules.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureDirs } from '../helpers/fixture-sites.ts';
import { htmlErrors } from '../helpers/html-validate.ts';
import { htmlPages } from '../helpers/site-files.ts';

const [siteRoot, siteBase, siteExports] = await fixtureDirs('root', 'base', 'exports');

describe('HTML validity', () => {
  for (const [name, site] of [
    ['root', siteRoot],
    ['/archive/', siteBase],
    ['exports', siteExports],
  ] as const) {
    it(`has no errors on any page of the ${name} site`, async () => {
      const pages = htmlPages(site);
      expect(pages.length).toBeGreaterThan(25);
      const errors: string[] = [];
      for (const file of pages) {
        errors.push(...(await htmlErrors(readFileSync(path.join(site, file), 'utf8'), file)));
      }
      expect(errors).toEqual([]);
    });
  }
});
