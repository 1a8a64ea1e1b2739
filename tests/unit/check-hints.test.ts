/**
 * Checks that answer like a colleague: an unknown id with the id it most
 * likely means, a quote with where it stops matching, a dateExpression that
 * must be words of the text, »am Vortag« counted from another event.
 */
import { describe, expect, it } from 'vitest';
import { nearestIds } from '../../src/lib/analysis/problems.ts';
import { actor, place, testCorpus, type TestCorpusInput } from './helpers.ts';

describe('an unknown id', () => {
  const ids = [
    { id: 'tokajew', names: ['Kassym-Schomart Tokajew', 'Tokajew', 'Tokayev'] },
    { id: 'serdjukow', names: ['Andrej Serdjukow', 'Serdjukow'] },
    { id: 'umarow', names: ['Askar Umarow'] },
    { id: 'ovks', names: ['Organisation des Vertrags über kollektive Sicherheit', 'OVKS'] },
  ];

  it('is answered with the id it misspells', () => {
    expect(nearestIds('tokajev', ids)).toBe('; did you mean "tokajew"?');
    // Two letters swapped.
    expect(nearestIds('tokjaew', ids)).toBe('; did you mean "tokajew"?');
    expect(nearestIds('serdjukov', ids)).toBe('; did you mean "serdjukow"?');
  });

  it('is answered with the id whose name, other spelling or inflected form it is', () => {
    expect(nearestIds('tokajews', ids)).toBe('; did you mean "tokajew"?');
    expect(nearestIds('kassym-schomart-tokajew', ids)).toBe(
      '; did you mean "tokajew" (named "Kassym-Schomart Tokajew")?',
    );
    expect(nearestIds('tokayev', ids)).toBe('; did you mean "tokajew" (named "Tokayev")?');
    expect(nearestIds('askar-umarow', ids)).toBe('; did you mean "umarow" (named "Askar Umarow")?');
  });

  it('names the nearest ids where none is close, never all of them', () => {
    expect(nearestIds('nasarbajew', ids)).toBe(' (the nearest: tokajew, umarow, serdjukow)');
    expect(nearestIds('putin', [])).toBe(' (there are none)');
  });
});

const REGISTRIES: Omit<TestCorpusInput, 'articles'> = {
  actors: { tokajew: actor('Kassym-Schomart Tokajew', { aliases: ['Tokajew'] }) },
  places: { almaty: place('Almaty') },
  events: {
    rede: { title: 'Tokajews Rede', date: '2022-01-11' },
    vorbereitung: { title: 'Vorbereitung der Rede', date: '2022-01-10' },
    patrouille: { title: 'Patrouille', date: '2022-01-11' },
  },
};

function problems(data: Record<string, unknown>, body: string) {
  const { problems } = testCorpus({ ...REGISTRIES, articles: [{ slug: 'x', data, body }] });
  return (problems.get('x') ?? []).map((p) => `${p.path.join('.')}: ${p.message}`);
}

describe('a quote not found in the text', () => {
  const body = 'Tokajew kündigte am Dienstag in Almaty den Abzug an.\n\nSerdjukow schwieg dazu.\n';
  const quoted = (quote: string) =>
    problems(
      { reports: [{ event: 'rede', status: 'reported', evidence: quote, dateExpression: 'am Dienstag' }] },
      body,
    );

  it('says where it stops matching, in whole words, with what the text says from there', () => {
    expect(quoted('Tokajew kündigte am Dienstga in Almaty den Abzug an.')).toEqual([
      'reports.0.evidence: quote not found in the article text: "Tokajew kündigte am Dienstga in Almaty den Abzug an."; ' +
        'it agrees with paragraph 1 up to "Tokajew kündigte am", where the text goes on "Dienstag in Almaty den Abzug…" ' +
        'and the quote "Dienstga in Almaty den Abzug…"; expected words copied verbatim from one paragraph of the body',
    ]);
  });

  it('shows only the last words of a long match, and the end of a paragraph', () => {
    expect(quoted('Tokajew kündigte am Dienstag in Almaty den Abzug an. Dann ging er.')[0]).toContain(
      'it agrees with paragraph 1 up to "…in Almaty den Abzug an.", where the text goes on "(end of the paragraph)" and the quote "Dann ging er."',
    );
  });

  it('says so where not even its first word stands in the text', () => {
    expect(quoted('Nasarbajew schwieg.')[0]).toContain('"Nasarbajew schwieg."; not even its first word stands there;');
  });
});

describe('a report’s date expression', () => {
  const report = (extra: Record<string, unknown>) => ({ event: 'rede', status: 'reported', ...extra });

  it('must be words of its evidence or its paragraph', () => {
    const body = 'Am Dienstag war es kalt. Tokajew sprach in Almaty.\n\nSerdjukow schwieg am Mittwoch.\n';
    expect(
      problems({ reports: [report({ evidence: 'Tokajew sprach', dateExpression: 'am Dienstag' })] }, body),
    ).toEqual([]);
    expect(problems({ reports: [report({ evidence: 'Tokajew sprach', dateExpression: 'gestern' })] }, body)).toEqual([
      'reports.0.dateExpression: "gestern" stands neither in this report\'s evidence nor in paragraph 1, where the evidence is; expected the words of the text that date the event, as they stand there (or no dateExpression and dateSources in the event\'s file)',
    ]);
  });

  it('may be the photo’s date where the evidence is the caption', () => {
    const photo = { caption: 'Patrouille in Almaty', credit: 'Max Muster/Testagentur', date: '2022-01-11' };
    const caption = (dateExpression: string) =>
      problems(
        {
          photo,
          reports: [
            { event: 'patrouille', status: 'reported', evidence: 'Patrouille', evidenceIn: 'caption', dateExpression },
          ],
        },
        'Es war ruhig.\n',
      );
    expect(caption('11.1.2022')).toEqual([]);
    expect(caption('am Montag')[0]).toContain("stands neither in this report's evidence nor in the caption");
  });

  it('may count from another event’s day: »am Vortag«, »tags darauf«', () => {
    const { problems: found, articles } = testCorpus({
      ...REGISTRIES,
      articles: [
        {
          slug: 'x',
          data: {
            reports: [
              {
                event: 'rede',
                status: 'reported',
                evidence: 'Tokajew sprach am Dienstag',
                dateExpression: 'am Dienstag',
              },
              {
                event: 'vorbereitung',
                status: 'reported',
                evidence: 'Am Vortag war alles bereit',
                dateExpression: 'Am Vortag',
                dateAnchor: 'rede',
              },
            ],
          },
          body: 'Tokajew sprach am Dienstag. Am Vortag war alles bereit.\n',
        },
      ],
    });
    expect(found.get('x')).toBeUndefined();
    expect(articles[0]!.analysis.dates[1]).toMatchObject({
      resolved: '2022-01-10',
      rule: 'der Tag vor dem Ereignis »Tokajews Rede«',
    });
  });
});
