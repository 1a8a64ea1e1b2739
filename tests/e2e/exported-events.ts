/**
 * Every event of a built site's JSON export: the index /daten/ereignisse.json
 * and the monthly parts it lists, read through `read` (a file of dist/ or a
 * request to the test server), in the index's order.
 */
interface PartsIndex {
  count: number;
  parts: { url: string; count: number }[];
}

export async function exportedEvents<T>(read: (path: string) => string | Promise<string>): Promise<T[]> {
  const index = JSON.parse(await read('daten/ereignisse.json')) as PartsIndex;
  const parts = await Promise.all(
    index.parts.map(async (part) => {
      // The part's address is absolute (the published site's); its path below the root is the file.
      const { events } = JSON.parse(await read(new URL(part.url).pathname.slice(1))) as { events: T[] };
      if (events.length !== part.count)
        throw new Error(`${part.url}: ${events.length} events, the index says ${part.count}`);
      return events;
    }),
  );
  const events = parts.flat();
  if (events.length !== index.count)
    throw new Error(`the parts hold ${events.length} events, the index says ${index.count}`);
  return events;
}
