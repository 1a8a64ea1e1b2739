/**
 * rehype-fact-checks: sets each note of the analysis ("Anmerkung der Analyse",
 * frontmatter `factChecks`) right after the paragraph it concerns, with its
 * sources and the date of checking. The article's words stay untouched: the
 * note is a separate block, built from text nodes only.
 */
import type { Element, ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import { toString } from 'hast-util-to-string';
import type { VFile } from 'vfile';
import { formatDay, isCalendarDate } from '../lib/dates.ts';
import { evidenceAnchor, findQuote } from '../lib/evidence.ts';
import { factCheckAnchor } from '../lib/urls.ts';
import { arrayField, frontmatterOf } from './frontmatter.ts';

const isWebUrl = (value: unknown): value is string => typeof value === 'string' && /^https?:\/\//i.test(value);

function note(check: Record<string, unknown>): Element {
  const id = String(check.id);
  const checked = typeof check.checked === 'string' && isCalendarDate(check.checked) ? check.checked : undefined;
  const sources = Array.isArray(check.sources) ? (check.sources as Record<string, unknown>[]) : [];
  const meta: ElementContent[] = [];
  if (checked)
    meta.push({ type: 'text', value: 'Geprüft am ' }, h('time', { dateTime: checked }, formatDay(checked, 'medium')), {
      type: 'text',
      value: ' · ',
    });
  meta.push(h('a', { href: `#${evidenceAnchor('factCheck', id)}` }, 'Betroffene Stelle'));
  return h('div', { className: ['anmerkung'], id: factCheckAnchor(id), role: 'note' }, [
    h('p', { className: ['anmerkung__label'] }, 'Anmerkung der Analyse'),
    h('p', { className: ['anmerkung__text'] }, String(check.note ?? '')),
    h('p', { className: ['anmerkung__meta'] }, meta),
    sources.length
      ? h(
          'ul',
          { className: ['anmerkung__quellen'], ariaLabel: 'Quellen' },
          sources.map((s) =>
            h('li', [
              isWebUrl(s.url)
                ? h('a', { href: s.url, rel: ['noopener', 'noreferrer', 'external'] }, String(s.title ?? s.url))
                : String(s.title ?? ''),
            ]),
          ),
        )
      : h('p', { className: ['anmerkung__meta'] }, 'Ohne Quelle'),
  ]);
}

export default function rehypeFactChecks() {
  return (tree: Root, file: VFile) => {
    const checks = arrayField(frontmatterOf(file), 'factChecks').filter(
      (c) => typeof c.id === 'string' && typeof c.evidence === 'string',
    );
    if (!checks.length) return;
    const paragraphs = tree.children.filter((n): n is Element => n.type === 'element' && n.tagName === 'p');
    const after = new Map<Element, Element[]>();
    for (const check of checks) {
      const paragraph = paragraphs.find((p) => findQuote(toString(p), check.evidence as string));
      if (!paragraph) continue; // reported by the integrity check with file and field
      after.set(paragraph, [...(after.get(paragraph) ?? []), note(check)]);
    }
    tree.children = tree.children.flatMap((node) =>
      node.type === 'element' && after.has(node) ? [node, { type: 'text', value: '\n' }, ...after.get(node)!] : [node],
    );
  };
}
