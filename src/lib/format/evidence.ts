/** Evidence anchors: the id of the mark that carries an item's quote in the article. */

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
