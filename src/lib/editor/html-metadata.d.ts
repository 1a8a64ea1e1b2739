// html-metadata ships no types; the command uses only this function.
declare module 'html-metadata' {
  const htmlMetadata: {
    /** Every vocabulary the page uses (jsonLd, openGraph, dublinCore, general, …); rejects a page without any. */
    loadFromString(html: string): Promise<Record<string, unknown>>;
  };
  export default htmlMetadata;
}
