// @ts-check
import { readdirSync, writeFileSync } from 'node:fs';
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { contentStoreIntegration } from './src/lib/content-store.ts';
import { previewCacheIntegration } from './src/lib/previews/preview-cache.ts';
import { EMBED_FOLDER, embedAncestors, headersFile } from './src/lib/publish/security.ts';
import { lagebildRehypePlugins, lagebildRemarkPlugins } from './src/plugins/index.ts';

// The site URL and base path come from the environment so that one build
// configuration serves a domain root and a sub-path (see README, "Deploy").
const site = process.env.SITE_URL ?? 'https://lagebild.example.org';
const base = process.env.BASE_PATH ?? '/';

// Who may frame the embeds (/einbetten/…): any site, or the origins this lists (docs/deploy.md). A wrong entry
// stops the build with its German message alone (Astro would add a stack trace to an error thrown here).
const ancestors = (() => {
  try {
    return embedAncestors(process.env.LAGEBILD_EMBED_ANCESTORS);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
})();

/**
 * Writes dist/_headers (security headers for static hosts that read it) from src/lib/publish/security.ts;
 * the strict policy goes on each top-level folder and page the build wrote, the embeds excepted.
 * @type {import('astro').AstroIntegration}
 */
const securityHeaders = {
  name: 'lagebild-security-headers',
  hooks: {
    'astro:build:done': ({ dir }) =>
      writeFileSync(new URL('_headers', dir), headersFile({ base, entries: readdirSync(dir), ancestors })),
  },
};

export default defineConfig({
  // Tests build content fixtures with a cache of their own (the content store and the
  // preview images live there).
  ...(process.env.LAGEBILD_CACHE_DIR ? { cacheDir: process.env.LAGEBILD_CACHE_DIR } : {}),
  site,
  base,
  trailingSlash: 'always',
  // Scripts and styles always ship as files, never inline: the Content-Security-Policy
  // (src/lib/publish/security.ts) allows scripts and styles from the site itself only.
  build: { format: 'directory', inlineStylesheets: 'never' },
  vite: { build: { assetsInlineLimit: 0, cssCodeSplit: false } },
  devToolbar: { enabled: false },
  // Writes JSON Schemas of the collections to .astro/collections/ on every sync, build
  // and dev start; Astro's VS Code extension reads them to complete, describe and check
  // the frontmatter of content/articles/*.md (README, "Add an article").
  experimental: {
    contentIntellisense: true,
    // A page from getStaticPaths() whose cacheKey (a digest of what it shows,
    // src/lib/views/cache-keys.ts) and code did not change is copied from the last
    // build (kept in the cache directory) instead of rendered. build.concurrency stays 1.
    incrementalBuild: true,
    // The content store in parts of at most 20 MiB (Astro 7.1): a single store is loaded as one JavaScript
    // module of the whole archive (100 MB and 13 s to compile at 1,000 articles, on every build); the parts
    // are strings, read in a fraction of that (bench/RESULTS.md).
    collectionStorage: 'chunked',
  },
  // The embeds are parts of pages for other sites' articles, not pages to find.
  integrations: [
    sitemap({ filter: (page) => !page.includes(`/${EMBED_FOLDER}/`) }),
    securityHeaders,
    previewCacheIntegration(),
    contentStoreIntegration,
  ],
  markdown: {
    // Astro 7's default processor runs no remark/rehype plugins; Lagebild's
    // pipeline needs them, so it uses the unified processor explicitly.
    processor: unified({
      gfm: true,
      // The articles already carry German typography (»…«, –); SmartyPants
      // would turn straight quotes into English curly quotes.
      smartypants: false,
      remarkPlugins: lagebildRemarkPlugins(),
      rehypePlugins: lagebildRehypePlugins({ base }),
    }),
  },
});
