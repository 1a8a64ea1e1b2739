/**
 * The map page in the browser: Leaflet over the table of places, filters,
 * deep links, keyboard use, text-only popups, a switch of colour scheme, the
 * page without JavaScript, and nothing loaded from other hosts.
 */
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readContent } from '../../src/lib/analysis/read-content.ts';
import type { LiveMapData } from '../../src/lib/map/geo.ts';
import { axeViolations, launch, openPage, url } from './browser.ts';
import { ROOT } from './build.ts';
import { exportedEvents } from './exported-events.ts';

const MAP = 'karte/';
const EVIL = '<img src=x onerror=alert(1)>';

let browser: Browser;
beforeAll(async () => (browser = await launch()));
afterAll(async () => browser?.close());

/**
 * What the content says, whatever it holds: the places any article lists
 * among the guarded sites, and the registered transport places (the map shows
 * every place some article names, and only those).
 */
const content = readContent(join(ROOT, 'content'), ROOT);
const guardedIds = new Set(
  content.articles.flatMap((a) => a.data.places.flatMap((p) => (typeof p === 'object' && p.guarded ? [p.id] : []))),
);
const transportIds = new Set(
  [...content.registries.places.values()].filter((p) => p.data.kind === 'transport').map((p) => p.id),
);
const guardedLabel = () => `Nur die ${guardedIds.size} bewachten Objekte`;

async function ready(page: Page): Promise<void> {
  await page.waitForSelector('[data-live-map][data-ready="true"]');
  await page.waitForSelector('.leaflet-overlay-pane path.basemap-focus, .basemap-focus');
}

/** The titles of the open popups (a closing popup fades out before it leaves the DOM). */
const popupTitles = (page: Page) => page.locator('.leaflet-popup h2').allTextContents();

const markers = (page: Page) => page.locator('.leaflet-marker-pane .place-marker');
const visibleRows = (page: Page) =>
  page.locator('.place-row').evaluateAll((rows) => rows.filter((r) => (r as HTMLElement).offsetParent !== null).length);

describe('the map page', () => {
  it('has one marker per table row, in the table order, with unique names; all from this server', async () => {
    const { context, page, problems } = await openPage(browser);
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(url(MAP));
    await ready(page);
    const rows = await page.locator('.place-row').evaluateAll((r) => r.map((x) => x.getAttribute('data-place')));
    const marks = await markers(page).evaluateAll((m) => m.map((x) => x.getAttribute('data-place')));
    expect(rows).toEqual(expect.arrayContaining([...guardedIds]));
    expect(marks).toEqual(rows);
    const names = await markers(page).evaluateAll((m) => m.map((x) => x.getAttribute('aria-label')));
    expect(new Set(names).size).toBe(rows.length);
    await expect(markers(page).first().getAttribute('tabindex')).resolves.toBe('0');
    // Areas for vague places, none for exact ones.
    await expect(page.locator('path.place-area').count()).resolves.toBe(
      await page
        .locator('.place-row')
        .evaluateAll((r) => r.filter((x) => !x.textContent!.includes('genauer Ort')).length),
    );
    await expect(page.locator('.static-map').isVisible()).resolves.toBe(false);
    const origin = new URL(url('')).origin;
    expect(requests.every((r) => r.startsWith(origin) || r.startsWith('data:'))).toBe(true);
    expect(requests.some((r) => r.endsWith('/daten/basiskarte.json'))).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('filters by category and to the guarded sites, on the map and in the table', async () => {
    const { context, page, problems } = await openPage(browser);
    await page.goto(url(MAP));
    await ready(page);
    const all = await markers(page).evaluateAll((m) => m.map((x) => x.getAttribute('data-place')!));
    const transport = all.filter((id) => transportIds.has(id)).length;
    expect(transport).toBeGreaterThan(0);
    await page.getByLabel(`Verkehr (${transport})`).uncheck();
    await expect(markers(page).count()).resolves.toBe(all.length - transport);
    await expect(visibleRows(page)).resolves.toBe(all.length - transport);
    await page.getByLabel(`Verkehr (${transport})`).check();
    await page.getByLabel(guardedLabel()).check();
    await expect(markers(page).evaluateAll((m) => m.map((x) => x.getAttribute('data-place')!).sort())).resolves.toEqual(
      [...guardedIds].sort(),
    );
    await expect(visibleRows(page)).resolves.toBe(guardedIds.size);
    await expect(page.locator('.place-marker:not(.place-marker--guarded)').count()).resolves.toBe(0);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('opens a deep link #ort-<id> at its popup, focuses its marker and highlights its row', async () => {
    const { context, page, problems } = await openPage(browser, { width: 390, height: 800 });
    await page.goto(url(`${MAP}#ort-hafen-aktau`));
    await ready(page);
    await expect.poll(() => popupTitles(page)).toEqual(['Hafen Aktau']);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-place')))
      .toBe('hafen-aktau');
    await expect.poll(() => page.locator('#ort-hafen-aktau').getAttribute('class')).toContain('is-selected');
    await expect(page.locator('.leaflet-popup').textContent()).resolves.toContain('Umkreis ca. 5\u00a0km');
    // Opening another place (from its row in the table) updates the address.
    await page.locator('#ort-bahnhof-almaty-1 .place-row__link').click();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#ort-bahnhof-almaty-1');
    await expect.poll(() => popupTitles(page)).toEqual(['Bahnhof Almaty-1']);
    await expect
      .poll(() => page.locator('.place-marker.is-selected').getAttribute('data-place'))
      .toBe('bahnhof-almaty-1');
    await expect.poll(() => page.locator('#ort-hafen-aktau').getAttribute('class')).not.toContain('is-selected');
    // Clicking a marker opens its popup and updates the address, too.
    await page.locator('.place-marker[data-place="zentralmarkt-almaty"]').click();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#ort-zentralmarkt-almaty');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('works with the keyboard: Tab in table order, Enter opens, Escape returns to the marker', async () => {
    const { context, page, problems } = await openPage(browser);
    await page.goto(url(MAP));
    await ready(page);
    const order = await markers(page).evaluateAll((m) => m.map((x) => x.getAttribute('data-place')!));
    await page.locator(`.place-marker[data-place="${order[0]}"]`).focus();
    for (const id of order.slice(1, 6)) {
      await page.keyboard.press('Tab');
      await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-place'))).toBe(id);
    }
    await page.keyboard.press('Enter');
    await page.waitForSelector('.leaflet-popup');
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('.leaflet-popup') !== null)).toBe(true);
    await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#ort-${order[5]}`);
    await page.keyboard.press('Tab');
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('A');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.leaflet-popup').count()).toBe(0);
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-place'))).toBe(order[5]);
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('');
    // The skip link passes the map.
    await page.locator('.skip-map').focus();
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('orte-tabelle');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('shows a place named like HTML as text (no element, no script)', async () => {
    const { context, page, problems } = await openPage(browser);
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    // The map's data file, as a host might serve it if a place's name were HTML.
    await page.route(url(`${MAP}orte.json`), async (route) => {
      const response = await route.fetch();
      const json = (await response.text()).replace('"name":"Bahnhof Almaty-1"', `"name":${JSON.stringify(EVIL)}`);
      expect(json).toContain('onerror');
      await route.fulfill({ response, body: json });
    });
    await page.goto(url(`${MAP}#ort-bahnhof-almaty-1`));
    await ready(page);
    const popup = page.locator('.leaflet-popup');
    await expect(popup.locator('h2').textContent()).resolves.toBe(EVIL);
    await expect(popup.locator('img').count()).resolves.toBe(0);
    await expect(page.locator('.leaflet-marker-pane img').count()).resolves.toBe(0);
    await expect(
      page.locator('.place-marker[data-place="bahnhof-almaty-1"]').getAttribute('aria-label'),
    ).resolves.toContain(EVIL);
    await page.waitForTimeout(200);
    expect(dialogs).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('without JavaScript shows the table, the static map and working filters', async () => {
    const { context, page, problems } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(url(`${MAP}#ort-fruehwarnstation`));
    const rows = await page.locator('.place-row').count();
    expect(rows).toBeGreaterThan(guardedIds.size);
    await expect(page.locator('.static-map').isVisible()).resolves.toBe(true);
    await expect(page.locator('[data-live-map]').isVisible()).resolves.toBe(false);
    await expect(page.locator('.static-map__marker').count()).resolves.toBe(rows);
    // The same Lupes as the interactive map.
    await expect(page.locator('.static-map .lupe__title').allTextContents()).resolves.toEqual(
      expect.arrayContaining(['Almaty', 'Nur-Sultan']),
    );
    await expect(page.locator('#ort-fruehwarnstation').evaluate((el) => el.matches(':target'))).resolves.toBe(true);
    const row = (await page.locator('#ort-fruehwarnstation').textContent())!.replace(/\s+/g, ' ');
    expect(row).toContain('Frühwarnstation (vermutlich Radarstation Balchasch)');
    expect(row).toContain('Militär');
    expect(row).toContain('46,6031° N, 74,5311° O');
    expect(row).toContain('Umkreis ca. 50 km');
    expect(row).toContain('»eine Frühwarnstation«');
    await expect(page.locator('#ort-fruehwarnstation a[href*="#beleg-ort-fruehwarnstation"]').count()).resolves.toBe(1);
    await page.getByLabel(guardedLabel()).check();
    await expect(visibleRows(page)).resolves.toBe(guardedIds.size);
    await expect(
      page
        .locator('.static-map__marker')
        .evaluateAll((m) => m.filter((x) => getComputedStyle(x).display !== 'none').length),
    ).resolves.toBe(guardedIds.size);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('the static map and the table pass axe (the map script left out)', async () => {
    const { context, page, problems } = await openPage(browser, { width: 390 });
    await page.route(/\/_astro\/.*\.js$/, (route) =>
      route.fulfill({ status: 200, contentType: 'text/javascript', body: '' }),
    );
    await page.goto(url(MAP));
    await expect(page.locator('.static-map').isVisible()).resolves.toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('links the places as GeoJSON: a FeatureCollection with [lng, lat] points', async () => {
    const { context, page } = await openPage(browser);
    await page.goto(url(MAP));
    const href = await page.getByRole('link', { name: 'alle Orte als GeoJSON' }).getAttribute('href');
    const response = await page.request.get(new URL(href!, url(MAP)).href);
    expect(response.status()).toBe(200);
    const geojson = await response.json();
    expect(geojson.type).toBe('FeatureCollection');
    const rows = await page.locator('.place-row').count();
    expect(geojson.features).toHaveLength(rows);
    const almaty = geojson.features.find((f: any) => f.properties.id === 'almaty');
    expect(almaty.geometry).toEqual({ type: 'Point', coordinates: [76.8958, 43.2775] });
    await context.close();
  });

  it('redraws the basemap in the other colour scheme when the reader switches between light and dark', async () => {
    const { context, page, problems } = await openPage(browser, { colorScheme: 'light' });
    await page.goto(url(MAP));
    await ready(page);
    // The sum of a colour's red, green and blue: light land is bright, dark land is not.
    const brightness = (selector: string) =>
      page
        .locator(selector)
        .first()
        .getAttribute('fill')
        .then((fill) => fill!.match(/[0-9a-f]{2}/gi)!.reduce((sum, hex) => sum + parseInt(hex, 16), 0));
    const land = '.live-map path.basemap-land';
    const water = '.leaflet-basemap-pane path:not(.basemap-land):not(.basemap-focus)';
    expect(await brightness(land)).toBeGreaterThan(600);
    expect(await brightness(water)).toBeGreaterThan(600);
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(() => brightness(land)).toBeLessThan(300);
    await expect.poll(() => brightness(water)).toBeLessThan(300);
    await page.emulateMedia({ colorScheme: 'light' });
    await expect.poll(() => brightness(land)).toBeGreaterThan(600);
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('the first view', () => {
  for (const width of [390, 768, 1280]) {
    it(`shows all of Kazakhstan and every guarded site at ${width} px, and comes back with »Gesamtansicht«`, async () => {
      const { context, page, problems } = await openPage(browser, { width, height: 800 });
      await page.goto(url(MAP));
      await ready(page);
      await expect(markers(page).first().isVisible()).resolves.toBe(true);
      // Every guarded site's marker centre inside the map, measured in one go in the page.
      const inside = () =>
        page.evaluate(() => {
          const box = document.querySelector('[data-live-map-canvas]')!.getBoundingClientRect();
          return [...document.querySelectorAll('.leaflet-marker-pane .place-marker--guarded')].every((marker) => {
            const r = marker.getBoundingClientRect();
            const [x, y] = [r.x + r.width / 2, r.y + r.height / 2];
            return x >= box.left && x <= box.right && y >= box.top && y <= box.bottom;
          });
        });
      // Leaflet animates zoom and fitBounds: give it time.
      await expect.poll(inside, { timeout: 5000 }).toBe(true);
      await page.locator('.leaflet-control-zoom-in').click();
      await page.locator('.leaflet-control-zoom-in').click();
      await page.locator('.leaflet-control-zoom-in').click();
      // Let the zoom animation end (Leaflet marks the map with .leaflet-zoom-anim while it runs).
      await page.waitForFunction(() => !document.querySelector('.leaflet-zoom-anim'));
      await page.waitForTimeout(400);
      await expect.poll(inside, { timeout: 5000 }).toBe(false);
      await page.getByRole('button', { name: 'Gesamtansicht' }).click();
      await expect.poll(inside, { timeout: 5000 }).toBe(true);
      expect(problems).toEqual([]);
      await context.close();
    });
  }
});

/** Every marker on the map: its place, box, whether guarded, and whether a point of it can be hit. */
const markerBoxes = (page: Page) =>
  page.evaluate(() => {
    // The whole map in the viewport, so that what covers what can be asked of the page.
    document.querySelector('[data-live-map-canvas]')!.scrollIntoView({ block: 'center', behavior: 'instant' });
    const frame = document.querySelector('[data-live-map-canvas]')!.getBoundingClientRect();
    return {
      frame: { left: frame.left, top: frame.top, right: frame.right, bottom: frame.bottom },
      markers: [...document.querySelectorAll<HTMLElement>('.leaflet-marker-pane .place-marker')].map((m) => {
        const r = m.getBoundingClientRect();
        const hit = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
        return {
          id: m.dataset['place']!,
          guarded: m.classList.contains('place-marker--guarded'),
          box: { left: r.left, top: r.top, right: r.right, bottom: r.bottom, width: r.width, height: r.height },
          onTop: hit === m || m.contains(hit),
        };
      }),
    };
  });

describe('markers apart', () => {
  for (const width of [390, 1280]) {
    it(`at ${width} px shows every guarded site inside the map, each marker at least 24 px, none over another`, async () => {
      const { context, page, problems } = await openPage(browser, { width, height: 800 });
      await page.goto(url(MAP));
      await ready(page);
      const { frame, markers: boxes } = await markerBoxes(page);
      const guarded = boxes.filter((m) => m.guarded);
      expect(guarded.length).toBeGreaterThan(0);
      for (const m of guarded) {
        const { left, top, right, bottom } = m.box;
        expect([
          m.id,
          left >= frame.left && top >= frame.top && right <= frame.right && bottom <= frame.bottom,
        ]).toEqual([m.id, true]);
        // Visible: nothing covers the marker's centre.
        expect([m.id, m.onTop]).toEqual([m.id, true]);
      }
      const visible = boxes.filter(
        (m) =>
          m.box.right > frame.left && m.box.left < frame.right && m.box.bottom > frame.top && m.box.top < frame.bottom,
      );
      for (const m of visible) {
        expect([m.id, m.box.width >= 24 && m.box.height >= 24]).toEqual([m.id, true]);
      }
      const overlapping = visible.flatMap((a, i) =>
        visible
          .slice(i + 1)
          .filter(
            (b) =>
              a.box.left < b.box.right &&
              b.box.left < a.box.right &&
              a.box.top < b.box.bottom &&
              b.box.top < a.box.bottom,
          )
          .map((b) => `${a.id} × ${b.id}`),
      );
      expect(overlapping).toEqual([]);
      // The sites of Almaty and Nur-Sultan are in their Lupes, titled with the city's name.
      await expect(page.locator('.map-overlay .lupe__title').allTextContents()).resolves.toEqual(
        expect.arrayContaining(['Almaty', 'Nur-Sultan']),
      );
      // Each guarded site can be told from the others at a glance: it carries its name, or it is the
      // only one of its category without a name in its Lupe (or on the main map).
      const told = await page.evaluate(() => {
        const lupes = [...document.querySelectorAll('.map-overlay .lupe__box')].map((b) => b.getBoundingClientRect());
        const labelled = new Set(
          [...document.querySelectorAll<SVGTextElement>('.map-overlay .static-map__label')].map(
            (t) => t.dataset['place'],
          ),
        );
        const sites = [...document.querySelectorAll<HTMLElement>('.leaflet-marker-pane .place-marker--guarded')].map(
          (m) => {
            const r = m.getBoundingClientRect();
            const [x, y] = [r.x + r.width / 2, r.y + r.height / 2];
            const lupe = lupes.findIndex((l) => x >= l.left && x <= l.right && y >= l.top && y <= l.bottom);
            const kind = [...m.classList].find((c) => c.startsWith('kind--'));
            return { id: m.dataset['place']!, group: `${lupe}:${kind}`, named: labelled.has(m.dataset['place']) };
          },
        );
        return sites
          .filter((s) => !s.named && sites.some((o) => o.id !== s.id && !o.named && o.group === s.group))
          .map((s) => s.id);
      });
      expect(told).toEqual([]);
      // axe, target size included.
      expect(await axeViolations(page, ['target-size'])).toEqual([]);
      expect(problems).toEqual([]);
      await context.close();
    });
  }

  it('draws the focus ring around the focused marker, which nothing covers', async () => {
    const { context, page, problems } = await openPage(browser, { width: 390, height: 800 });
    await page.goto(url(MAP));
    await ready(page);
    await page.locator('.place-marker[data-place="zentralmarkt-almaty"]').focus();
    const ring = await page.evaluate(() => {
      document.querySelector('[data-live-map-canvas]')!.scrollIntoView({ block: 'center', behavior: 'instant' });
      const marker = document.activeElement as HTMLElement;
      const r = marker.getBoundingClientRect();
      const hit = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
      return {
        id: marker.dataset['place'],
        outline: getComputedStyle(marker).outlineStyle,
        onTop: marker.contains(hit),
      };
    });
    expect(ring).toEqual({ id: 'zentralmarkt-almaty', outline: 'solid', onTop: true });
    expect(problems).toEqual([]);
    await context.close();
  });

  it('draws Kazakhstan and the Caspian Sea as outlines, not as circles', async () => {
    const { context, page, problems } = await openPage(browser);
    await page.goto(url(MAP));
    await ready(page);
    await expect(page.locator('path.place-outline.kind--country').count()).resolves.toBeGreaterThan(0);
    await expect(page.locator('path.place-outline.kind--region').count()).resolves.toBe(1);
    // A circle is a path of two arcs; an outline has many corners.
    const corners = await page.locator('path.place-outline.kind--region').getAttribute('d');
    expect(corners!.split('L').length).toBeGreaterThan(50);
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('the Lupes on a narrow map', () => {
  /** The Lupes' boxes, the country names and Kazakhstan's outline, in the page's pixels. */
  const measure = (page: Page) =>
    page.evaluate(() => {
      document.querySelector('[data-live-map-canvas]')!.scrollIntoView({ block: 'center', behavior: 'instant' });
      const box = (e: Element) => {
        const r = e.getBoundingClientRect();
        return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
      };
      return {
        frame: box(document.querySelector('[data-live-map-canvas]')!),
        lupes: [...document.querySelectorAll('.map-overlay .lupe__box')].map(box),
        names: [...document.querySelectorAll('.country-label')].map((e) => ({ name: e.textContent!, ...box(e) })),
        outline: box(document.querySelector('path.basemap-focus')!),
      };
    });
  type Box = { left: number; top: number; right: number; bottom: number };
  const shared = (a: Box, b: Box) =>
    Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left)) *
    Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top));
  const area = (a: Box) => (a.right - a.left) * (a.bottom - a.top);

  for (const width of [390, 768]) {
    it(`at ${width} px leave every country's name free${width < 600 ? ', and Kazakhstan’s outline' : ''}`, async () => {
      const { context, page, problems } = await openPage(browser, { width, height: 800 });
      await page.goto(url(MAP));
      await ready(page);
      const { frame, lupes, names, outline } = await measure(page);
      expect(lupes).toHaveLength(2);
      const within = (b: Box) =>
        b.left >= frame.left && b.right <= frame.right && b.top >= frame.top && b.bottom <= frame.bottom;
      // Russia's name north of Kazakhstan (on a phone Afghanistan's in the south, too) is on the map, and no
      // Lupe covers any name.
      const shown = names.filter(within).map((n) => n.name.toUpperCase());
      const expected = ['KASACHSTAN', 'RUSSLAND', ...(width < 600 ? ['AFGHANISTAN'] : [])];
      expect(shown).toEqual(expect.arrayContaining(expected));
      const covered = names.filter((n) => within(n) && lupes.some((l) => shared(l, n) > 0)).map((n) => n.name);
      expect(covered).toEqual([]);
      expect(lupes.every(within)).toBe(true);
      if (width < 600) {
        // On a phone the Lupes stand beside the country: at most 3 % of its outline's box lies under them.
        const under = lupes.reduce((sum, l) => sum + shared(l, outline), 0);
        expect(Math.round((under / area(outline)) * 100)).toBeLessThanOrEqual(3);
        // A site in a Lupe opens with a tap and stays in view above the sheet: the lowest, where the sheet opens.
        const site = await page.evaluate(() => {
          const boxes = [...document.querySelectorAll('.map-overlay .lupe__box')].map((b) => b.getBoundingClientRect());
          const inLupes = [
            ...document.querySelectorAll<HTMLElement>('.leaflet-marker-pane .place-marker--guarded'),
          ].filter((m) => {
            const r = m.getBoundingClientRect();
            return boxes.some((b) => r.left >= b.left && r.right <= b.right && r.top >= b.top && r.bottom <= b.bottom);
          });
          const bottom = (m: HTMLElement) => m.getBoundingClientRect().bottom;
          return inLupes.sort((a, b) => bottom(b) - bottom(a))[0]?.dataset['place'];
        });
        expect(site).toBeDefined();
        await page.locator(`.place-marker[data-place="${site}"]`).click();
        await expect.poll(() => page.locator('.leaflet-popup').count()).toBe(1);
        const seen = () =>
          page.evaluate((id) => {
            const r = document.querySelector(`.place-marker[data-place="${id}"]`)!.getBoundingClientRect();
            const hit = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
            return hit?.closest<HTMLElement>('.place-marker')?.dataset['place'] === id;
          }, site!);
        // (Once the map has settled: Leaflet pans it back, animated, where its bounds do not allow the pan.)
        await page.waitForTimeout(600);
        expect(await seen()).toBe(true);
      }
      expect(problems).toEqual([]);
      await context.close();
    });
  }
});

describe('a deep link', () => {
  for (const width of [390, 1280]) {
    it(`at ${width} px opens #ort-flughafen-almaty with its popup and its marker in view`, async () => {
      const { context, page, problems } = await openPage(browser, { width, height: 800 });
      await page.goto(url(`${MAP}#ort-flughafen-almaty`));
      await ready(page);
      await expect.poll(() => popupTitles(page)).toEqual(['Flughafen Almaty']);
      // (The page scrolls the map into view smoothly: ask again until it has arrived.)
      const inView = () =>
        page.evaluate(() => {
          const frame = document.querySelector('[data-live-map-canvas]')!.getBoundingClientRect();
          const popup = document.querySelector('.leaflet-popup-content-wrapper')!.getBoundingClientRect();
          const marker = document
            .querySelector('.place-marker[data-place="flughafen-almaty"]')!
            .getBoundingClientRect();
          const hit = document.elementFromPoint(marker.x + marker.width / 2, marker.y + marker.height / 2);
          const within = (r: DOMRect) =>
            r.left >= frame.left - 1 &&
            r.right <= frame.right + 1 &&
            r.top >= frame.top - 1 &&
            r.bottom <= frame.bottom + 1;
          return {
            popup: within(popup),
            marker: within(marker),
            markerSeen: !!hit?.closest('[data-place="flughafen-almaty"]'),
          };
        });
      // (Under load the pan and the scroll take a while: a generous wait, the same answer.)
      await expect.poll(inView, { timeout: 15_000 }).toEqual({ popup: true, marker: true, markerSeen: true });
      // Around it: its city's Lupe with Almaty's name, and the country's borders.
      await expect(page.locator('.map-overlay .lupe__title', { hasText: 'Almaty' }).isVisible()).resolves.toBe(true);
      expect(problems).toEqual([]);
      await context.close();
    });
  }

  it('on a phone opens as a bottom sheet that leaves the controls free and closes with Escape or a tap outside', async () => {
    const { context, page, problems } = await openPage(browser, { width: 390, height: 800 });
    await page.goto(url(`${MAP}#ort-hafen-aktau`));
    await ready(page);
    await expect.poll(() => popupTitles(page)).toEqual(['Hafen Aktau']);
    const sheet = await page.evaluate(() => {
      const frame = document.querySelector('[data-live-map-canvas]')!.getBoundingClientRect();
      const popup = document.querySelector('.leaflet-popup-content-wrapper')!.getBoundingClientRect();
      const controls = [...document.querySelectorAll('.leaflet-control')].map((c) => c.getBoundingClientRect());
      // Its foot on the map's bottom edge, or just above the controls there.
      const foot = Math.min(
        frame.bottom,
        ...[...document.querySelectorAll('.leaflet-bottom .leaflet-control')].map((c) => c.getBoundingClientRect().top),
      );
      return {
        docked: Math.abs(popup.bottom - foot) <= 2 && popup.left <= frame.left + 2 && popup.right >= frame.right - 2,
        coversControls: controls.some(
          (c) => c.left < popup.right && popup.left < c.right && c.top < popup.bottom && popup.top < c.bottom,
        ),
      };
    });
    expect(sheet).toEqual({ docked: true, coversControls: false });
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.leaflet-popup').count()).toBe(0);
    // Open it again from its marker, then tap the map outside it.
    await page.locator('.place-marker[data-place="hafen-aktau"]').click();
    await expect.poll(() => popupTitles(page)).toEqual(['Hafen Aktau']);
    const frame = (await page.locator('[data-live-map-canvas]').boundingBox())!;
    await page.mouse.click(frame.x + frame.width - 30, frame.y + 60);
    await expect.poll(() => page.locator('.leaflet-popup').count()).toBe(0);
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('the map in time', () => {
  /** The days the page carries for its time control, as the build computed them. */
  const daysOf = (page: Page) =>
    page
      .locator('[data-guard-days]')
      .textContent()
      .then(
        (json) =>
          JSON.parse(json!) as {
            date: string;
            label: string;
            summary: string;
            sites: { id: string; state: string }[];
          }[],
      );

  it('shows each guarded site at each step in a table without JavaScript', async () => {
    const { context, page, problems } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(url(MAP));
    await expect(page.locator('[data-guard-time]').isVisible()).resolves.toBe(false);
    await page.locator('.guard-time__steps summary').click();
    const tables = page.locator('.guard-time__table');
    expect(await tables.count()).toBeGreaterThan(0);
    for (const table of await tables.all()) {
      await expect(table.locator('caption').textContent()).resolves.toMatch(/^\s*Stand am /);
      const rows = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => tr.textContent!.trim()));
      expect(rows).toHaveLength(guardedIds.size);
    }
    expect(problems).toEqual([]);
    await context.close();
  });

  it('keeps the chosen day in the address, marks each site with its state and announces the day in words', async () => {
    const { context, page, problems } = await openPage(browser);
    await page.goto(url(MAP));
    await ready(page);
    const days = await daysOf(page);
    expect(days.length).toBeGreaterThan(1);
    const [first, last] = [days[0]!, days.at(-1)!];
    // A link to a day opens the map at that day.
    await page.goto(url(`${MAP}?stand=${first.date}`));
    await ready(page);
    const range = page.getByRole('slider', { name: /^Stand am/ });
    await expect(range.inputValue()).resolves.toBe('0');
    await expect(range.getAttribute('aria-valuetext')).resolves.toBe(first.label);
    const summary = page.locator('[data-guard-summary]');
    await expect(summary.getAttribute('aria-live')).resolves.toBe('polite');
    await expect(summary.textContent()).resolves.toBe(first.summary);
    // With how many of the timeline's events have happened by that day.
    expect(first.summary).toMatch(/ Ereignis(se|sen)? der Zeitleiste (ist|sind) /);
    const states = () =>
      page
        .locator('.leaflet-marker-pane .place-marker[data-guard-state]')
        .evaluateAll((m) =>
          Object.fromEntries(m.map((x) => [x.getAttribute('data-place'), x.getAttribute('data-guard-state')])),
        );
    await expect.poll(states).toEqual(Object.fromEntries(first.sites.map((s) => [s.id, s.state])));
    // With the keyboard to the last day: the address, the words and the markers follow.
    await range.focus();
    await page.keyboard.press('End');
    await expect(summary.textContent()).resolves.toBe(last.summary);
    expect(new URL(page.url()).searchParams.get('stand')).toBe(last.date);
    await expect.poll(states).toEqual(Object.fromEntries(last.sites.map((s) => [s.id, s.state])));
    expect(problems).toEqual([]);
    await context.close();
  });

  it('shows in a place’s popup the events up to the chosen day, and the later ones as not yet happened', async () => {
    const { context, page, problems } = await openPage(browser);
    await page.goto(url(MAP));
    await ready(page);
    const days = await daysOf(page);
    // A place with events on both sides of a day of the story, from the map's own data (whatever the content holds).
    const data = (await (await fetch(url(`${MAP}orte.json`))).json()) as LiveMapData;
    const found = data.places
      .flatMap((place) => days.map((day) => ({ place, day })))
      .map(({ place, day }) => ({
        place,
        day,
        before: place.events.find((e) => e.start <= day.date),
        after: place.events.find((e) => e.start > day.date),
      }))
      .find((c) => c.before && c.after);
    expect(found, 'a place with events before and after a day of the story').toBeDefined();
    const { place, day, before, after } = found!;
    const item = (href: string) => page.locator(`.leaflet-popup .place-popup__event:has(a[href="${href}"])`);
    const later = (href: string) => item(href).evaluate((li) => li.classList.contains('place-popup__event--later'));

    await page.goto(url(`${MAP}?stand=${day.date}#${place.anchor}`));
    await ready(page);
    await expect.poll(() => popupTitles(page)).toEqual([place.name]);
    await expect(item(before!.href).textContent()).resolves.not.toContain('noch nicht geschehen');
    await expect(later(before!.href)).resolves.toBe(false);
    await expect(item(after!.href).textContent()).resolves.toContain('am gewählten Tag noch nicht geschehen');
    await expect(later(after!.href)).resolves.toBe(true);
    // The open popup follows the slider: on the story's last day the later event is marked only if it still lies ahead.
    const range = page.getByRole('slider', { name: /^Stand am/ });
    await range.focus();
    await page.keyboard.press('End');
    await expect.poll(() => later(after!.href)).toBe(after!.start > days.at(-1)!.date);

    // Without a chosen day every event shows as now.
    await page.goto(url(`${MAP}#${place.anchor}`));
    await ready(page);
    await expect.poll(() => popupTitles(page)).toEqual([place.name]);
    for (const event of [before!, after!]) {
      await expect(item(event.href).textContent()).resolves.toContain(event.label);
      await expect(later(event.href)).resolves.toBe(false);
    }
    await expect(page.locator('.leaflet-popup').textContent()).resolves.not.toContain('noch nicht geschehen');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('is where the timeline sends an event with a place: at its day and its place', async () => {
    const { context, page, problems } = await openPage(browser);
    // The timeline page of the first event with a place (from the site's export, whatever the content holds).
    const exported = await exportedEvents<{ url: string; places: unknown[] }>(async (path) =>
      (await fetch(url(path))).text(),
    );
    const withPlace = exported.find((e) => e.places.length > 0)!;
    await page.goto(withPlace.url.replace('https://lagebild.example.org/', url('')));
    const link = page.locator('.event .refs a[href*="/karte/?stand="]').first();
    const href = (await link.getAttribute('href'))!;
    const [, stand, place] = /\?stand=(\d{4}-\d{2}-\d{2})#ort-([a-z0-9-]+)$/.exec(href)!;
    const entryDate = await link.evaluate((a) => a.closest('.event')!.querySelector('time')!.getAttribute('datetime'));
    expect(stand).toBe(entryDate);
    await link.click();
    await ready(page);
    await expect.poll(() => popupTitles(page)).toHaveLength(1);
    await expect(page.locator(`.place-marker[data-place="${place}"]`).count()).resolves.toBe(1);
    const days = await daysOf(page);
    const chosen = days[Number(await page.getByRole('slider', { name: /^Stand am/ }).inputValue())]!;
    // The story's day for that date (its first or last day where the date lies outside it).
    expect(chosen.date).toBe(days.find((d) => d.date >= stand!)?.date ?? days.at(-1)!.date);
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('popups in the frame', () => {
  for (const width of [390, 768, 1280]) {
    it(`at ${width} px opens every marker's popup inside the map, the Lupes' markers too`, async () => {
      const { context, page, problems } = await openPage(browser, { width, height: 800 });
      await page.goto(url(MAP));
      await ready(page);
      await page.locator('[data-live-map-canvas]').scrollIntoViewIfNeeded();
      const ids = await markers(page).evaluateAll((m) => m.map((x) => x.getAttribute('data-place')!));
      expect(ids.length).toBeGreaterThan(0);
      /** How far the open popup (its tip included) reaches past the map's frame, in px on each side. */
      const overhang = () =>
        page.evaluate(() => {
          const frame = document.querySelector('[data-live-map-canvas]')!.getBoundingClientRect();
          const popup = document.querySelector('.leaflet-popup');
          if (!popup) return 'no popup';
          const box = popup.getBoundingClientRect();
          const past = [frame.left - box.left, box.right - frame.right, frame.top - box.top, box.bottom - frame.bottom];
          return past.some((px) => px > 1) ? past.map(Math.round).join(' ') : 'inside';
        });
      const outside: string[] = [];
      for (const id of ids) {
        const marker = page.locator(`.place-marker[data-place="${id}"]`);
        await marker.focus();
        await page.keyboard.press('Enter');
        await expect.poll(() => page.locator('.leaflet-popup').count()).toBe(1);
        // The map may pan to make room: wait until the popup has settled inside, or report where it stays.
        let where = await overhang();
        for (let tries = 0; where !== 'inside' && tries < 15; tries += 1) {
          await page.waitForTimeout(100);
          where = await overhang();
        }
        if (where !== 'inside') outside.push(`${id}: ${where}`);
        await page.keyboard.press('Escape');
        await expect.poll(() => page.locator('.leaflet-popup').count()).toBe(0);
      }
      expect(outside).toEqual([]);
      expect(problems).toEqual([]);
      await context.close();
    });
  }
});

describe('the locator map of a place page', () => {
  it('shows in a static SVG where the place lies, close up with its city, marked apart from its neighbours', async () => {
    const { context, page, problems } = await openPage(browser, { width: 390 });
    await page.goto(url('orte/ulba-werk/'));
    const locator = page.locator('figure.static-map--locator');
    await expect(locator.isVisible()).resolves.toBe(true);
    await expect(locator.locator('svg').getAttribute('role')).resolves.toBe('img');
    await expect(locator.locator('.static-map__marker--focus').getAttribute('data-place')).resolves.toBe('ulba-werk');
    // Close up, the sites stand at their own places: no Lupe.
    await expect(locator.locator('.lupe').count()).resolves.toBe(0);
    // The place's own area and its city's, no others.
    await expect(
      locator
        .locator('[data-place]:is(.static-map__area, .static-map__outline)')
        .evaluateAll((a) => [...new Set(a.map((x) => x.getAttribute('data-place')))].sort()),
    ).resolves.toEqual(['oeskemen', 'ulba-werk']);
    await expect(locator.locator('figcaption').textContent()).resolves.toContain('Umkreis ca. 6\u00a0km');
    // Kazakhstan small beside it, with the place.
    const overview = page.locator('figure.static-map--overview');
    await expect(overview.locator('.static-map__marker--focus').getAttribute('data-place')).resolves.toBe('ulba-werk');
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });
});
