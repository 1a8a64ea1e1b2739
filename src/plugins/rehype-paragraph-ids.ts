/**
 * rehype-paragraph-ids: every top-level paragraph gets a stable id
 * "absatz-N" (1-based), so each can be linked and shared.
 */
import type { Root } from 'hast';
import { paragraphId } from '../lib/format/urls.ts';

export default function rehypeParagraphIds() {
  return (tree: Root) => {
    let n = 0;
    for (const node of tree.children) {
      if (node.type === 'element' && node.tagName === 'p') {
        n += 1;
        node.properties = { ...node.properties, id: paragraphId(n) };
      }
    }
  };
}
