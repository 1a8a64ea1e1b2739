/**
 * Opens an event where it lives now, for an old link that did not find it:
 * the event's address from /daten/ereignis-adressen.json (written from
 * eventHome, src/lib/views/event.ts). Nothing happens when the list cannot be
 * read or does not know the event: the page stays as it is.
 */

/** The event id of an address under the event pages' folder (`/ereignisse/<id>/`), else undefined. */
export function eventIdOfPath(pathname: string, folder: string): string | undefined {
  if (!pathname.startsWith(folder)) return undefined;
  return /^([a-z0-9-]+)\/?$/.exec(pathname.slice(folder.length))?.[1];
}

/** An address of this site only: a path (`/…`), never another host (`//host/…`, `https:…`). */
export const isSitePath = (href: unknown): href is string =>
  typeof href === 'string' && href.startsWith('/') && !href.startsWith('//') && !href.startsWith('/\\');

export async function openEventAddress(addressesUrl: string, id: string): Promise<void> {
  try {
    const response = await fetch(addressesUrl);
    if (!response.ok) return;
    const addresses = (await response.json()) as Record<string, unknown>;
    const href = Object.hasOwn(addresses, id) ? addresses[id] : undefined;
    if (isSitePath(href)) window.location.replace(href);
  } catch {
    // Offline or a broken list: the page's own links remain.
  }
}
