/**
 * Lagebild's Markdown plugins in their order: the one list that
 * astro.config.mjs and the fixture tests use.
 *
 * Order matters: evidence quotes are marked on the plain text first, then
 * entity mentions are linked inside them, then subheadings and paragraphs
 * get their ids, then each paragraph gets its permalink (¶) beside it, and
 * the analysis's notes are set after the paragraphs they concern.
 */
import type { RehypePlugins, RemarkPlugins } from 'astro';
import rehypeEntityLinks from './rehype-entity-links.ts';
import rehypeEvidence from './rehype-evidence.ts';
import rehypeFactChecks from './rehype-fact-checks.ts';
import rehypeParagraphIds from './rehype-paragraph-ids.ts';
import rehypeParagraphLinks from './rehype-paragraph-links.ts';
import rehypeSubheadings from './rehype-subheadings.ts';
import remarkRejectHtml from './remark-reject-html.ts';

export interface PluginOptions {
  /** The site's base path ("/" or "/lagebild/"). */
  base: string;
}

export function lagebildRemarkPlugins(): RemarkPlugins {
  return [remarkRejectHtml];
}

export function lagebildRehypePlugins({ base }: PluginOptions): RehypePlugins {
  return [
    rehypeEvidence,
    [rehypeEntityLinks, { base }],
    rehypeSubheadings,
    rehypeParagraphIds,
    rehypeParagraphLinks,
    rehypeFactChecks,
  ];
}
