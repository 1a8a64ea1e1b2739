/**
 * Wraps character ranges of a paragraph's text in elements, across text
 * nodes and nested inside each other: evidence marks and mention links.
 *
 * Written by hand because no maintained utility wraps *ranges* that may span
 * several text nodes and nest (hast-util-find-and-replace matches patterns
 * within one text node and cannot nest overlapping matches).
 */
import type { Element, ElementContent, Root } from 'hast';

export interface WrapRange {
  start: number;
  end: number;
}

/** The element for a piece of a range; `first` is false for the continuation of a split range. */
export type Wrapper<R extends WrapRange> = (range: R, first: boolean, children: ElementContent[]) => Element;

interface Piece<R> {
  range: R;
  start: number;
  end: number;
  first: boolean;
}

function nest<R extends WrapRange>(
  value: string,
  offset: number,
  from: number,
  to: number,
  pieces: Piece<R>[],
  wrap: Wrapper<R>,
): ElementContent[] {
  const out: ElementContent[] = [];
  let pos = from;
  let i = 0;
  while (i < pieces.length) {
    const piece = pieces[i]!;
    let j = i + 1;
    while (j < pieces.length && pieces[j]!.start < piece.end) j += 1;
    if (piece.start > pos) out.push({ type: 'text', value: value.slice(pos - offset, piece.start - offset) });
    out.push(wrap(piece.range, piece.first, nest(value, offset, piece.start, piece.end, pieces.slice(i + 1, j), wrap)));
    pos = piece.end;
    i = j;
  }
  if (pos < to) out.push({ type: 'text', value: value.slice(pos - offset, to - offset) });
  return out;
}

/**
 * Wraps `ranges` (offsets in the paragraph's text, none crossing another)
 * in the paragraph. Text inside elements named in `skip` is left alone but
 * counted, so offsets stay those of the whole text.
 */
export function wrapRanges<R extends WrapRange>(
  paragraph: Element,
  ranges: readonly R[],
  wrap: Wrapper<R>,
  skip: readonly string[] = [],
): void {
  if (!ranges.length) return;
  let offset = 0;
  const visit = (parent: Element) => {
    const children: ElementContent[] = [];
    for (const child of parent.children) {
      if (child.type === 'text') {
        const start = offset;
        const end = offset + child.value.length;
        offset = end;
        const pieces = ranges
          .filter((r) => r.start < end && r.end > start)
          .map((r) => ({
            range: r,
            start: Math.max(r.start, start),
            end: Math.min(r.end, end),
            first: r.start >= start,
          }))
          .sort((a, b) => a.start - b.start || b.end - a.end);
        children.push(...(pieces.length ? nest(child.value, start, start, end, pieces, wrap) : [child]));
      } else {
        if (child.type === 'element') {
          if (skip.includes(child.tagName)) offset += textLength(child);
          else visit(child);
        }
        children.push(child);
      }
    }
    parent.children = children;
  };
  visit(paragraph);
}

function textLength(node: Element | ElementContent): number {
  if (node.type === 'text') return node.value.length;
  if (node.type === 'element') return node.children.reduce((n, c) => n + textLength(c), 0);
  return 0;
}

/** The top-level paragraphs: the analysis's paragraph N is the N-th of them. */
export function topParagraphs(tree: Root): Element[] {
  return tree.children.filter((n): n is Element => n.type === 'element' && n.tagName === 'p');
}
