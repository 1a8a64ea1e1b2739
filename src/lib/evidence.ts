/**
 * Evidence quotes: finding them in a text and laying them out as ranges.
 * A quote matches the text verbatim except for whitespace (a line break in
 * the Markdown and a space in the frontmatter are the same).
 */

export interface Range {
  start: number;
  end: number;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A pattern that finds the quote with any run of whitespace where it has whitespace. */
export function quotePattern(quote: string): RegExp {
  const words = quote.trim().split(/\s+/).map(escapeRegExp);
  return new RegExp(words.join('\\s+'), 'u');
}

/** Where the quote stands in the text, or undefined. */
export function findQuote(text: string, quote: string): Range | undefined {
  const match = quotePattern(quote).exec(text);
  return match ? { start: match.index, end: match.index + match[0].length } : undefined;
}

/** Index of the first paragraph containing the quote, or -1. */
export function findParagraph(paragraphs: readonly string[], quote: string): number {
  const pattern = quotePattern(quote);
  return paragraphs.findIndex((text) => pattern.test(text));
}

/** Two ranges that overlap without one containing the other cannot be nested as marks. */
export function crosses(a: Range, b: Range): boolean {
  return (
    (a.start < b.start && b.start < a.end && a.end < b.end) || (b.start < a.start && a.start < b.end && b.end < a.end)
  );
}

export interface EvidenceItem {
  /** The anchor id, e.g. "beleg-ereignis-abzug-angekuendigt". */
  anchor: string;
  quote: string;
}

export type EvidenceKind = 'event' | 'place' | 'claim' | 'factCheck';

const ANCHOR_PREFIX: Record<EvidenceKind, string> = {
  event: 'beleg-ereignis-',
  place: 'beleg-ort-',
  claim: 'beleg-aussage-',
  factCheck: 'beleg-anmerkung-',
};

/** The id of the mark that carries an item's quote in the article. */
export function evidenceAnchor(kind: EvidenceKind, id: string): string {
  return `${ANCHOR_PREFIX[kind]}${id}`;
}

interface EvidenceSource {
  events?: readonly { id: string; evidence?: string | undefined; evidenceIn?: string | undefined }[] | undefined;
  places?: readonly { id: string; evidence?: string | undefined }[] | undefined;
  claims?: readonly { id: string; quote?: string | undefined }[] | undefined;
  factChecks?: readonly { id: string; evidence?: string | undefined }[] | undefined;
}

/** Every evidence quote of an article's analysis, with its anchor id, in a stable order. */
export function collectEvidence(data: EvidenceSource): EvidenceItem[] {
  const items: EvidenceItem[] = [];
  const add = (kind: EvidenceKind, id: unknown, quote: unknown) => {
    if (typeof id === 'string' && typeof quote === 'string' && quote.trim()) {
      items.push({ anchor: evidenceAnchor(kind, id), quote });
    }
  };
  for (const e of data.events ?? []) if (e.evidenceIn !== 'caption') add('event', e.id, e.evidence);
  for (const p of data.places ?? []) add('place', p.id, p.evidence);
  for (const c of data.claims ?? []) add('claim', c.id, c.quote);
  for (const f of data.factChecks ?? []) add('factCheck', f.id, f.evidence);
  return items;
}
