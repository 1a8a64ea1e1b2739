/** Corrections in the open: the site-wide list and its Atom feed, on a synthetic corpus. */
import { describe, expect, it } from 'vitest';
import { allCorrections, correctionsAtom } from '../../src/lib/views/corrections.ts';
import { articleView } from '../../src/lib/views/article.ts';
import { locatorFor, testCorpus, TEST_SOURCE } from './helpers.ts';

const { articles } = testCorpus({
  articles: [
    {
      slug: 'alt',
      data: {
        published: '2022-01-10',
        corrections: [{ date: '2022-02-01', wrong: 'A war falsch.', right: 'B ist richtig.', sources: [TEST_SOURCE] }],
      },
      body: 'Text.\n',
    },
    {
      slug: 'neu',
      data: {
        published: '2022-01-20',
        updated: '2022-01-25',
        corrections: [
          { date: '2022-01-22', wrong: 'C <b>war</b> falsch.', right: 'D ist richtig.' },
          { date: '2022-03-01', wrong: 'E war falsch.', right: 'F ist richtig.' },
        ],
      },
      body: 'Text.\n',
    },
  ],
});

describe('corrections', () => {
  it('lists every correction of every article, newest first, each naming its article', () => {
    expect(allCorrections(articles).map((c) => [c.date, c.article.slug, c.wrong])).toEqual([
      ['2022-03-01', 'neu', 'E war falsch.'],
      ['2022-02-01', 'alt', 'A war falsch.'],
      ['2022-01-22', 'neu', 'C <b>war</b> falsch.'],
    ]);
    expect(allCorrections(articles)[1]).toMatchObject({
      label: '1. Februar 2022',
      article: { path: 'artikel/alt/#korrekturen' },
      sources: [{ id: TEST_SOURCE }],
    });
  });

  it('dates the article’s last change by its newest correction', () => {
    const neu = articles.find((a) => a.slug === 'neu')!;
    expect(neu.data.updated).toBe('2022-03-01');
    const view = articleView(neu, locatorFor(articles));
    expect(view.updated).toEqual({ datetime: '2022-03-01', label: '1. März 2022' });
    expect(view.corrections.map((c) => c.date)).toEqual(['2022-03-01', '2022-01-22']);
  });

  it('writes an Atom feed with absolute links, escaped text and the newest date', () => {
    const atom = correctionsAtom(allCorrections(articles), 'https://example.org/', '/lagebild/');
    expect(atom).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
    expect(atom).toContain('<updated>2022-03-01T00:00:00.000Z</updated>');
    expect(atom).toContain('https://example.org/lagebild/artikel/alt/#korrekturen');
    // Text, not markup: the summary is typed HTML, so the content's "<b>" arrives escaped.
    expect(atom).not.toContain('<b>war</b>');
    expect(atom).toContain('C &lt;b&gt;war&lt;/b&gt; falsch.');
    expect(atom.match(/<entry>/g)).toHaveLength(3);
    expect(correctionsAtom(allCorrections(articles), 'https://example.org/', '/lagebild/')).toBe(atom);
  });
});

describe('corrections in a large archive', () => {
  // Sixty corrections of one article, one a day from 1 January 2023.
  const many = testCorpus({
    articles: [
      {
        slug: 'lang',
        data: {
          published: '2022-12-01',
          corrections: Array.from({ length: 60 }, (_, i) => ({
            date: `2023-${String(1 + Math.floor(i / 28)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
            wrong: `Fehler ${i + 1}.`,
            right: `Richtig ${i + 1}.`,
          })),
        },
        body: 'Text.\n',
      },
    ],
  }).articles;

  it('gives the feed only the newest fifty corrections', () => {
    const atom = correctionsAtom(allCorrections(many), 'https://example.org/', '/');
    expect(atom.match(/<entry>/g)).toHaveLength(50);
    expect(atom).toContain('Fehler 60.');
    expect(atom).not.toContain('Fehler 10.');
  });
});
