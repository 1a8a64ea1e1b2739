/**
 * German copy a reader notices: a speaker whose name is a plural gets its
 * verb in the plural (»Kasachische Dienststellen kündigen an«), and a quote
 * that quotes someone itself uses the inner quotation marks ›…‹.
 */
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { quoted } from '../../src/lib/format/quotes.ts';
import { articleView } from '../../src/lib/views/article.ts';
import { entityIndex } from '../../src/lib/views/entity-model.ts';
import { buildPopup } from '../../src/scripts/popup.ts';
import { actor, locatorFor, testCorpus, TEST_SOURCE } from './helpers.ts';

const claim = (id: string, speaker: string) => ({
  id,
  speaker,
  summary: `Aussage ${id}`,
  stance: 'announces',
  sources: [TEST_SOURCE],
});

const { articles, registries, problems } = testCorpus({
  actors: {
    dienststellen: actor('Kasachische Dienststellen', { kind: 'state-body', plural: true }),
    tokajew: actor('Kassym-Schomart Tokajew'),
  },
  articles: [
    {
      slug: 'verben',
      data: {
        actors: ['dienststellen', 'tokajew'],
        claims: [claim('plural', 'dienststellen'), claim('singular', 'tokajew')],
      },
      body: 'Kasachische Dienststellen und Tokajew äußerten sich.\n',
    },
  ],
});

describe('verbs after their speaker', () => {
  it('are plural for a plural name and singular otherwise, on the article and the actor pages', () => {
    expect(problems).toEqual(new Map());
    const view = articleView(articles[0]!, locatorFor(articles));
    expect(view.claims.find((c) => c.id === 'plural')!.stanceLabel).toBe('kündigen an');
    expect(view.claims.find((c) => c.id === 'singular')!.stanceLabel).toBe('kündigt an');
    const { actors } = entityIndex(articles, registries, locatorFor(articles));
    expect(actors.find((a) => a.id === 'dienststellen')!.claimsBy[0]!.stanceLabel).toBe('kündigen an');
    expect(actors.find((a) => a.id === 'tokajew')!.claimsBy[0]!.stanceLabel).toBe('kündigt an');
  });
});

describe('quotation marks', () => {
  it('turn into the inner ones inside a quote', () => {
    expect(quoted('Umarow habe sich »sehr zurückhaltend« geäußert')).toBe(
      '»Umarow habe sich ›sehr zurückhaltend‹ geäußert«',
    );
    expect(quoted('Der Abzug beginnt')).toBe('»Der Abzug beginnt«');
  });

  it('are the same in the map’s popups', () => {
    const place = {
      id: 'x',
      name: 'Ort',
      kind: 'city',
      kindLabel: 'Stadt',
      guarded: false,
      precisionNote: 'Genauer Ort.',
      coordinatesLabel: '1° N, 1° O',
      quote: 'die »Objekte« dort',
      factChecks: [],
      events: [],
      sources: [],
      placeHref: '/orte/x/',
    } as unknown as Parameters<typeof buildPopup>[0];
    const popup = buildPopup(place, new Window().document as unknown as Document);
    expect(popup.querySelector('blockquote')!.textContent).toBe('»die ›Objekte‹ dort«');
  });
});
