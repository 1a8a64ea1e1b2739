import { describe, expect, it } from 'vitest';
import { articleGlance } from '../../src/lib/views/article-glance.ts';
import type { ContradictionPair } from '../../src/lib/views/entity-model.ts';

const event = (id: string, dateLabel: string, status = 'reported', statusLabel = 'berichtet') => ({
  id,
  anchor: `ereignis-${id}`,
  title: `Titel ${id}`,
  status,
  statusLabel,
  dateLabel,
});

// The events of an article in time order.
const events = [
  event('a', '2. Januar 2022'),
  event('b', '11. Januar 2022'),
  event('c', '13. Januar 2022', 'disputed', 'umstritten'),
  event('d', '14. Januar 2022'),
  event('e', '19. Januar 2022', 'planned', 'geplant'),
];

/** A pair as the catalogue holds it: only what the box reads. */
const pair = (id: string, kind: 'contradicts' | 'qualifies', later: string, earlier: string, about: string[] = []) =>
  ({
    id,
    kind,
    kindLabel: kind === 'contradicts' ? 'widerspricht' : 'schränkt ein',
    byLabel: 'laut Autor',
    claims: [{ speaker: { name: earlier } }, { speaker: { name: later } }],
    about,
  }) as unknown as ContradictionPair;

const none = { contradictions: [], others: [] };

describe('Auf einen Blick', () => {
  it('lists the events the claims discuss most, in time order, with a status other than »berichtet«', () => {
    const glance = articleGlance(events, ['e', 'c', 'c', 'b', 'd', 'e', 'c'], none, []);
    expect(glance.dates.slice(0, 3)).toEqual([
      { date: '11. Januar 2022', text: 'Titel b', href: '#ereignis-b', statusLabel: undefined },
      { date: '13. Januar 2022', text: 'Titel c', href: '#ereignis-c', statusLabel: 'umstritten' },
      { date: '14. Januar 2022', text: 'Titel d', href: '#ereignis-d', statusLabel: undefined },
    ]);
    expect(glance.dates.map((d) => d.text)).toEqual(['Titel b', 'Titel c', 'Titel d', 'Titel e']);
  });

  it('keeps the four most discussed events when the claims name more', () => {
    const glance = articleGlance(events, ['a', 'b', 'b', 'c', 'c', 'd', 'd', 'e', 'e'], none, []);
    expect(glance.dates.map((d) => d.text)).toEqual(['Titel b', 'Titel c', 'Titel d', 'Titel e']);
  });

  it('shows the first and the last event where no claim names one, and one event once', () => {
    expect(articleGlance(events, [], none, []).dates.map((d) => d.text)).toEqual(['Titel a', 'Titel e']);
    expect(articleGlance([events[0]!], [], none, []).dates.map((d) => d.text)).toEqual(['Titel a']);
    expect(articleGlance([], [], none, []).dates).toEqual([]);
  });

  it('names contradictions and other relations apart, each linking to its entry and its section', () => {
    const glance = articleGlance(
      events,
      [],
      {
        contradictions: [pair('x', 'contradicts', 'Serdjukow', 'Tokajew', ['Abzug'])],
        // Two relations between the same speakers: one line.
        others: [pair('y', 'qualifies', 'Sacharowa', 'Blinken'), pair('y2', 'qualifies', 'Sacharowa', 'Blinken')],
      },
      [],
    );
    expect(glance.contradictions).toEqual({
      summary: '1\u00a0Widerspruch',
      items: [{ text: 'Serdjukow widerspricht Tokajew', href: '#widerspruch-x' }],
      href: '#widersprueche',
    });
    expect(glance.relations?.items).toEqual([{ text: 'Sacharowa schränkt Blinken ein', href: '#bezug-y' }]);
    expect(glance.relations?.href).toBe('#bezuege');
    expect(glance.relations?.summary).toBe('2\u00a0Bezüge zwischen Aussagen');
    // Speakers in the plural take the plural verb.
    const plural = pair('z', 'contradicts', 'Kasachische Dienststellen', 'Tokajew');
    plural.claims[1].speaker.plural = true;
    const many = articleGlance(events, [], { contradictions: [plural], others: [] }, []);
    expect(many.contradictions?.items[0]?.text).toBe('Kasachische Dienststellen widersprechen Tokajew');
  });

  it('counts the corrections with the newest date, and leaves out what the article does not have', () => {
    const glance = articleGlance(events, [], none, [{ label: '5. Dezember 2026' }, { label: '1. Dezember 2026' }]);
    expect(glance.corrections).toEqual({
      summary: '2\u00a0Korrekturen, zuletzt am 5. Dezember 2026',
      href: '#korrekturen',
    });
    expect(glance.contradictions).toBeUndefined();
    expect(glance.relations).toBeUndefined();
    expect(articleGlance(events, [], none, []).corrections).toBeUndefined();
  });
});
