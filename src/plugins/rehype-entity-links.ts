/**
 * rehype-entity-links: links every mention of an actor or place (its name and
 * every alias in the frontmatter) to the entity's page (/akteure/<id>/,
 * /orte/<id>/, under the site's base). Longest aliases first; never inside a
 * link. `data-entity` names the entry in the article's own lists, from which
 * the mention card (src/scripts/entity-cards.ts) takes name and role.
 */
import type { Element, Root } from 'hast';
import { findAndReplace, type FindAndReplaceTuple } from 'hast-util-find-and-replace';
import type { VFile } from 'vfile';
import { aliasPattern, mentionTable, type Mention } from '../lib/entities.ts';
import { withBase } from '../lib/urls.ts';
import { arrayField, frontmatterOf } from './frontmatter.ts';

export interface Options {
  /** The site's base path ("/" or "/lagebild/"). */
  base?: string;
}

function link(mention: Mention, text: string, base: string): Element {
  const href =
    mention.kind === 'actor' ? withBase(`akteure/${mention.id}/`, base) : withBase(`orte/${mention.id}/`, base);
  return {
    type: 'element',
    tagName: 'a',
    properties: {
      href,
      className: ['entitaet', mention.kind === 'actor' ? 'entitaet-akteur' : 'entitaet-ort'],
      dataEntity: `${mention.kind}:${mention.id}`,
    },
    children: [{ type: 'text', value: text }],
  };
}

export default function rehypeEntityLinks(options: Options = {}) {
  const base = options.base ?? '/';
  return (tree: Root, file: VFile) => {
    const frontmatter = frontmatterOf(file);
    const table = mentionTable(arrayField(frontmatter, 'actors'), arrayField(frontmatter, 'places'));
    if (!table.length) return;
    const pairs: FindAndReplaceTuple[] = table.map((mention) => [
      aliasPattern(mention.alias),
      (match: string) => link(mention, match, base),
    ]);
    findAndReplace(tree, pairs, { ignore: ['a', 'script', 'style', 'code', 'pre'] });
  };
}
