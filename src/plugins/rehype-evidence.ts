/**
 * rehype-evidence: wraps every evidence quote the analysis found (reports,
 * places, claims, fact checks) in <mark class="beleg" id="beleg-…"> so the
 * timeline, the map and the analysis can point at the sentence.
 */
import type { Root } from 'hast';
import type { VFile } from 'vfile';
import { renderDataOf } from './frontmatter.ts';
import { topParagraphs, wrapRanges } from './wrap-ranges.ts';

export default function rehypeEvidence() {
  return (tree: Root, file: VFile) => {
    const { evidence } = renderDataOf(file);
    topParagraphs(tree).forEach((paragraph, i) => {
      wrapRanges(
        paragraph,
        evidence.filter((e) => e.paragraph === i + 1),
        (range, first, children) => ({
          type: 'element',
          tagName: 'mark',
          properties: first
            ? { className: ['beleg'], id: range.anchor, dataBeleg: range.anchor }
            : { className: ['beleg', 'beleg-fortsetzung'], dataBeleg: range.anchor },
          children,
        }),
      );
    });
  };
}
