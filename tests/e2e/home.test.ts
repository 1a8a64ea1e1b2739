/**
 * The front page: the newest articles with teaser and figures, the latest
 * events linking to their pages, and a small map of the guarded sites that
 * links to the map; no heading repeats the masthead on screen.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openPage, url } from './browser.ts';
import { exportedEvents } from './exported-events.ts';

let browser: Browser;
beforeAll(async () => (browser = await launch()));
afterAll(async () => browser?.close());

interface Feature {
  properties: { id: string; guarded: boolean; category: string };
}

describe('the front page', () => {
  it('shows the latest events, each linking to where it lives, and every guarded site on a small map', async () => {
    const { context, page } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(url(''));
    const events = await exportedEvents<{ id: string }>(async (path) => (await fetch(url(path))).text());
    const links = await page
      .locator('.front__events a')
      .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('href')!));
    expect(links.length).toBe(Math.min(5, events.length));
    for (const href of links) {
      // Its own page, or its entry in the one article that reports it (eventHome).
      const [path, anchor] = href.split('#');
      expect(href).toMatch(/^\/(ereignisse\/[a-z0-9-]+\/|artikel\/[a-z0-9-]+\/#ereignis-[a-z0-9-]+)$/);
      const response = await fetch(url(path!.slice(1)));
      expect(response.status, href).toBe(200);
      if (anchor) expect(await response.text(), href).toContain(`id="${anchor}"`);
    }
    const places = (await (await fetch(url('daten/orte.geojson'))).json()) as { features: Feature[] };
    const guarded = places.features.filter((f) => f.properties.guarded).map((f) => f.properties.id);
    const onMap = await page
      .locator('#startkarte [data-place]')
      .evaluateAll((nodes) => [...new Set(nodes.map((n) => n.getAttribute('data-place')!))]);
    // Every guarded site; beside them only cities, the anchors of the Lupes.
    expect(onMap).toEqual(expect.arrayContaining(guarded));
    const kinds = new Map(places.features.map((f) => [f.properties.id, f.properties.category]));
    for (const id of onMap.filter((x) => !guarded.includes(x))) expect([id, kinds.get(id)]).toEqual([id, 'city']);
    await expect(page.getByRole('link', { name: /Zur Karte/ }).getAttribute('href')).resolves.toBe('/karte/');
    // The one h1 names the site for screen readers; on screen the masthead does.
    expect(await page.locator('h1').count()).toBe(1);
    expect(await page.locator('h1').evaluate((h) => h.classList.contains('visually-hidden'))).toBe(true);
    await context.close();
  });

  it('on a wide screen begins the latest events beside the lead, not below an empty band; on a phone after the articles', async () => {
    const boxes = async (width: number) => {
      const { context, page } = await openPage(browser, { width });
      await page.goto(url(''));
      const top = (selector: string) => page.locator(selector).evaluate((e) => e.getBoundingClientRect().top);
      const result = {
        lead: await top('.front__lead'),
        articles: await top('#neueste-artikel'),
        events: await top('#juengste-ereignisse'),
      };
      await context.close();
      return result;
    };
    const wide = await boxes(1280);
    expect(wide.events).toBeLessThan(wide.articles);
    expect(Math.abs(wide.events - wide.lead)).toBeLessThan(40);
    const narrow = await boxes(390);
    expect(narrow.lead).toBeLessThan(narrow.articles);
    expect(narrow.articles).toBeLessThan(narrow.events);
  });
});
