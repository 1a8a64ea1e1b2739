/**
 * The article body as plain text, paragraph by paragraph: what the integrity
 * checks search quotes in, and what the tests compare with the seed text.
 */
import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

/** The top-level blocks whose text the reader sees as paragraphs (numbered #absatz-N). */
export const PARAGRAPH_TYPES = new Set<RootContent['type']>(['paragraph']);

export function parseBody(markdown: string): Root {
  return unified().use(remarkParse).use(remarkGfm).parse(markdown);
}

/** Text of each top-level paragraph, in order (index 0 is #absatz-1). */
export function bodyParagraphs(markdown: string): string[] {
  return parseBody(markdown)
    .children.filter((node) => PARAGRAPH_TYPES.has(node.type))
    .map((node) => toString(node));
}

export function normalizeWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Raw HTML in the body (never allowed: it would reach the page unescaped), with its line. */
export function rawHtml(markdown: string): { line: number | undefined; value: string }[] {
  const found: { line: number | undefined; value: string }[] = [];
  visit(parseBody(markdown), 'html', (node) => {
    found.push({ line: node.position?.start.line, value: node.value });
  });
  return found;
}
