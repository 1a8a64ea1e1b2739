import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { eventPages } from '../../src/lib/event-page.ts';
import { previewSvg, renderPreview } from '../../src/lib/preview-image.ts';
import {
  actorPages,
  placePages,
  previewPages,
  previewSources,
  sitePages,
  type PreviewPage,
} from '../../src/lib/previews.ts';
import { loadArticle } from './helpers.ts';

const { data } = loadArticle();
const articles = [{ slug: 'kasachstan-unklarer-als-gedacht', data }];

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  expect([...png.slice(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

describe('the preview registry', () => {
  const pages = previewPages(articles);

  it('has the site pages, the article and every event, each once', () => {
    const paths = pages.map((p) => p.path);
    expect(paths).toEqual(expect.arrayContaining(['', 'artikel/', 'zeitleiste/', '404.html']));
    expect(paths).toContain('artikel/kasachstan-unklarer-als-gedacht/');
    for (const event of data.events) expect(paths).toContain(`ereignisse/${event.id}/`);
    expect(new Set(paths).size).toBe(paths.length);
  });

  it('shows the date and place of an event', () => {
    const event = pages.find((p) => p.path === 'ereignisse/tokajew-kuendigt-abzug-an/')!;
    expect(event).toMatchObject({ kind: 'event', title: 'Tokajew kündigt den Abzug der Friedenstruppe an' });
    expect(event.detail).toBe('Dienstag, 11. Januar 2022, morgens · Nur-Sultan · berichtet');
  });

  it('takes a new kind of page with one more source, and refuses a path registered twice', () => {
    const extra = () => [{ path: 'karte/', kind: 'map' as const, title: 'Karte' }];
    expect(previewPages(articles, [sitePages, extra]).map((p) => p.path)).toContain('karte/');
    expect(() => previewPages(articles, [sitePages, sitePages])).toThrow('the page "" is registered twice');
  });

  it('has ready sources for the entity pages, with where a place is and who an actor is', () => {
    const places = placePages(articles);
    expect(places).toHaveLength(data.places.length);
    expect(places.find((p) => p.path === 'orte/almaty/')).toEqual({
      path: 'orte/almaty/',
      kind: 'place',
      title: 'Almaty',
      detail: 'Stadt · 43,2381° N, 76,9453° O, Umkreis ca. 15\u00a0km',
    });
    const tokajew = actorPages(articles).find((p) => p.path === 'akteure/tokajew/')!;
    expect(tokajew.detail).toBe('Person · Präsident der Republik Kasachstan');
    // The same place in two articles gets one page.
    expect(placePages([...articles, { slug: 'b', data }])).toHaveLength(data.places.length);
    expect(previewSources).toEqual(expect.arrayContaining([placePages, actorPages]));
    expect(() => previewPages(articles)).not.toThrow();
  });

  it('matches the event pages one to one', () => {
    const eventPaths = eventPages(articles, 'https://example.org', '/').map((p) => `ereignisse/${p.event.id}/`);
    expect(pages.filter((p) => p.kind === 'event').map((p) => p.path)).toEqual(eventPaths);
  });
});

describe('the preview image', () => {
  const page: PreviewPage = { path: 'ereignisse/x/', kind: 'event', title: 'Ein Ereignis', detail: '11. Januar 2022' };

  it('is a 1200×630 PNG, the same bytes every time', async () => {
    const a = await renderPreview(page);
    const b = await renderPreview(page);
    expect(pngSize(a)).toEqual({ width: 1200, height: 630 });
    expect(createHash('sha256').update(a).digest('hex')).toBe(createHash('sha256').update(b).digest('hex'));
  });

  it('differs between pages', async () => {
    const a = await renderPreview(page);
    const b = await renderPreview({ ...page, title: 'Ein anderes Ereignis' });
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(false);
  });

  it('draws Cyrillic with Kazakh letters, Greek and German typography with the bundled font', async () => {
    for (const title of [
      'Қасым-Жомарт Тоқаев: ӘӨҮҰҺІҒҢ әөүұһіғң',
      'Касым-Жомарт Токаев',
      'Ελλάδα',
      '„Grüße“ »ß« – …',
    ]) {
      await expect(previewSvg({ ...page, title })).resolves.toContain('<svg');
    }
  });

  it('stops the build for text the bundled font cannot draw, instead of empty boxes', async () => {
    await expect(previewSvg({ ...page, title: 'Tokio 東京' })).rejects.toThrow(
      'preview image of "ereignisse/x/": no bundled font draws "東京"',
    );
  });
});
