import { describe, expect, it } from 'vitest';
import { aliasPattern, ambiguousAliases, mentionParagraphs, mentionTable } from '../../src/lib/entities.ts';
import { collectEvidence, crosses, findQuote } from '../../src/lib/evidence.ts';

describe('evidence quotes', () => {
  it('finds a quote regardless of line breaks and runs of spaces', () => {
    expect(findQuote('rund 4.000\nOVKS-Soldaten', 'rund 4.000 OVKS-Soldaten')).toEqual({ start: 0, end: 24 });
    expect(findQuote('Text ohne das Zitat', 'anderes Zitat')).toBeUndefined();
  });

  it('treats regular-expression characters in quotes literally', () => {
    expect(findQuote('Öskemen (Ust-Kamenogorsk).', 'Öskemen (Ust-Kamenogorsk)')).toEqual({ start: 0, end: 25 });
    expect(findQuote('Öskemen Ust-Kamenogorsk', 'Öskemen (Ust-Kamenogorsk)')).toBeUndefined();
  });

  it('tells crossing ranges from nested and separate ones', () => {
    expect(crosses({ start: 0, end: 10 }, { start: 5, end: 15 })).toBe(true);
    expect(crosses({ start: 0, end: 10 }, { start: 2, end: 8 })).toBe(false);
    expect(crosses({ start: 0, end: 10 }, { start: 10, end: 12 })).toBe(false);
    expect(crosses({ start: 0, end: 10 }, { start: 0, end: 10 })).toBe(false);
  });

  it('collects quotes with their anchors, but not those in the caption', () => {
    const items = collectEvidence({
      events: [
        { id: 'a', evidence: 'x' },
        { id: 'b', evidence: 'y', evidenceIn: 'caption' },
      ],
      claims: [{ id: 'c', quote: 'z' }],
    });
    expect(items).toEqual([
      { anchor: 'beleg-ereignis-a', quote: 'x' },
      { anchor: 'beleg-aussage-c', quote: 'z' },
    ]);
  });
});

describe('entity mentions', () => {
  const table = mentionTable(
    [{ id: 'primakow', name: 'Jewgeni Primakow', aliases: ['Primakow'] }],
    [
      { id: 'almaty', name: 'Almaty' },
      { id: 'flughafen-almaty', name: 'Flughafen Almaty', aliases: ['Flughafen von Almaty'] },
    ],
  );

  it('orders aliases longest first, then alphabetically', () => {
    expect(table.map((m) => m.alias)).toEqual([
      'Flughafen von Almaty',
      'Flughafen Almaty',
      'Jewgeni Primakow',
      'Primakow',
      'Almaty',
    ]);
  });

  it('matches whole words only', () => {
    const pattern = aliasPattern('Russland');
    expect('Russland handelt'.match(pattern)).toEqual(['Russland']);
    expect('Russlands Nachbarn'.match(pattern)).toBeNull();
    expect('US-Soldaten'.match(aliasPattern('US'))).toEqual(['US']);
    expect('USA'.match(aliasPattern('US'))).toBeNull();
  });

  it('counts a mention once, for the longest alias', () => {
    const mentions = mentionParagraphs(['Der Flughafen von Almaty bleibt zu.', 'In Almaty sagte Primakow …'], table);
    expect(mentions.get('place:flughafen-almaty')).toEqual([1]);
    expect(mentions.get('place:almaty')).toEqual([2]);
    expect(mentions.get('actor:primakow')).toEqual([2]);
  });

  it('finds aliases that name two entities', () => {
    const ambiguous = ambiguousAliases(
      mentionTable([{ id: 'a', name: 'X' }], [{ id: 'b', name: 'Y', aliases: ['X'] }]),
    );
    expect([...ambiguous.keys()]).toEqual(['X']);
  });
});
