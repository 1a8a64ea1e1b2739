/** What a built site's Pagefind index gives for a term, read in the page with Pagefind's own API. */
import type { Page } from 'playwright-core';

export interface IndexedHit {
  url: string;
  content: string;
  excerpt: string;
  meta: { title: string };
}

/** Every hit for `term`, best first, on a page of the site served at `origin`. */
export function indexed(page: Page, origin: string, term: string): Promise<IndexedHit[]> {
  // A string, so that the test runner does not rewrite the browser's import().
  return page.evaluate(`(async () => {
    const pagefind = await import('${origin}/pagefind/pagefind.js');
    const search = await pagefind.search(${JSON.stringify(term)});
    return Promise.all(search.results.map((r) => r.data()));
  })()`);
}
