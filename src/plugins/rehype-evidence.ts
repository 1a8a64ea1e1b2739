/**
 * rehype-evidence: wraps every evidence quote of the frontmatter (events,
 * places, claims, fact checks) in <mark class="beleg" id="beleg-…"> so the
 * timeline, the map and the analysis can point at the sentence.
 *
 * Written by hand because no maintained utility wraps *ranges* that may span
 * several text nodes and nest (hast-util-find-and-replace matches within one
 * text node and cannot nest overlapping matches).
 */
import type { Element, ElementContent, Root, Text } from 'hast';
import { toString } from 'hast-util-to-string';
import type { VFile } from 'vfile';
import { collectEvidence, crosses, findQuote, type Range } from '../lib/evidence.ts';
import { arrayField, frontmatterOf } from './frontmatter.ts';

interface Mark extends Range {
  anchor: string;
}

interface Piece extends Range {
  anchor: string;
  first: boolean;
}

function markElement(piece: Piece, children: ElementContent[]): Element {
  return {
    type: 'element',
    tagName: 'mark',
    properties: piece.first
      ? { className: ['beleg'], id: piece.anchor, dataBeleg: piece.anchor }
      : { className: ['beleg', 'beleg-fortsetzung'], dataBeleg: piece.anchor },
    children,
  };
}

/** Nests pieces (sorted by start, longest first; none crossing) over value[from, to). */
function nest(value: string, offset: number, from: number, to: number, pieces: Piece[]): ElementContent[] {
  const out: ElementContent[] = [];
  let pos = from;
  let i = 0;
  while (i < pieces.length) {
    const piece = pieces[i]!;
    let j = i + 1;
    while (j < pieces.length && pieces[j]!.start < piece.end) j += 1;
    if (piece.start > pos) out.push({ type: 'text', value: value.slice(pos - offset, piece.start - offset) });
    out.push(markElement(piece, nest(value, offset, piece.start, piece.end, pieces.slice(i + 1, j))));
    pos = piece.end;
    i = j;
  }
  if (pos < to) out.push({ type: 'text', value: value.slice(pos - offset, to - offset) });
  return out;
}

function byStartThenLongest(a: Range, b: Range): number {
  return a.start - b.start || b.end - a.end;
}

function wrapParagraph(paragraph: Element, marks: Mark[]): void {
  let offset = 0;
  const visit = (parent: Element) => {
    const children: ElementContent[] = [];
    for (const child of parent.children) {
      if (child.type === 'text') {
        const start = offset;
        const end = offset + child.value.length;
        offset = end;
        const pieces: Piece[] = marks
          .filter((m) => m.start < end && m.end > start)
          .map((m) => ({
            anchor: m.anchor,
            start: Math.max(m.start, start),
            end: Math.min(m.end, end),
            first: m.start >= start,
          }))
          .sort(byStartThenLongest);
        children.push(...(pieces.length ? nest(child.value, start, start, end, pieces) : [child as Text]));
      } else {
        if (child.type === 'element') visit(child);
        children.push(child);
      }
    }
    parent.children = children;
  };
  visit(paragraph);
}

export default function rehypeEvidence() {
  return (tree: Root, file: VFile) => {
    const frontmatter = frontmatterOf(file);
    const items = collectEvidence({
      events: arrayField(frontmatter, 'events') as { id: string; evidence?: string; evidenceIn?: string }[],
      places: arrayField(frontmatter, 'places') as { id: string; evidence?: string }[],
      claims: arrayField(frontmatter, 'claims') as { id: string; quote?: string }[],
      factChecks: arrayField(frontmatter, 'factChecks') as { id: string; evidence?: string }[],
    });
    if (!items.length) return;
    const paragraphs = tree.children.filter((n): n is Element => n.type === 'element' && n.tagName === 'p');
    const texts = paragraphs.map((p) => toString(p));
    const marksByParagraph = new Map<number, Mark[]>();
    for (const item of items) {
      const index = texts.findIndex((text) => findQuote(text, item.quote));
      if (index < 0) continue; // reported by the integrity check with file and field
      const range = findQuote(texts[index]!, item.quote)!;
      const marks = marksByParagraph.get(index) ?? [];
      if (marks.some((m) => crosses(m, range))) continue; // also reported by the integrity check
      marks.push({ ...range, anchor: item.anchor });
      marksByParagraph.set(index, marks);
    }
    for (const [index, marks] of marksByParagraph) wrapParagraph(paragraphs[index]!, marks);
  };
}
