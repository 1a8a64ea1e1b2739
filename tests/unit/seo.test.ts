import { describe, expect, it } from 'vitest';
import {
  articleSeo,
  eventJsonLd,
  fullTitle,
  headMeta,
  placeGeo,
  scriptJson,
  serializeJsonLd,
  type Head,
} from '../../src/lib/publish/seo.ts';
import { hasOwnPreview, previewImagePath, siteUrl } from '../../src/lib/format/urls.ts';
import { actor, place, testCorpus } from './helpers.ts';

/** A small article published in a month, naming actors (with and without Wikidata) and places. */
const corpus = testCorpus({
  actors: {
    tokajew: actor('Kassym-Schomart Tokajew', {
      aliases: ['Tokajew'],
      wikidata: 'Q1000',
      names: [
        { lang: 'ru', name: 'Касым-Жомарт Токаев' },
        { lang: 'kk', name: 'Қасым-Жомарт Тоқаев' },
      ],
    }),
    ovks: actor('OVKS', { kind: 'organisation', wikidata: 'Q2000' }),
    sprecher: actor('Ein Sprecher'),
  },
  places: {
    almaty: place('Almaty', { coordinates: [43.2, 76.9], geoPrecision: 2, radiusKm: 15, wikidata: 'Q3000' }),
    bahnhof: place('Bahnhof Almaty-1', { kind: 'transport', coordinates: [43.34, 76.95], geoPrecision: 1 }),
  },
  articles: [
    {
      slug: 'seo',
      data: {
        title: 'Ein Artikel über Almaty',
        dek: 'Was Tokajew sagte.',
        published: '2022-01',
        updated: '2022-02-01',
        source: { outlet: 'Testzeitung', author: 'Anna Autorin', url: 'https://example.org/original' },
        actors: ['tokajew', 'ovks', 'sprecher'],
        places: ['almaty', 'bahnhof'],
      },
      body: 'Tokajew sprach in Almaty, die OVKS schwieg, Ein Sprecher am Bahnhof Almaty-1 auch.',
    },
  ],
});
const { data } = corpus.articles[0]!;
const SITE = 'https://example.org';
const meta = (head: Head, key: string) => head.meta.filter((m) => m.key === key).map((m) => m.content);

describe('URLs below the site and base', () => {
  it('builds absolute URLs for a root and a sub-path deployment', () => {
    expect(siteUrl('artikel/x/', SITE, '/')).toBe('https://example.org/artikel/x/');
    expect(siteUrl('artikel/x/', SITE, '/lagebild/')).toBe('https://example.org/lagebild/artikel/x/');
    expect(siteUrl('', `${SITE}/`, '/lagebild')).toBe('https://example.org/lagebild/');
  });

  it('gives a page its own preview image path', () => {
    expect(previewImagePath('')).toBe('og/startseite.png');
    expect(previewImagePath('artikel/')).toBe('og/artikel.png');
    expect(previewImagePath('artikel/x/')).toBe('og/artikel/x.png');
    expect(previewImagePath('akteure/y/')).toBe('og/akteure/y.png');
    expect(previewImagePath('404.html')).toBe('og/404.png');
  });

  it('lets the pages that belong to another share its image', () => {
    // An article's own timeline and map show its title: the article's image.
    expect(previewImagePath('zeitleiste/x/')).toBe('og/artikel/x.png');
    expect(previewImagePath('/karte/x/')).toBe('og/artikel/x.png');
    // A timeline month (and its continuation) and an event page: the timeline's.
    expect(previewImagePath('zeitleiste/2022-01/')).toBe('og/zeitleiste.png');
    expect(previewImagePath('zeitleiste/2022-01/3/')).toBe('og/zeitleiste.png');
    expect(previewImagePath('ereignisse/y/')).toBe('og/zeitleiste.png');
    expect(hasOwnPreview('ereignisse/y/')).toBe(false);
    expect(hasOwnPreview('karte/')).toBe(true);
  });

  it('describes a shared image without another page’s title, and keeps each page’s own title', () => {
    const head = headMeta({
      title: 'Abzug beginnt',
      description: 'Am 13. Januar.',
      path: 'ereignisse/abzug-beginn/',
      kind: 'event',
      site: SITE,
      base: '/',
    });
    expect(meta(head, 'og:title')).toEqual(['Abzug beginnt']);
    expect(meta(head, 'og:image')).toEqual(['https://example.org/og/zeitleiste.png']);
    expect(meta(head, 'og:image:alt')).toEqual(['Vorschaubild von Lagebild']);
  });
});

describe('head metadata', () => {
  const head = headMeta({
    title: 'Zeitleiste',
    description: 'Alle Ereignisse.',
    path: 'zeitleiste/',
    kind: 'timeline',
    site: SITE,
    base: '/lagebild/',
  });

  it('has title, canonical, Open Graph and Twitter tags under the base', () => {
    expect(head.title).toBe('Zeitleiste – Lagebild');
    expect(head.canonical).toBe('https://example.org/lagebild/zeitleiste/');
    expect(meta(head, 'og:url')).toEqual([head.canonical]);
    expect(meta(head, 'og:type')).toEqual(['website']);
    expect(meta(head, 'og:locale')).toEqual(['de_DE']);
    expect(meta(head, 'og:image')).toEqual(['https://example.org/lagebild/og/zeitleiste.png']);
    expect(meta(head, 'og:image:width')).toEqual(['1200']);
    expect(meta(head, 'og:image:height')).toEqual(['630']);
    expect(meta(head, 'twitter:card')).toEqual(['summary_large_image']);
    expect(meta(head, 'twitter:image')).toEqual(meta(head, 'og:image'));
    expect(meta(head, 'article:published_time')).toEqual([]);
    expect(head.meta.filter((m) => m.key.startsWith('og:')).every((m) => m.attribute === 'property')).toBe(true);
    expect(head.meta.filter((m) => m.key.startsWith('twitter:')).every((m) => m.attribute === 'name')).toBe(true);
  });

  it('gives a page without its own structured data a schema.org page type', () => {
    expect(JSON.parse(head.jsonLd)).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'CollectionPage',
      url: head.canonical,
    });
  });

  it('keeps the home page title short, and every title within 70 characters', () => {
    expect(fullTitle('Lagebild')).toBe('Lagebild');
    const long = 'Widersprüchliche Angaben über die Wiedereröffnung des Flughafens Almaty';
    expect(fullTitle(long)).toBe('Widersprüchliche Angaben über die Wiedereröffnung des… – Lagebild');
    expect(fullTitle(long).length).toBeLessThanOrEqual(70);
    expect(fullTitle('x'.repeat(100)).length).toBeLessThanOrEqual(70);
  });

  it('escapes "<" in JSON-LD so that no text can end the script element', () => {
    const json = serializeJsonLd({ '@type': 'Thing', name: '</script><script>alert(1)</script>' });
    expect(json).not.toContain('<');
    expect(JSON.parse(json).name).toBe('</script><script>alert(1)</script>');
  });

  it('escapes "<" in the data a script of the page reads (the days of the map), which parse back unchanged', () => {
    const days = [{ summary: 'Stand: </script><img src=x onerror=alert(1)>' }];
    const json = scriptJson(days);
    expect(json).not.toContain('<');
    expect(JSON.parse(json)).toEqual(days);
  });
});

describe('the article', () => {
  const seo = articleSeo(data, 'seo', SITE, '/');
  const head = headMeta({
    ...seo,
    title: data.title,
    description: data.dek,
    path: 'artikel/x/',
    site: SITE,
    base: '/',
  });
  const ld = seo.jsonLd as Record<string, any>;

  it('is an article with the publication date as precise as the content knows it', () => {
    expect(corpus.problems).toEqual(new Map());
    expect(meta(head, 'og:type')).toEqual(['article']);
    expect(meta(head, 'article:published_time')).toEqual(['2022-01']);
    expect(meta(head, 'article:modified_time')).toEqual(['2022-02-01']);
    expect(ld['datePublished']).toBe('2022-01');
    expect(ld['dateModified']).toBe('2022-02-01');
    const day = articleSeo({ ...data, published: '2022-01-13' }, 'seo', SITE, '/');
    expect(
      headMeta({ ...day, title: 'T', description: 'D', path: 'artikel/seo/', site: SITE, base: '/' }).meta,
    ).toContainEqual({ attribute: 'property', key: 'article:published_time', content: '2022-01-13' });
  });

  it('is a NewsArticle with places and the actors it mentions, Wikidata where known', () => {
    expect(ld['@type']).toBe('NewsArticle');
    expect(ld['headline']).toBe(data.title);
    expect(ld['url']).toBe('https://example.org/artikel/seo/');
    expect(ld['image']).toBe('https://example.org/og/artikel/seo.png');
    expect(ld['author']).toEqual({ '@type': 'Person', name: 'Anna Autorin' });
    expect(ld['sourceOrganization']).toEqual({ '@type': 'NewsMediaOrganization', name: 'Testzeitung' });
    expect(ld['isBasedOn']).toBe('https://example.org/original');
    const places = ld['contentLocation'] as Record<string, any>[];
    expect(places).toHaveLength(data.places.length);
    expect(places).toContainEqual({
      '@type': 'Place',
      name: 'Almaty',
      geo: placeGeo({ coordinates: [43.2, 76.9], geometry: { kind: 'circle', radiusKm: 15 } }),
      sameAs: 'https://www.wikidata.org/wiki/Q3000',
    });
    expect(places.find((p) => p['name'] === 'Bahnhof Almaty-1')!['geo']['@type']).toBe('GeoCoordinates');
    const mentions = ld['mentions'] as Record<string, any>[];
    expect(mentions).toHaveLength(data.actors.length);
    expect(mentions.filter((m) => m['sameAs'])).toHaveLength(2);
    expect(mentions.find((m) => m['name'] === 'OVKS')!['@type']).toBe('Organization');
    expect(mentions.find((m) => m['name'] === 'Ein Sprecher')).toEqual({ '@type': 'Person', name: 'Ein Sprecher' });
    const withWikidata = data.actors.filter((a) => a.wikidata);
    for (const actor of withWikidata) {
      expect(mentions).toContainEqual(
        expect.objectContaining({ name: actor.name, sameAs: `https://www.wikidata.org/wiki/${actor.wikidata}` }),
      );
    }
    const tokajew = mentions.find((m) => m['name'] === 'Kassym-Schomart Tokajew')!;
    expect(tokajew['@type']).toBe('Person');
    expect(tokajew['alternateName']).toContain('Қасым-Жомарт Тоқаев');
  });
});

describe('geo as precise as the content', () => {
  it('is a point for an exact site and a circle for a town or region', () => {
    expect(placeGeo({ coordinates: [51.2, 71.4], geometry: { kind: 'point' } })).toEqual({
      '@type': 'GeoCoordinates',
      latitude: 51.2,
      longitude: 71.4,
    });
    expect(placeGeo({ coordinates: [43.2, 76.9], geometry: { kind: 'circle', radiusKm: 15 } })).toEqual({
      '@type': 'GeoCircle',
      geoMidpoint: { '@type': 'GeoCoordinates', latitude: 43.2, longitude: 76.9 },
      geoRadius: 15000,
    });
    // A country drawn as its outline: no midpoint that would look like a location.
    expect(placeGeo({ coordinates: [48, 68], geometry: { kind: 'outline', of: 'country' } })).toBeUndefined();
  });

  it('puts an event at its places', () => {
    const almaty = data.places.find((p) => p.id === 'almaty')!;
    const ld = eventJsonLd(
      { title: 'T', description: 'D', start: '2022-01-11', end: '2022-01-11', places: [almaty] },
      { page: 'p', image: 'i', article: 'a', articleTitle: 'A' },
    );
    expect(ld).toMatchObject({
      '@type': 'Event',
      startDate: '2022-01-11',
      location: { '@type': 'Place', name: 'Almaty' },
    });
  });
});
