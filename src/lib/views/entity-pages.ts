/**
 * An actor's or place's page in bounded parts: an entity that many articles
 * name gets its mentions, claims, events and notes grouped by article and
 * split into pages of ENTITY_ARTICLES_PER_PAGE articles (/akteure/<id>/,
 * then /akteure/<id>/seite/2/ …), newest articles first, so that no page
 * grows with the archive. Each event appears once, with the article that
 * reported it first in this order. Pure: takes the entity of entityIndex().
 */
import type { ActorEntity, PlaceEntity } from './entity-model.ts';
import { withBase } from '../format/urls.ts';

/** At most this many articles' mentions, claims and events on one page. */
const ENTITY_ARTICLES_PER_PAGE = 20;

type Entity = ActorEntity | PlaceEntity;

export interface EntityPage<T extends Entity> {
  /** The entity with what this page's articles say of it. */
  entity: T;
  /** How many articles name the entity in all. */
  articleCount: number;
  /** The mentions grouped by article, in the order of the articles. */
  mentionGroups: { article: Entity['articles'][number]; mentions: Entity['mentions'] }[];
  number: number;
  of: number;
  /** The page's path below the base: "akteure/tokajew/", "akteure/tokajew/seite/2/". */
  path: string;
  /** Links to every page of the entity, the current one marked. */
  pages: { number: number; href: string; current: boolean }[];
}

/** The path of page `n` of an entity whose first page is `firstPath` ("akteure/tokajew/"). */
const entityPagePath = (firstPath: string, n: number): string => (n > 1 ? `${firstPath}seite/${n}/` : firstPath);

export function entityPages<T extends Entity>(
  entity: T,
  firstPath: string,
  perPage = ENTITY_ARTICLES_PER_PAGE,
): EntityPage<T>[] {
  const of = Math.max(1, Math.ceil(entity.articles.length / perPage));
  return Array.from({ length: of }, (_, i) => {
    const articles = entity.articles.slice(i * perPage, (i + 1) * perPage);
    const slugs = new Set(articles.map((a) => a.slug));
    const mine = <V extends { article: { slug: string } }>(items: readonly V[]) =>
      items.filter((item) => slugs.has(item.article.slug));
    const mentions = mine(entity.mentions);
    return {
      entity: {
        ...entity,
        articles,
        mentions,
        claimsBy: mine(entity.claimsBy),
        claimsAbout: mine(entity.claimsAbout),
        events: mine(entity.events),
        factChecks: mine(entity.factChecks),
      },
      articleCount: entity.articles.length,
      mentionGroups: articles
        .map((article) => ({ article, mentions: mentions.filter((m) => m.article.slug === article.slug) }))
        .filter((group) => group.mentions.length > 0),
      number: i + 1,
      of,
      path: entityPagePath(firstPath, i + 1),
      pages: Array.from({ length: of }, (_, j) => ({
        number: j + 1,
        href: withBase(entityPagePath(firstPath, j + 1)),
        current: j === i,
      })),
    };
  });
}

/** The route's rest parameter: none for the first page, "seite/2" for the second. */
export const entityPageParam = (page: { number: number }): string | undefined =>
  page.number > 1 ? `seite/${page.number}` : undefined;

/** What a part adds to the entity's title: "" for a single page, " (Seite 2 von 5)" otherwise. */
export const entityPageTitle = (page: { number: number; of: number }): string =>
  page.of > 1 ? ` (Seite ${page.number} von ${page.of})` : '';
