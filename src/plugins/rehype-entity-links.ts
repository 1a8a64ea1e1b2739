/**
 * rehype-entity-links: links every mention of an actor or place (its name and
 * every alias in the frontmatter) to the entity's entry on the article page
 * (#akteur-<id>, #ort-<id>). Longest aliases first; never inside a link.
 */
import type { Element, Root } from 'hast';
import { findAndReplace, type FindAndReplaceTuple } from 'hast-util-find-and-replace';
import type { VFile } from 'vfile';
import { aliasPattern, mentionTable, type Mention } from '../lib/entities.ts';
import { actorAnchor, placeAnchor } from '../lib/urls.ts';
import { arrayField, frontmatterOf } from './frontmatter.ts';

function link(mention: Mention, text: string): Element {
  const anchor = mention.kind === 'actor' ? actorAnchor(mention.id) : placeAnchor(mention.id);
  return {
    type: 'element',
    tagName: 'a',
    properties: {
      href: `#${anchor}`,
      className: ['entitaet', mention.kind === 'actor' ? 'entitaet-akteur' : 'entitaet-ort'],
      dataEntity: `${mention.kind}:${mention.id}`,
    },
    children: [{ type: 'text', value: text }],
  };
}

export default function rehypeEntityLinks() {
  return (tree: Root, file: VFile) => {
    const frontmatter = frontmatterOf(file);
    const table = mentionTable(arrayField(frontmatter, 'actors'), arrayField(frontmatter, 'places'));
    if (!table.length) return;
    const pairs: FindAndReplaceTuple[] = table.map((mention) => [
      aliasPattern(mention.alias),
      (match: string) => link(mention, match),
    ]);
    findAndReplace(tree, pairs, { ignore: ['a', 'script', 'style', 'code', 'pre'] });
  };
}
