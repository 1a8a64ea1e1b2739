// @ts-check
import { writeFileSync } from 'node:fs';
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { headersFile } from './src/lib/security.ts';
import remarkRejectHtml from './src/plugins/remark-reject-html.ts';
import rehypeParagraphIds from './src/plugins/rehype-paragraph-ids.ts';
import rehypeEvidence from './src/plugins/rehype-evidence.ts';
import rehypeEntityLinks from './src/plugins/rehype-entity-links.ts';
import rehypeFactChecks from './src/plugins/rehype-fact-checks.ts';
import rehypeParagraphLinks from './src/plugins/rehype-paragraph-links.ts';

// The site URL and base path come from the environment so that one build
// configuration serves a domain root and a sub-path (see README, "Deploy").
const site = process.env.SITE_URL ?? 'https://lagebild.example.org';
const base = process.env.BASE_PATH ?? '/';

/**
 * Writes dist/_headers (security headers for static hosts that read it) from src/lib/security.ts.
 * @type {import('astro').AstroIntegration}
 */
const securityHeaders = {
  name: 'lagebild-security-headers',
  hooks: {
    'astro:build:done': ({ dir }) => writeFileSync(new URL('_headers', dir), headersFile()),
  },
};

export default defineConfig({
  // Tests build content fixtures with a cache of their own (the content store lives there).
  ...(process.env.LAGEBILD_CACHE_DIR ? { cacheDir: process.env.LAGEBILD_CACHE_DIR } : {}),
  site,
  base,
  trailingSlash: 'always',
  // Scripts and styles always ship as files, never inline: the Content-Security-Policy
  // (src/lib/security.ts) allows scripts and styles from the site itself only.
  build: { format: 'directory', inlineStylesheets: 'never' },
  vite: { build: { assetsInlineLimit: 0 } },
  devToolbar: { enabled: false },
  integrations: [sitemap(), securityHeaders],
  markdown: {
    // Astro 7's default processor runs no remark/rehype plugins; Lagebild's
    // pipeline needs them, so it uses the unified processor explicitly.
    processor: unified({
      gfm: true,
      // The articles already carry German typography (»…«, –); SmartyPants
      // would turn straight quotes into English curly quotes.
      smartypants: false,
      remarkPlugins: [remarkRejectHtml],
      // Order matters: evidence quotes are marked on the plain text first,
      // then entity mentions are linked inside them, then paragraphs numbered,
      // then each paragraph gets its permalink (¶) beside it, and the analysis's
      // notes are set after the paragraphs they concern.
      rehypePlugins: [
        rehypeEvidence,
        [rehypeEntityLinks, { base }],
        rehypeParagraphIds,
        rehypeParagraphLinks,
        rehypeFactChecks,
      ],
    }),
  },
});
