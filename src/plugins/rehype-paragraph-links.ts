/**
 * rehype-paragraph-links: before every numbered paragraph (rehype-paragraph-ids
 * runs first), a small »¶« link to that paragraph (#absatz-N). It is a plain
 * link without JavaScript; the share script copies or shares its address.
 * The link stands beside the paragraph, not in it, so the paragraph's text
 * stays exactly the article's text.
 */
import type { Element, Root } from 'hast';

const PARAGRAPH = /^absatz-(\d+)$/;

export default function rehypeParagraphLinks() {
  return (tree: Root) => {
    tree.children = tree.children.flatMap((node) => {
      if (node.type !== 'element' || node.tagName !== 'p') return [node];
      const id = String(node.properties?.['id'] ?? '');
      const n = PARAGRAPH.exec(id)?.[1];
      if (!n) return [node];
      const link: Element = {
        type: 'element',
        tagName: 'a',
        properties: {
          className: ['absatz-link'],
          href: `#${id}`,
          ariaLabel: `Link zu Absatz ${n}`,
          dataParagraphLink: n,
          dataPagefindIgnore: '',
        },
        children: [{ type: 'text', value: '¶' }],
      };
      return [link, node];
    });
  };
}
