/**
 * The Internet Archive's copy of a web source: the archived copy where the
 * registry knows it, otherwise a link that asks the Wayback Machine for the
 * capture nearest the day the analysis read the page. A plain link: the site
 * makes no request to the archive; the reader's click does.
 */

/** The Wayback Machine's pages: `<base>YYYYMMDD/<url>` redirects to the capture nearest that day. */
const WAYBACK_WEB = 'https://web.archive.org/web/';

/** "2026-11-25" → "20261125", the form of the archive's timestamps. */
export const waybackDay = (day: string): string => day.replaceAll('-', '');

/** The Wayback Machine's capture of `url` nearest `day` ("YYYY-MM-DD"); without a day, its list of captures. */
export function waybackLookupUrl(url: string, day?: string): string {
  return `${WAYBACK_WEB}${day ? waybackDay(day) : '*'}/${url}`;
}

export interface ArchiveLink {
  href: string;
  label: string;
  /** A known copy, or only a search in the archive. */
  kind: 'copy' | 'lookup';
}

/** The archive link a web source shows; none for a source without an address. */
export function archiveLink(source: {
  url?: string | undefined;
  accessed?: string | undefined;
  archived?: string | undefined;
}): ArchiveLink | undefined {
  if (source.archived) return { href: source.archived, label: 'Archivkopie', kind: 'copy' };
  if (!source.url) return undefined;
  return { href: waybackLookupUrl(source.url, source.accessed), label: 'im Internet Archive suchen', kind: 'lookup' };
}
