/**
 * Links between views: to something the site names (an actor, a place, an
 * event, a claim, a paragraph) and to the article a view comes from.
 */
import type { ArticleInput } from '../analysis/model.ts';
import { articleUrl } from '../format/urls.ts';

export interface Ref {
  id: string;
  name: string;
  href: string;
}

/** The article a view comes from. */
export interface ArticleRef {
  slug: string;
  title: string;
  href: string;
}

export const articleRef = ({ slug, data }: Pick<ArticleInput, 'slug' | 'data'>): ArticleRef => ({
  slug,
  title: data.title,
  href: articleUrl(slug),
});
