import { describe, expect, it } from 'vitest';
import { articleView, formatCoordinates } from '../../src/lib/article.ts';
import { isCurrent, navItems } from '../../src/lib/nav.ts';
import { eventDateLabel, sortEvents } from '../../src/lib/timeline.ts';
import { articleUrl, withBase } from '../../src/lib/urls.ts';
import { loadArticle } from './helpers.ts';

describe('event date labels', () => {
  it('say exactly as much as the text knows', () => {
    expect(eventDateLabel({ date: '2022-01-11', timePrecision: 'day' })).toBe('Dienstag, 11. Januar 2022');
    expect(eventDateLabel({ date: '2022-01-11', timePrecision: 'part-of-day', timeOfDay: 'abends' })).toBe(
      'Dienstag, 11. Januar 2022, abends',
    );
    expect(eventDateLabel({ date: '2022-01-02/2022-01-07', timePrecision: 'approximate' })).toBe(
      'ca. 2.–7. Januar 2022',
    );
    expect(eventDateLabel({ date: '2022-01-13/2022-01-19', timePrecision: 'day' })).toBe('13.–19. Januar 2022');
    expect(eventDateLabel({ date: '2022-01-01/2022-01-31', timePrecision: 'month' })).toBe('Januar 2022');
  });

  it('sorts by start, shorter spans first, morning before evening', () => {
    const sorted = sortEvents([
      { id: 'abend', date: '2022-01-11', timeOfDay: 'abends' as const },
      { id: 'spanne', date: '2022-01-11/2022-01-12' },
      { id: 'morgen', date: '2022-01-11', timeOfDay: 'morgens' as const },
      { id: 'frueher', date: '2022-01-07' },
    ]);
    expect(sorted.map((e) => e.id)).toEqual(['frueher', 'morgen', 'abend', 'spanne']);
  });
});

describe('article view', () => {
  const { data, body } = loadArticle();
  const view = articleView(data, body, 'kasachstan-unklarer-als-gedacht');

  it('shows the publication date at its real precision', () => {
    expect(view.published).toEqual({ datetime: '2022-01', label: 'Januar 2022', precision: 'month' });
  });

  it('lists events in time order with German labels and evidence anchors', () => {
    const first = view.events[0]!;
    expect(first.id).toBe('unruhen-januar');
    const tokajew = view.events.find((e) => e.id === 'tokajew-kuendigt-abzug-an')!;
    expect(tokajew.dateLabel).toBe('Dienstag, 11. Januar 2022, morgens');
    expect(tokajew.evidenceHref).toBe('#beleg-ereignis-tokajew-kuendigt-abzug-an');
    expect(view.events.find((e) => e.id === 'patrouille-almaty')!.evidenceHref).toBe('#foto');
    expect(view.events.find((e) => e.id === 'abzug-beginn')!.statusLabel).toBe('umstritten');
  });

  it('knows in which paragraphs an entity is mentioned', () => {
    expect(view.actors.find((a) => a.id === 'serdjukow')!.mentions.map((m) => m.href)).toEqual(['#absatz-3']);
    expect(view.places.find((p) => p.id === 'nur-sultan')!.mentions.map((m) => m.href)).toEqual(['#absatz-4']);
  });

  it('formats coordinates in German', () => {
    expect(formatCoordinates([43.2381, 76.9453])).toBe('43,2381° N, 76,9453° O');
    expect(formatCoordinates([38.9072, -77.0369])).toBe('38,9072° N, 77,0369° W');
  });
});

describe('urls and navigation', () => {
  it('builds paths under the base', () => {
    expect(withBase('artikel/x/', '/lagebild/')).toBe('/lagebild/artikel/x/');
    expect(withBase('', '/lagebild')).toBe('/lagebild/');
    expect(articleUrl('x')).toBe('/artikel/x/');
  });

  it('marks the current section', () => {
    const [artikel] = navItems();
    expect(isCurrent(artikel!, 'artikel/kasachstan/')).toBe(true);
    expect(isCurrent(artikel!, '')).toBe(false);
  });
});
