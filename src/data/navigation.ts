/**
 * The header's navigation, the same on every page: the archive's listings, with Sections
 * and Dates only when the archive has any. Article pages name it in their cache key
 * (page-cache.ts), so a change to it renders them again.
 */
import { allArticlesPath, sectionsPath, sourcesPath, yearsPath } from '../shared/urls.ts';
import { sections, years } from './articles.ts';
import { entityNavigation } from './entities.ts';

export interface NavigationItem {
  label: string;
  /** Site-relative path of the listing. */
  path: string;
}

let items: Promise<NavigationItem[]> | undefined;

export function navigation(): Promise<NavigationItem[]> {
  items ??= (async () => [
    { label: 'Articles', path: allArticlesPath() },
    { label: 'Sources', path: sourcesPath() },
    ...((await sections()).length > 0 ? [{ label: 'Sections', path: sectionsPath() }] : []),
    ...((await years()).length > 0 ? [{ label: 'Dates', path: yearsPath() }] : []),
    ...(await entityNavigation()),
    { label: 'About', path: 'about/' },
  ])();
  return items;
}
