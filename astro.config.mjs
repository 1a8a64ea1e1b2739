// @ts-check
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import remarkRejectHtml from './src/plugins/remark-reject-html.ts';
import rehypeParagraphIds from './src/plugins/rehype-paragraph-ids.ts';
import rehypeEvidence from './src/plugins/rehype-evidence.ts';
import rehypeEntityLinks from './src/plugins/rehype-entity-links.ts';

// The site URL and base path come from the environment so that one build
// configuration serves a domain root and a sub-path (see README, "Deploy").
const site = process.env.SITE_URL ?? 'https://lagebild.example.org';
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
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
      // then entity mentions are linked inside them, then paragraphs numbered.
      rehypePlugins: [rehypeEvidence, rehypeEntityLinks, rehypeParagraphIds],
    }),
  },
});
