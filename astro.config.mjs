// @ts-check
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { previewCacheIntegration } from './src/lib/previews/preview-cache.ts';
import { EMBED_FOLDER, embedAncestors, headersFile } from './src/lib/publish/security.ts';
import { lagebildRehypePlugins, lagebildRemarkPlugins } from './src/plugins/index.ts';

const require = createRequire(import.meta.url);

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

/**
 * In a static build the content store's parts stay files, read once when the pages are rendered. Astro
 * bundles each part (up to 20 MiB of the archive as JSON) into the prerender bundle as a string literal,
 * which the bundler parses and writes again, and the module keeps the text alive for the whole build
 * (140 MB of text at 1,000 articles; about a gigabyte of memory while bundling, 8 of 8.5 s of it). The
 * pages are rendered on this machine right after bundling, from the cache directory where the content
 * sync wrote the parts: the store's module lists them, and each part is read when Astro reads the store
 * and then let go (bench/RESULTS.md). Astro tags the module as content data, so the incremental build
 * leaves it out of the pages' code digest (their cacheKey holds the content); the tag is kept. Dev keeps
 * Astro's own modules.
 * @type {import('astro').AstroIntegration}
 */
const contentStoreOnDisk = {
  name: 'lagebild-content-store-on-disk',
  hooks: {
    /*
     * The content sync's own copy of the store (every entry: 250 MB at 1,000 articles) is not read again once
     * the sync has written the parts, but Astro keeps it referenced for the whole build; let it go. Astro does
     * not export its content layer, so it is found by its file; if a new Astro moves it, nothing changes but
     * the memory.
     */
    'astro:build:start': () => {
      const instance = join(dirname(require.resolve('astro/package.json')), 'dist', 'content', 'instance.js');
      if (!existsSync(instance)) return;
      // Node's own loader (this file runs in Vite's), which holds the module Astro itself imported.
      require(instance).globalContentLayer?.dispose?.();
    },
    'astro:config:setup': ({ command, config, updateConfig }) => {
      if (command !== 'build') return;
      const parts = new URL('data-store/', config.cacheDir);
      updateConfig({
        vite: {
          plugins: [
            {
              name: 'lagebild-content-store-on-disk',
              // Before Astro's own load of the store, which would inline every part.
              load: {
                order: 'pre',
                handler(id) {
                  if (id !== '\0astro:data-layer-content') return undefined;
                  const manifest = new URL('manifest.json', parts);
                  if (!existsSync(manifest)) return undefined;
                  /** @type {Record<string, string[]>} */
                  const collections = JSON.parse(readFileSync(manifest, 'utf8'));
                  const files = Object.entries(collections).map(
                    ([name, names]) =>
                      `${JSON.stringify(name)}: [${names.map((file) => `part(${JSON.stringify(fileURLToPath(new URL(file, parts)))})`).join(', ')}]`,
                  );
                  return {
                    code: [
                      "import { readFileSync } from 'node:fs';",
                      "const part = (file) => ({ get default() { return readFileSync(file, 'utf8'); } });",
                      `export default { ${files.join(', ')} };`,
                    ].join('\n'),
                    map: { mappings: '' },
                    meta: { astroIncremental: { kind: 'content-data' } },
                  };
                },
              },
            },
          ],
        },
      });
    },
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
    contentStoreOnDisk,
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
