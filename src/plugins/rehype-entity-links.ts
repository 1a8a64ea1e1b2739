/**
 * rehype-entity-links: links every mention of an actor or place that the
 * analysis found to the entity's page (/akteure/<id>/, /orte/<id>/, under the
 * site's base). `data-entity` names the entry in the article's own lists,
 * from which the mention card (src/scripts/entity-cards.ts) takes name and role.
 */
import type { Root } from 'hast';
import type { VFile } from 'vfile';
import { actorPath, placePath, withBase } from '../lib/format/urls.ts';
import { renderDataOf } from './frontmatter.ts';
import { topParagraphs, wrapRanges } from './wrap-ranges.ts';

export interface Options {
  /** The site's base path ("/" or "/lagebild/"). */
  base?: string;
}

export default function rehypeEntityLinks(options: Options = {}) {
  const base = options.base ?? '/';
  return (tree: Root, file: VFile) => {
    const { mentions } = renderDataOf(file);
    topParagraphs(tree).forEach((paragraph, i) => {
      wrapRanges(
        paragraph,
        mentions.filter((m) => m.paragraph === i + 1),
        (m, _first, children) => ({
          type: 'element',
          tagName: 'a',
          properties: {
            href: withBase(m.kind === 'actor' ? actorPath(m.id) : placePath(m.id), base),
            className: ['entitaet', m.kind === 'actor' ? 'entitaet-akteur' : 'entitaet-ort'],
            dataEntity: `${m.kind}:${m.id}`,
          },
          children,
        }),
        ['a'],
      );
    });
  };
}
