/**
 * The article list in pages (/artikel/, /artikel/2/, …) and the home page's
 * share of it: bounded however many articles the archive holds.
 */

/** Articles on one page of the list. */
export const ARTICLES_PER_PAGE = 20;
/** The newest articles on the home page; the list has them all. */
export const HOME_ARTICLES = 10;

/**
 * The list's pages and the articles share a folder: an article whose file
 * name is a number ("2.md") would take the address of a page of the list.
 * Fails the build with what to do.
 */
export function assertNoSlugIsAPageNumber(slugs: readonly string[]): void {
  const clash = slugs.find((slug) => /^\d+$/.test(slug));
  if (clash) {
    throw new Error(
      `content/articles/${clash}.md: the file name "${clash}" is also the address of a page of the article list ` +
        `/artikel/${clash}/; expected a file name with a word (for example "bericht-${clash}.md")`,
    );
  }
}
