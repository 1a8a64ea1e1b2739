/** `npm run pruefen -- --ereignisse …`: the registered events of a span of days, one line each, as the site dates them. */
import { describe, expect, it } from 'vitest';
import { listEvents, parseSpan } from '../../src/lib/editor/event-list.ts';
import { testCorpus } from './helpers.ts';

const { registries } = testCorpus({
  events: {
    rede: { title: 'Tokajew spricht', date: '2022-01-11', timePrecision: 'part-of-day', timeOfDay: 'morgens' },
    abzug: { title: 'Beginn des Abzugs', date: '2022-01-13' },
    unruhen: { title: 'Unruhen', date: '2022-01-02/2022-01-07', timePrecision: 'approximate' },
    spaeter: { title: 'Später', date: '2022-02-01' },
  },
  articles: [],
});
const events = () => registries.events.values();

describe('the registered events of a span of days', () => {
  it('lists each event that overlaps the span, in the timeline’s order, with the date as the site shows it', () => {
    expect(listEvents(events(), parseSpan('2022-01-05/2022-01-20')!)).toEqual([
      '3 registrierte Ereignisse im Zeitraum 5.–20. Januar 2022:',
      '  ca. 2.–7. Januar 2022               unruhen  Unruhen',
      '  Dienstag, 11. Januar 2022, morgens  rede     Tokajew spricht',
      '  Donnerstag, 13. Januar 2022         abzug    Beginn des Abzugs',
    ]);
  });

  it('takes a day or a month, and says so where there is none', () => {
    expect(listEvents(events(), parseSpan('2022-01-13')!)).toEqual([
      'Ein registriertes Ereignis am 13. Januar 2022:',
      '  Donnerstag, 13. Januar 2022  abzug  Beginn des Abzugs',
    ]);
    expect(listEvents(events(), parseSpan('2022-02')!)[0]).toBe(
      'Ein registriertes Ereignis im Zeitraum 1.–28. Februar 2022:',
    );
    expect(listEvents(events(), parseSpan('2022-03-01/2022-03-05')!)).toEqual([
      'Keine registrierten Ereignisse im Zeitraum 1.–5. März 2022.',
    ]);
  });

  it('refuses what is no span of days', () => {
    for (const value of ['2022-13', '2022-01-20/2022-01-05', 'Januar', '2022'])
      expect(parseSpan(value)).toBeUndefined();
    expect(parseSpan('2024-02')).toEqual({ start: '2024-02-01', end: '2024-02-29' });
  });
});
