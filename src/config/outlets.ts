/**
 * Outlets that a government or an international body has designated as
 * state-linked or as spreading disinformation. A source on one of their
 * hosts may be cited only with a `designation` that the reader sees beside
 * it; the build says which sources lack it. A host matches itself and its
 * subdomains.
 *
 * @option hosts: the outlet's hosts
 * @option label: who the outlet is, in German (the text editors are asked to write)
 * @option designatedBy: the id of the registered source (content/sources/) that designates it
 */
export interface DesignatedOutlet {
  hosts: readonly string[];
  label: string;
  designatedBy: string;
}

export const DESIGNATED_OUTLETS: readonly DesignatedOutlet[] = [
  {
    hosts: ['news-front.su', 'news-front.info'],
    label: 'Russisches Desinformationsportal laut US-Außenministerium (Global Engagement Center, August 2020)',
    designatedBy: 'gec-pillars-russian-disinformation',
  },
];
