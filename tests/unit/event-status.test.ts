/**
 * One rule for an event's current status: two articles of the same day report
 * one event with different statuses. The timeline, the event's calendar
 * entry and the pages of its actor and place must name the same status, and
 * the order in which the articles reach the build must not change it.
 */
import { describe, expect, it } from 'vitest';
import { entityIndex } from '../../src/lib/views/entity-model.ts';
import { eventsJson } from '../../src/lib/publish/exports.ts';
import { timelineEvents } from '../../src/lib/views/timeline-model.ts';
import { actor, datedEvent, locatorFor, place, testCorpus } from './helpers.ts';

const sameDay = (slug: string, title: string, status: string, evidence: string) => ({
  slug,
  data: {
    title,
    published: '2022-01-12',
    referenceDate: { date: '2022-01-12', note: 'Tag der Veröffentlichung' },
    actors: ['tokajew'],
    places: ['almaty'],
    reports: [{ event: 'abzug', status, evidence }],
  },
  body: `Tokajew: ${evidence}. In Almaty ist es ruhig.\n`,
});

function corpus(order: 'ab' | 'ba') {
  const a = sameDay('morgen', 'Abzug angekündigt', 'announced', 'Der Abzug soll beginnen');
  const b = sameDay('abend', 'Abzug begonnen', 'reported', 'Der Abzug hat begonnen');
  return testCorpus({
    actors: { tokajew: actor('Kassym-Schomart Tokajew', { aliases: ['Tokajew'] }) },
    places: { almaty: place('Almaty', { geoPrecision: 2, radiusKm: 15 }) },
    events: { abzug: datedEvent('Der Abzug beginnt', '2022-01-12', { actors: ['tokajew'], places: ['almaty'] }) },
    articles: order === 'ab' ? [a, b] : [b, a],
  });
}

/** The status each view shows for the event. */
function statuses(order: 'ab' | 'ba') {
  const { articles, registries, problems } = corpus(order);
  expect(problems).toEqual(new Map());
  const timeline = timelineEvents(articles);
  const locate = locatorFor(articles);
  const { actors, places } = entityIndex(articles, registries, locate);
  const json = eventsJson(timeline, locate, 'https://example.org');
  return {
    timeline: timeline.find((e) => e.id === 'abzug')!.status,
    export: json.events.find((e) => e.id === 'abzug')!.status,
    actorPage: actors.find((x) => x.id === 'tokajew')!.events.find((e) => e.id === 'abzug')!.status,
    placePage: places.find((x) => x.id === 'almaty')!.events.find((e) => e.id === 'abzug')!.status,
  };
}

describe('an event reported twice on one day', () => {
  it('has one status on the timeline, in the export and on the entity pages', () => {
    const shown = statuses('ab');
    expect(new Set(Object.values(shown)).size, JSON.stringify(shown)).toBe(1);
  });

  it('whatever the order in which the articles are read', () => {
    expect(statuses('ba')).toEqual(statuses('ab'));
  });
});
