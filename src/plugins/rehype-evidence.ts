/**
 * rehype-evidence: wraps every evidence quote the analysis found (reports,
 * places, claims, fact checks) in <span class="beleg beleg--<kind>"
 * id="beleg-…"> so the timeline, the map and the analysis can point at the
 * sentence. A plain span, not <mark>: a screen reader would announce dozens
 * of »markiert« in a row. The page styles a quote where a link lands on it
 * (:target) or the pointer rests on it; the passages a note of the analysis
 * concerns (kind factCheck) stay visibly underlaid, explained in a legend.
 */
import type { Root } from 'hast';
import type { VFile } from 'vfile';
import { renderDataOf } from './frontmatter.ts';
import { topParagraphs, wrapRanges } from './wrap-ranges.ts';

const KIND_CLASS = { event: 'ereignis', place: 'ort', claim: 'aussage', factCheck: 'anmerkung' } as const;

export default function rehypeEvidence() {
  return (tree: Root, file: VFile) => {
    const { evidence } = renderDataOf(file);
    topParagraphs(tree).forEach((paragraph, i) => {
      wrapRanges(
        paragraph,
        evidence.filter((e) => e.paragraph === i + 1),
        (range, first, children) => {
          const className = ['beleg', `beleg--${KIND_CLASS[range.kind]}`];
          return {
            type: 'element',
            tagName: 'span',
            properties: first
              ? { className, id: range.anchor, dataBeleg: range.anchor }
              : { className: [...className, 'beleg-fortsetzung'], dataBeleg: range.anchor },
            children,
          };
        },
      );
    });
  };
}
