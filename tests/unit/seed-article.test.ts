/**
 * The first article as content: its text is the seed's, complete, and its
 * analysis passes every check against the registries. (The model itself is
 * tested on synthetic inputs; this file checks the real content only.)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCorpus } from '../../src/lib/analysis/corpus.ts';
import { readContent } from '../../src/lib/analysis/read-content.ts';
import { ROOT } from './helpers.ts';

const SLUG = 'kasachstan-unklarer-als-gedacht';
const normalize = (text: string) => text.replace(/\s+/g, ' ').trim();

// The seed text as the newsroom delivered it (first line: date, credit, caption).
const seed = readFileSync(join(ROOT, 'tests', 'fixtures', 'seed-000.txt'), 'utf8');
const [seedMeta, ...seedLines] = seed.split('\n');
const seedParagraphs = seedLines
  .join('\n')
  .split(/\n\s*\n/)
  .map(normalize)
  .filter(Boolean);

const content = readContent(join(ROOT, 'content'), ROOT);
const article = content.articles.find((a) => a.slug === SLUG)!;
const resolved = createCorpus([article], content.registries).articles[0]!.resolved;

describe('the seed article', () => {
  it('holds the seed text word for word, every paragraph, nothing added', () => {
    expect(article.analysis.paragraphs.map((p) => normalize(p.text))).toEqual(seedParagraphs);
  });

  it('keeps the seed metadata in the frontmatter: date, credit, caption', () => {
    expect(seedMeta).toContain(article.data.published);
    expect(seedMeta).toContain(article.data.photo!.credit);
    expect(seedMeta).toContain(article.data.photo!.caption);
    expect(seedMeta).toContain('11.1.2022');
    expect(article.data.photo!.date).toBe('2022-01-11');
  });

  it('passes every check against the registries', () => {
    expect(article.problems).toEqual([]);
  });

  it('has every guarded site of the list, each with a source and its words in the text', () => {
    const guarded = resolved.places.filter((p) => p.guarded);
    expect(guarded.length).toBe(15);
    for (const place of guarded) {
      expect(place.sources.length, place.id).toBeGreaterThan(0);
      expect(place.evidence, place.id).toBeDefined();
    }
    // The text does not say which airfield in the south is meant: only a region.
    expect(resolved.places.find((p) => p.id === 'militaerflugplatz-sueden')!.geoPrecision).toBe(3);
  });

  it('resolves the relative dates against the reference date', () => {
    const dates = new Map(article.analysis.dates.map((d) => [d.event, d.resolved]));
    expect(article.data.referenceDate.date).toBe('2022-01-12');
    expect(dates.get('festnahmen-almaty')).toBe('2022-01-11'); // »am Dienstag«
    expect(dates.get('evakuierungsfluege-mittwoch')).toBe('2022-01-12'); // »für Mittwoch«
    expect(dates.get('abzug-beginn')).toBe('2022-01-13'); // »diesen Donnerstag«
    expect(dates.get('ausnahmezustand-ende')).toBe('2022-01-19'); // »bis zum 19. Januar«
    expect(dates.get('serdjukow-dementi')).toBe('2022-01-11'); // »am Abend des Tages« (Tokajews Dienstag)
  });
});
