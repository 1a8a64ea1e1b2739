/**
 * remark-reject-html: an article body is Markdown text, never raw HTML.
 * Raw HTML would reach the page unescaped (Astro's pipeline lets it through),
 * so it fails the build with the file instead (the integrity check in the
 * content loader reports the same with the line of the file).
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';

export default function remarkRejectHtml() {
  return (tree: Root, file: VFile) => {
    visit(tree, 'html', (node) => {
      const snippet = node.value.length > 60 ? `${node.value.slice(0, 57)}…` : node.value;
      file.fail(
        `${file.path ?? 'article'}: raw HTML is not allowed in an article body: ${JSON.stringify(snippet)}; expected plain Markdown text`,
        node,
      );
    });
  };
}
