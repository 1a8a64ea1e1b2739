/**
 * An actor's page in bounded parts, on three small synthetic articles that
 * all name the same actor: mentions grouped by article, and pages of at most
 * two articles (one in the test, twenty on the site).
 */
import { describe, expect, it } from 'vitest';
import { articleFilter } from '../../src/lib/views/article-filter.ts';
import { entityIndex } from '../../src/lib/views/entity-model.ts';
import { entityPages } from '../../src/lib/views/entity-pages.ts';
import { actor, datedEvent, locatorFor, testCorpus } from './helpers.ts';

const slugs = ['eins', 'zwei', 'drei'];
const { articles, registries, problems } = testCorpus({
  actors: { tokajew: actor('Kassym-Schomart Tokajew', { aliases: ['Tokajew'] }) },
  events: Object.fromEntries(
    slugs.map((slug) => [`rede-${slug}`, datedEvent(`Rede ${slug}`, '2022-01-11', { actors: ['tokajew'] })]),
  ),
  articles: slugs.map((slug) => ({
    slug,
    data: {
      title: `Bericht ${slug}`,
      actors: ['tokajew'],
      reports: [{ event: `rede-${slug}`, status: 'reported', evidence: `Tokajew sprach (${slug}).` }],
    },
    body: `Tokajew sprach (${slug}). Später sprach Tokajew noch einmal.`,
  })),
});
const { actors } = entityIndex(articles, registries, locatorFor(articles));
const tokajew = actors.find((a) => a.id === 'tokajew')!;
const pages = entityPages(tokajew, 'akteure/tokajew/', 2);

describe('an actor named by many articles', () => {
  it('is built from valid content', () => {
    expect(problems).toEqual(new Map());
    expect(tokajew.articles).toHaveLength(3);
  });

  it('gets pages of at most two articles, the first at the actor’s address', () => {
    expect(pages.map((p) => [p.path, p.number, p.of])).toEqual([
      ['akteure/tokajew/', 1, 2],
      ['akteure/tokajew/seite/2/', 2, 2],
    ]);
    expect(pages.map((p) => p.entity.articles.length)).toEqual([2, 1]);
    expect(pages.every((p) => p.articleCount === 3)).toBe(true);
    expect(pages[1]!.pages).toEqual([
      { number: 1, href: '/akteure/tokajew/', current: false },
      { number: 2, href: '/akteure/tokajew/seite/2/', current: true },
    ]);
  });

  it('groups the mentions by article, each page only its articles', () => {
    const groups = pages.flatMap((p) => p.mentionGroups.map((g) => [g.article.slug, g.mentions.length]));
    expect(groups).toHaveLength(3);
    expect(new Set(groups.map(([slug]) => slug))).toEqual(new Set(slugs));
    expect(groups.every(([, count]) => count === 2)).toBe(true);
  });

  it('puts each event on the page of its article, once', () => {
    const events = pages.flatMap((p) => p.entity.events.map((e) => e.id));
    expect(events.sort()).toEqual(['rede-drei', 'rede-eins', 'rede-zwei']);
  });

  it('keeps an actor of one article on one page', () => {
    expect(entityPages(tokajew, 'akteure/tokajew/').map((p) => p.of)).toEqual([1]);
  });
});

describe('the filter by article in a large archive', () => {
  const many = Array.from({ length: 20 }, (_, i) => ({ slug: `a${i}`, data: { title: `Artikel ${i}` } }));
  const url = (slug?: string) => (slug ? `/zeitleiste/${slug}/` : '/zeitleiste/');

  it('shows the twelve newest and links the list for the rest', () => {
    const items = articleFilter(many, undefined, url);
    expect(items).toHaveLength(14);
    expect(items.at(-1)).toEqual({ label: '8 ältere in der Artikelliste', href: '/artikel/', current: false });
  });

  it('keeps the current article in it, however old', () => {
    const items = articleFilter(many, 'a19', url);
    expect(items.filter((i) => i.current).map((i) => i.label)).toEqual(['Artikel 19']);
    expect(items.at(-1)!.label).toBe('7 ältere in der Artikelliste');
  });

  it('says »älterer« for one', () => {
    expect(articleFilter(many.slice(0, 13), undefined, url).at(-1)!.label).toBe('1 älterer in der Artikelliste');
  });
});
