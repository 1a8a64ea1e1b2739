/**
 * rehype-subheadings: a subheading of the text (»## …«, a top-level <h2>)
 * gets the id the analysis gave it ("zwischentitel-<slug>") and the class
 * "zwischentitel". It is no paragraph: rehype-paragraph-ids numbers only the
 * top-level <p>, as the analysis numbers only paragraphs.
 */
import type { Root } from 'hast';
import type { VFile } from 'vfile';
import { renderDataOf } from './frontmatter.ts';

export default function rehypeSubheadings() {
  return (tree: Root, file: VFile) => {
    const ids = renderDataOf(file).subheadings;
    let n = 0;
    for (const node of tree.children) {
      if (node.type !== 'element' || node.tagName !== 'h2') continue;
      const id = ids[n];
      n += 1;
      if (id) node.properties = { ...node.properties, id, className: ['zwischentitel'] };
    }
  };
}
