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
 * its end). The block is one <details> element per paragraph, however many
 * notes it holds: its summary names the one passage or counts the notes, so a
 * phone shows one fold before the paragraph, not a row of them. It is open in
 * the HTML; on phones the page's script folds it to its summary. Each note
 * inside names the passage it concerns.
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
  // Link labels and summaries stay out of the search index (data-pagefind-ignore): they are not the page's content.
  meta.push(
    h('a', { href: `#${evidenceAnchor('factCheck', check.id)}`, dataPagefindIgnore: '' }, 'Zur Stelle im Text'),
  );
  return h('section', { className: ['anmerkung'], id: factCheckAnchor(check.id) }, [
    h('p', { className: ['anmerkung__kopf'] }, [
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
                      h('span', { dataPagefindIgnore: '' }, [
                        ' (',
                        h(
                          'a',
                          {
                            href: s.archive.href,
                            className: ['sources__archive', `sources__archive--${s.archive.kind}`],
                            rel: ['noopener', 'noreferrer', 'external'],
                          },
                          s.archive.label,
                        ),
                        ')',
                      ]),
                    ]
                  : []),
              ]),
            ),
          ),
        ])
      : h('p', { className: ['anmerkung__meta'] }, 'Ohne Quelle'),
  ]);
}

/** The fold's summary: the one note's passage, or how many notes the paragraph has. */
function summary(checks: RenderFactCheck[]): ElementContent[] {
  if (checks.length === 1)
    return [
      h('span', { className: ['anmerkung__label'] }, 'Anmerkung der Analyse'),
      { type: 'text', value: ' ' },
      h('span', { className: ['anmerkung__zu'] }, `zu ${quoted(passage(checks[0]!.quote))}`),
    ];
  return [
    h('span', { className: ['anmerkung__label'] }, `${checks.length} Anmerkungen der Analyse`),
    { type: 'text', value: ' zu diesem Absatz' },
  ];
}

export default function rehypeFactChecks() {
  return (tree: Root, file: VFile) => {
    const { factChecks } = renderDataOf(file);
    if (!factChecks.length) return;
    const paragraphs = topParagraphs(tree);
    const checks = new Map<Element, RenderFactCheck[]>();
    for (const check of factChecks) {
      const paragraph = paragraphs[check.paragraph - 1];
      if (paragraph) checks.set(paragraph, [...(checks.get(paragraph) ?? []), check]);
    }
    const children: Root['children'] = [];
    for (const node of tree.children) {
      const own = node.type === 'element' ? checks.get(node) : undefined;
      if (own) {
        const n = paragraphs.indexOf(node as Element) + 1;
        // Named for its paragraph: beside the text, where the summary is hidden, the group keeps a name.
        const block = h(
          'details',
          { className: ['anmerkungen'], open: true, ariaLabel: `Anmerkungen zu Absatz ${n}` },
          [
            h('summary', { className: ['anmerkungen__summary'], dataPagefindIgnore: '' }, summary(own)),
            ...own.map(note),
          ],
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
