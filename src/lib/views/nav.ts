/**
 * The site navigation: one entry per section that exists. A section is added
 * here when its pages are built, so the navigation never links to nothing.
 */
import { actorsUrl, articlesUrl, mapUrl, placesUrl, searchUrl, timelineUrl } from '../format/urls.ts';

export interface NavItem {
  label: string;
  href: string;
  /** Path prefix (below the base) that marks the item as current. */
  section: string;
}

export function navItems(): NavItem[] {
  return [
    { label: 'Artikel', href: articlesUrl(), section: 'artikel/' },
    { label: 'Zeitleiste', href: timelineUrl(), section: 'zeitleiste/' },
    { label: 'Karte', href: mapUrl(), section: 'karte/' },
    { label: 'Akteure', href: actorsUrl(), section: 'akteure/' },
    { label: 'Orte', href: placesUrl(), section: 'orte/' },
    { label: 'Suche', href: searchUrl(), section: 'suche/' },
  ];
}

/** Whether a page path (without base) belongs to a nav item's section. */
export function isCurrent(item: NavItem, pathWithoutBase: string): boolean {
  return pathWithoutBase.replace(/^\/+/, '').startsWith(item.section);
}
