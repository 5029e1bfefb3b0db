/**
 * Breadcrumb trails: the way from the home page to the page's parent (the current page is
 * the page's own heading, so it is not repeated).
 */
import type { Group, MonthGroup, YearGroup } from './articles.ts';
import { allArticlesPath, sectionsPath, sourcesPath, yearPath, yearsPath } from '../shared/urls.ts';

export interface Crumb {
  label: string;
  /** Site-relative path. */
  path: string;
}

const home: Crumb = { label: 'Home', path: '' };

export const crumbs = {
  home: (): Crumb[] => [home],
  allArticles: (): Crumb[] => [home, { label: 'All articles', path: allArticlesPath() }],
  sources: (): Crumb[] => [home, { label: 'Sources', path: sourcesPath() }],
  sections: (): Crumb[] => [home, { label: 'Sections', path: sectionsPath() }],
  years: (): Crumb[] => [home, { label: 'Dates', path: yearsPath() }],
  source: (g: Group): Crumb[] => [...crumbs.sources(), { label: g.name, path: g.path }],
  section: (g: Group): Crumb[] => [...crumbs.sections(), { label: g.name, path: g.path }],
  year: (y: Pick<YearGroup, 'year'>): Crumb[] => [
    ...crumbs.years(),
    { label: y.year, path: yearPath(y.year) },
  ],
  month: (m: MonthGroup, label: string): Crumb[] => [...crumbs.year(m), { label, path: m.path }],
};
