/**
 * rehype-fact-checks: sets the notes of the analysis ("Anmerkung der
 * Analyse", frontmatter `factChecks`) at the paragraph the analysis found
 * their quotes in, with their sources and the date of checking. The
 * article's words stay untouched: a note is a separate block, built from
 * text nodes only.
 *
 * The notes of one paragraph stand together in one block right before it
 * (before its ¶ link), as sidenotes do: on wide screens the stylesheet floats
 * the block into the margin, where it starts level with the paragraph and
 * never holds the text back (a block after the paragraph could only start at
 * its end). Each note is a <details> element whose summary names the passage
 * it concerns; it is open in the HTML, and on phones the page's script folds
 * it to that summary.
 */
import { quoted } from '../lib/format/quotes.ts';
import type { Element, ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import type { VFile } from 'vfile';
import type { RenderFactCheck } from '../lib/analysis/render-data.ts';
import { formatDay, isCalendarDate } from '../lib/format/dates.ts';
import { evidenceAnchor } from '../lib/format/evidence.ts';
import { countLabel } from '../lib/format/labels.ts';
import { factCheckAnchor } from '../lib/format/urls.ts';
import { renderDataOf } from './frontmatter.ts';
import { topParagraphs } from './wrap-ranges.ts';

const isWebUrl = (value: unknown): value is string => typeof value === 'string' && /^https?:\/\//i.test(value);

/** The passage in the note's summary: whole up to about eight words, else its start and »…«. */
function passage(quote: string): string {
  const words = quote.trim().split(/\s+/);
  return words.length <= 8 ? words.join(' ') : `${words.slice(0, 6).join(' ')} …`;
}

function note(check: RenderFactCheck): Element {
  const meta: ElementContent[] = [];
  if (isCalendarDate(check.checked))
    meta.push(
      { type: 'text', value: 'Geprüft am ' },
      h('time', { dateTime: check.checked }, formatDay(check.checked, 'medium')),
      { type: 'text', value: ' · ' },
    );
  meta.push(h('a', { href: `#${evidenceAnchor('factCheck', check.id)}` }, 'Zur Stelle im Text'));
  return h('details', { className: ['anmerkung'], id: factCheckAnchor(check.id), open: true }, [
    h('summary', { className: ['anmerkung__summary'] }, [
      h('span', { className: ['anmerkung__label'] }, 'Anmerkung der Analyse'),
      { type: 'text', value: ' ' },
      h('span', { className: ['anmerkung__zu'] }, `zu ${quoted(passage(check.quote))}`),
    ]),
    h('p', { className: ['anmerkung__text'] }, check.note),
    h('p', { className: ['anmerkung__meta'] }, meta),
    check.sources.length
      ? h('details', { className: ['anmerkung__quellen-box'] }, [
          h(
            'summary',
            { className: ['anmerkung__quellen-summary'] },
            countLabel(check.sources.length, 'Quelle', 'Quellen'),
          ),
          h(
            'ul',
            { className: ['anmerkung__quellen'], ariaLabel: 'Quellen' },
            check.sources.map((s) =>
              h('li', [
                isWebUrl(s.url)
                  ? h('a', { href: s.url, rel: ['noopener', 'noreferrer', 'external'] }, s.title)
                  : s.title,
                ...(s.designation
                  ? [
                      { type: 'text' as const, value: ' ' },
                      h('strong', { className: ['sources__designation'] }, s.designation),
                    ]
                  : []),
                ...(s.archive && isWebUrl(s.archive.href)
                  ? [
                      { type: 'text' as const, value: ' (' },
                      h(
                        'a',
                        {
                          href: s.archive.href,
                          className: ['sources__archive', `sources__archive--${s.archive.kind}`],
                          rel: ['noopener', 'noreferrer', 'external'],
                        },
                        s.archive.label,
                      ),
                      { type: 'text' as const, value: ')' },
                    ]
                  : []),
              ]),
            ),
          ),
        ])
      : h('p', { className: ['anmerkung__meta'] }, 'Ohne Quelle'),
  ]);
}

export default function rehypeFactChecks() {
  return (tree: Root, file: VFile) => {
    const { factChecks } = renderDataOf(file);
    if (!factChecks.length) return;
    const paragraphs = topParagraphs(tree);
    const notes = new Map<Element, Element[]>();
    for (const check of factChecks) {
      const paragraph = paragraphs[check.paragraph - 1];
      if (paragraph) notes.set(paragraph, [...(notes.get(paragraph) ?? []), note(check)]);
    }
    const children: Root['children'] = [];
    for (const node of tree.children) {
      const own = node.type === 'element' ? notes.get(node) : undefined;
      if (own) {
        const n = paragraphs.indexOf(node as Element) + 1;
        const block = h(
          'div',
          { className: ['anmerkungen'], role: 'group', ariaLabel: `Anmerkungen zu Absatz ${n}` },
          own,
        );
        const last = children.at(-1);
        const link = last?.type === 'element' && last.tagName === 'a' ? children.pop() : undefined;
        children.push(block, { type: 'text', value: '\n' }, ...(link ? [link] : []));
      }
      children.push(node);
    }
    tree.children = children;
  };
}
