import { describe, expect, it } from 'vitest';
import type { Source } from '../../src/lib/analysis/model.ts';
import { citeLabel, sourceEntryLabel } from '../../src/lib/format/labels.ts';
import { citations, pageBibliography } from '../../src/lib/views/bibliography.ts';

const source = (id: string, fields: Partial<Source>): Source => ({ id, title: `Titel ${id}`, ...fields }) as Source;

const jw = source('jw', { title: 'Krise in Kasachstan', publisher: 'junge Welt', date: '2022-01-13' });
const lexikon = source('lexikon', { title: 'Almaty', publisher: 'Wikipedia' });
const ohneHerausgeber = source('blatt', { title: 'Flugblatt', date: '2022-01' });

describe('a source cited beside a fact', () => {
  it('reads »publisher, date«, with the title where it has no date, and its page or passage', () => {
    expect(citeLabel(jw)).toBe('junge Welt, 13. Januar 2022');
    expect(citeLabel({ ...jw, locator: 'Seite 3' })).toBe('junge Welt, 13. Januar 2022, Seite 3');
    expect(citeLabel(lexikon)).toBe('Wikipedia: Almaty');
    expect(citeLabel(ohneHerausgeber)).toBe('Flugblatt');
  });

  it('is given in full in the list of sources, led by the words of its citation', () => {
    expect(sourceEntryLabel(jw)).toBe('junge Welt, 13. Januar 2022: Krise in Kasachstan');
    expect(sourceEntryLabel(lexikon)).toBe('Wikipedia: Almaty');
    expect(sourceEntryLabel(ohneHerausgeber)).toBe('Flugblatt, Januar 2022');
  });

  it('names its title where another source of the same list would read the same', () => {
    const other = source('jw-2', { title: 'Abzug beginnt', publisher: 'junge Welt', date: '2022-01-13' });
    expect(citations([jw, other, lexikon]).map((c) => c.label)).toEqual([
      'junge Welt, 13. Januar 2022: Krise in Kasachstan',
      'junge Welt, 13. Januar 2022: Abzug beginnt',
      'Wikipedia: Almaty',
    ]);
    expect(citations([jw, lexikon]).map((c) => c.label)).toEqual(['junge Welt, 13. Januar 2022', 'Wikipedia: Almaty']);
  });
});

describe("a page's list of sources", () => {
  it("holds each cited source once, without the citation's page, in the order of the citations whatever order they came in", () => {
    const first = pageBibliography();
    for (const s of [lexikon, { ...jw, locator: 'Seite 3', quote: 'Zitat' }, jw, ohneHerausgeber]) first.cite(s);
    const second = pageBibliography();
    for (const s of [ohneHerausgeber, jw, lexikon]) second.cite(s);
    const ids = (b: ReturnType<typeof pageBibliography>) => b.entries().map((s) => s.id);
    expect(ids(first)).toEqual(['blatt', 'jw', 'lexikon']);
    expect(ids(second)).toEqual(ids(first));
    const entry = first.entries().find((s) => s.id === 'jw')!;
    expect(entry.locator).toBeUndefined();
    expect(entry.quote).toBeUndefined();
  });

  it('is empty on a page that cites nothing', () => {
    expect(pageBibliography().entries()).toEqual([]);
  });
});
