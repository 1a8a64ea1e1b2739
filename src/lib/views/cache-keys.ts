/**
 * The keys of Astro's incremental build (`experimental.incrementalBuild`): a
 * page from getStaticPaths() whose cacheKey (and code) did not change since
 * the last build is copied instead of rendered. A key is a digest of what the
 * page shows, so that a changed article or registry entry renders exactly the
 * pages that show it again.
 *
 * Each article is digested once (its resolved data, with the registry entries
 * it displays, its analysis and its HTML); a page that lists articles digests
 * the list with each article replaced by its digest, so no article is hashed
 * twice. `shared` is what every page shows besides its own content: the
 * timeline's structure (month links, which page holds an event), the export
 * years and the newest articles of the article filter.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface CacheKeys {
  /** The digest of what the value shows: articles in it count by their digest. */
  of: (...parts: unknown[]) => string;
  /** An article's own digest. */
  article: (slug: string) => string;
}

interface DigestedArticle {
  slug: string;
  /** Whatever the article's own pages show of it (resolved data, analysis, HTML). */
  shows: readonly unknown[];
}

const sha256 = (text: string): string => createHash('sha256').update(text).digest('base64url');

/**
 * JSON of what a page shows. A Map or Set would serialise as `{}` and hide its
 * contents from the key, so both become arrays; known articles become their digest.
 */
function serialise(value: unknown, known: WeakMap<object, string>): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (typeof v !== 'object' || v === null) return v;
    const digest = known.get(v);
    if (digest !== undefined) return `article:${digest}`;
    if (v instanceof Map) return [...v.entries()];
    if (v instanceof Set) return [...v];
    return v;
  });
}

/**
 * The keys of one build. `articles` are the corpus's article objects with what
 * their pages show; any of `objects` (the same article in another shape, e.g.
 * its ArticleInput) counts by its article's digest wherever a page lists it.
 */
export function cacheKeys(
  articles: readonly (DigestedArticle & { objects: readonly object[] })[],
  shared: unknown,
): CacheKeys {
  const known = new WeakMap<object, string>();
  const bySlug = new Map<string, string>();
  for (const article of articles) {
    const digest = sha256(serialise(article.shows, known));
    bySlug.set(article.slug, digest);
    for (const object of article.objects) known.set(object, digest);
  }
  const sharedDigest = sha256(serialise(shared, known));
  return {
    of: (...parts) => sha256(`${sharedDigest}\n${serialise(parts, known)}`),
    article: (slug) => {
      const digest = bySlug.get(slug);
      if (digest === undefined) throw new Error(`No article »${slug}« in the corpus`);
      return digest;
    },
  };
}

/**
 * A digest of the site's code: every file under `src/`, the Astro config and
 * the lock file. A copied page keeps the addresses of the stylesheets and
 * scripts of the build that rendered it; when a change to a style or script
 * renames those files (their names carry a hash of their content), every page
 * must render again, or it would link files the new build no longer has.
 * Astro's own check of a page's code does not see that, so the digest is part
 * of every key (`shared`). Content edits, the common case, leave it unchanged.
 */
export function codeDigest(root: string = process.cwd()): string {
  const hash = createHash('sha256');
  const add = (path: string): void => {
    hash.update(`${path.slice(root.length)}\n`).update(readFileSync(path));
  };
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else add(path);
    }
  };
  walk(join(root, 'src'));
  for (const file of ['astro.config.mjs', 'package-lock.json']) {
    if (existsSync(join(root, file))) add(join(root, file));
  }
  return hash.digest('base64url');
}
