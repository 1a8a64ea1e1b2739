/**
 * The map page in the browser: Leaflet over the table of places, filters,
 * deep links, keyboard use, text-only popups, the page without JavaScript,
 * and nothing loaded from other hosts.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, launch, openPage, url } from './browser.ts';

const MAP = 'karte/';
const EVIL = '<img src=x onerror=alert(1)>';

let browser: Browser;
beforeAll(async () => (browser = await launch()));
afterAll(async () => browser?.close());

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
    expect(rows.length).toBeGreaterThan(20);
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
    const all = await markers(page).count();
    await page.getByLabel('Verkehr (6)').uncheck();
    await expect(markers(page).count()).resolves.toBe(all - 6);
    await expect(visibleRows(page)).resolves.toBe(all - 6);
    await page.getByLabel('Verkehr (6)').check();
    await page.getByLabel('Nur die 15 bewachten Objekte').check();
    await expect(markers(page).count()).resolves.toBe(15);
    await expect(visibleRows(page)).resolves.toBe(15);
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
    await page.route(url(MAP), async (route) => {
      const response = await route.fetch();
      const html = (await response.text()).replace(
        '"name":"Bahnhof Almaty-1"',
        `"name":${JSON.stringify(EVIL).replace(/</g, '\\u003c')}`,
      );
      expect(html).toContain('onerror');
      await route.fulfill({ response, body: html });
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
    expect(rows).toBeGreaterThan(20);
    await expect(page.locator('.static-map').isVisible()).resolves.toBe(true);
    await expect(page.locator('[data-live-map]').isVisible()).resolves.toBe(false);
    await expect(page.locator('.static-map__marker').count()).resolves.toBe(rows);
    await expect(page.locator('#ort-fruehwarnstation').evaluate((el) => el.matches(':target'))).resolves.toBe(true);
    const row = (await page.locator('#ort-fruehwarnstation').textContent())!.replace(/\s+/g, ' ');
    expect(row).toContain('Frühwarnstation (vermutlich Radarstation Balchasch)');
    expect(row).toContain('Militär');
    expect(row).toContain('46,6031° N, 74,5311° O');
    expect(row).toContain('Umkreis ca. 50 km');
    expect(row).toContain('»eine Frühwarnstation«');
    await expect(page.locator('#ort-fruehwarnstation a[href*="#beleg-ort-fruehwarnstation"]').count()).resolves.toBe(1);
    await page.getByLabel('Nur die 15 bewachten Objekte').check();
    await expect(visibleRows(page)).resolves.toBe(15);
    await expect(
      page
        .locator('.static-map__marker')
        .evaluateAll((m) => m.filter((x) => getComputedStyle(x).display !== 'none').length),
    ).resolves.toBe(15);
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
});

describe('the first view', () => {
  for (const width of [390, 768, 1280]) {
    it(`shows all of Kazakhstan and every guarded site at ${width} px, and comes back with »Gesamtansicht«`, async () => {
      const { context, page, problems } = await openPage(browser, { width, height: 800 });
      await page.goto(url(MAP));
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
