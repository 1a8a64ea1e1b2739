/**
 * Opens an event where it lives now, for an old link that did not find it:
 * the event's address from /daten/ereignis-adressen.json (written from
 * eventHome, src/lib/views/event.ts). Nothing happens when the list cannot be
 * read or does not know the event: the page stays as it is.
 */
export async function openEventAddress(addressesUrl: string, id: string): Promise<void> {
  try {
    const response = await fetch(addressesUrl);
    if (!response.ok) return;
    const addresses = (await response.json()) as Record<string, unknown>;
    const href = Object.hasOwn(addresses, id) ? addresses[id] : undefined;
    if (typeof href === 'string' && href.startsWith('/')) window.location.replace(href);
  } catch {
    // Offline or a broken list: the page's own links remain.
  }
}
