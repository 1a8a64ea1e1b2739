/**
 * rehype-fact-checks: sets each note of the analysis ("Anmerkung der Analyse",
 * frontmatter `factChecks`) right after the paragraph the analysis found its
 * quote in, with its sources and the date of checking. The article's words
 * stay untouched: the note is a separate block, built from text nodes only.
 */
import type { Element, ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import type { VFile } from 'vfile';
import type { RenderFactCheck } from '../lib/analysis/render-data.ts';
import { formatDay, isCalendarDate } from '../lib/dates.ts';
import { evidenceAnchor } from '../lib/evidence.ts';
import { factCheckAnchor } from '../lib/urls.ts';
import { renderDataOf } from './frontmatter.ts';
import { topParagraphs } from './wrap-ranges.ts';

const isWebUrl = (value: unknown): value is string => typeof value === 'string' && /^https?:\/\//i.test(value);

function note(check: RenderFactCheck): Element {
  const meta: ElementContent[] = [];
  if (isCalendarDate(check.checked))
    meta.push(
      { type: 'text', value: 'Geprüft am ' },
      h('time', { dateTime: check.checked }, formatDay(check.checked, 'medium')),
      { type: 'text', value: ' · ' },
    );
  meta.push(h('a', { href: `#${evidenceAnchor('factCheck', check.id)}` }, 'Zur Textstelle'));
  return h('div', { className: ['anmerkung'], id: factCheckAnchor(check.id), role: 'note' }, [
    h('p', { className: ['anmerkung__label'] }, 'Anmerkung der Analyse'),
    h('p', { className: ['anmerkung__text'] }, check.note),
    h('p', { className: ['anmerkung__meta'] }, meta),
    check.sources.length
      ? h(
          'ul',
          { className: ['anmerkung__quellen'], ariaLabel: 'Quellen' },
          check.sources.map((s) =>
            h('li', [
              isWebUrl(s.url) ? h('a', { href: s.url, rel: ['noopener', 'noreferrer', 'external'] }, s.title) : s.title,
            ]),
          ),
        )
      : h('p', { className: ['anmerkung__meta'] }, 'Ohne Quelle'),
  ]);
}

export default function rehypeFactChecks() {
  return (tree: Root, file: VFile) => {
    const { factChecks } = renderDataOf(file);
    if (!factChecks.length) return;
    const paragraphs = topParagraphs(tree);
    const after = new Map<Element, Element[]>();
    for (const check of factChecks) {
      const paragraph = paragraphs[check.paragraph - 1];
      if (paragraph) after.set(paragraph, [...(after.get(paragraph) ?? []), note(check)]);
    }
    tree.children = tree.children.flatMap((node) =>
      node.type === 'element' && after.has(node) ? [node, { type: 'text', value: '\n' }, ...after.get(node)!] : [node],
    );
  };
}
