/**
 * rehype-entity-links: links every mention of an actor or place that the
 * analysis found to the entity's page (/akteure/<id>/, /orte/<id>/, under the
 * site's base). `data-entity` names the entry in the article's own lists,
 * from which the mention card (src/scripts/entity-cards.ts) takes name and role.
 * Only an entity's first mention in a paragraph is a link: a sentence that
 * names Tokajew three times reads as text, not as a row of links.
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

/** Each entity's first mention in the paragraph (by position in its text). */
function firstPerEntity<M extends { kind: string; id: string; start: number }>(mentions: M[]): M[] {
  const first = new Map<string, M>();
  for (const m of [...mentions].sort((a, b) => a.start - b.start))
    first.set(`${m.kind}:${m.id}`, first.get(`${m.kind}:${m.id}`) ?? m);
  return [...first.values()];
}

export default function rehypeEntityLinks(options: Options = {}) {
  const base = options.base ?? '/';
  return (tree: Root, file: VFile) => {
    const { mentions } = renderDataOf(file);
    topParagraphs(tree).forEach((paragraph, i) => {
      wrapRanges(
        paragraph,
        firstPerEntity(mentions.filter((m) => m.paragraph === i + 1)),
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
