/**
 * »Auf einen Blick«: the short box at the top of an article, drawn from its
 * analysis — the dates its statements are about, how its statements relate
 * (contradictions first) and its corrections — each linking to its entry
 * further down the page. Nothing in it is written by hand; an article
 * without relations or corrections simply has no such line.
 */
import { countLabel } from '../format/labels.ts';
import type { ContradictionPair } from './entity-model.ts';

/** Key dates shown at most. */
const MAX_DATES = 4;
/** Pairs of claims named at most per line; the line's heading links to all of them. */
const MAX_PAIRS = 3;

interface GlanceEvent {
  id: string;
  anchor: string;
  title: string;
  status: string;
  statusLabel: string;
  dateLabel: string;
}

interface GlanceLink {
  text: string;
  href: string;
}

interface GlancePairs {
  summary: string;
  items: GlanceLink[];
  href: string;
}

export interface Glance {
  dates: (GlanceLink & { date: string; statusLabel: string | undefined })[];
  contradictions: GlancePairs | undefined;
  relations: GlancePairs | undefined;
  corrections: { summary: string; href: string } | undefined;
}

/**
 * The key dates: the events the article's claims are about, most discussed
 * first (ties: earlier first), up to MAX_DATES, shown in time order; an
 * article whose claims name no event shows its first and last event. The
 * status word is shown where it is not »berichtet«.
 */
function keyDates(events: readonly GlanceEvent[], claimsAbout: readonly string[]): Glance['dates'] {
  const discussed = (e: GlanceEvent) => claimsAbout.filter((id) => id === e.id).length;
  const ranked = events
    .map((e, order) => ({ e, order, n: discussed(e) }))
    .filter((x) => x.n > 0)
    .sort((a, b) => b.n - a.n || a.order - b.order)
    .slice(0, MAX_DATES)
    .sort((a, b) => a.order - b.order)
    .map((x) => x.e);
  const chosen = ranked.length ? ranked : [...new Set([events[0], events.at(-1)])].filter((e) => e !== undefined);
  return chosen.map((e) => ({
    date: e.dateLabel,
    text: e.title,
    href: `#${e.anchor}`,
    statusLabel: e.status === 'reported' ? undefined : e.statusLabel,
  }));
}

/** The relation as a German clause, in the speaker's number; »schränkt … ein« splits around its object. */
const RELATION_CLAUSE: Record<ContradictionPair['kind'], (plural: boolean, object: string) => string> = {
  contradicts: (plural, object) => `${plural ? 'widersprechen' : 'widerspricht'} ${object}`,
  qualifies: (plural, object) => `${plural ? 'schränken' : 'schränkt'} ${object} ein`,
  answers: (plural, object) => `${plural ? 'antworten' : 'antwortet'} auf ${object}`,
};

/**
 * »Serdjukow widerspricht Tokajew«, »Sacharowa schränkt Blinken ein«: the
 * later claim's speaker, the relation, the earlier claim's speaker.
 */
export function relationSentence(pair: ContradictionPair): string {
  const [earlier, later] = pair.claims;
  return `${later.speaker.name} ${RELATION_CLAUSE[pair.kind](later.speaker.plural ?? false, earlier.speaker.name)}`;
}

function pairs(
  list: readonly ContradictionPair[],
  count: (n: number) => string,
  anchor: string,
  section: string,
): GlancePairs | undefined {
  if (!list.length) return undefined;
  // One line per pair of speakers (the first pair's entry): the box stays short; the section has them all.
  const bySentence = new Map<string, ContradictionPair>();
  for (const pair of list) if (!bySentence.has(relationSentence(pair))) bySentence.set(relationSentence(pair), pair);
  return {
    summary: count(list.length),
    items: [...bySentence].slice(0, MAX_PAIRS).map(([text, pair]) => ({ text, href: `#${anchor}-${pair.id}` })),
    href: `#${section}`,
  };
}

/**
 * @param events the article's events in time order.
 * @param claimsAbout the ids of the events its claims are about, once per claim.
 * @param corrections its corrections, newest first.
 */
export function articleGlance(
  events: readonly GlanceEvent[],
  claimsAbout: readonly string[],
  relations: { contradictions: readonly ContradictionPair[]; others: readonly ContradictionPair[] },
  corrections: readonly { label: string }[],
): Glance {
  return {
    dates: keyDates(events, claimsAbout),
    contradictions: pairs(
      relations.contradictions,
      (n) => countLabel(n, 'Widerspruch', 'Widersprüche'),
      'widerspruch',
      'widersprueche',
    ),
    relations: pairs(
      relations.others,
      (n) => countLabel(n, 'Bezug zwischen Aussagen', 'Bezüge zwischen Aussagen'),
      'bezug',
      'bezuege',
    ),
    corrections: corrections.length
      ? {
          summary: `${countLabel(corrections.length, 'Korrektur', 'Korrekturen')}, zuletzt am ${corrections[0]!.label}`,
          href: '#korrekturen',
        }
      : undefined,
  };
}
