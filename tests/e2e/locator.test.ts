/**
 * The locator map of a place page, on the fixture site (fixture-site.ts): a
 * site in a city is shown close up, with its city's area large enough to
 * read and Kazakhstan small in a corner; a country is its own context.
 */
import { describe, expect, it } from 'vitest';
import { openPage } from './browser.ts';
import { fixtureSite } from './fixture-site.ts';

const site = fixtureSite();

describe('the locator map of a place page', () => {
  it('shows a site close up with its city, and the country small beside it', async () => {
    const { context, page } = await openPage(site.browser, { width: 390, origin: site.origin });
    await page.goto(site.at('orte/flughafen-almaty/'));
    const close = page.locator('#lagekarte');
    const svg = close.locator('svg');
    const width = (await svg.boundingBox())!.width;
    // The city's uncertainty circle: a fifth of the map's width at least (the whole country would shrink it to a dot).
    const city = close.locator('[data-place="almaty"]').first();
    const cityBox = (await city.boundingBox())!;
    expect(cityBox.width).toBeGreaterThan(width / 5);
    // The site itself sits within the close-up, not in a Lupe.
    await expect(close.locator('.lupe').count()).resolves.toBe(0);
    await expect(close.locator('.static-map__marker--focus').count()).resolves.toBe(1);
    await expect(close.locator('figcaption').textContent()).resolves.toMatch(/Ausschnitt von etwa \d+ km Höhe/);
    const overview = page.locator('#lagekarte-land');
    await expect(overview.isVisible()).resolves.toBe(true);
    await expect(overview.locator('.static-map__marker--focus').count()).resolves.toBe(1);
    await context.close();
  });

  it('draws a country in its own frame, without a second map', async () => {
    const { context, page } = await openPage(site.browser, { width: 1280, origin: site.origin });
    await page.goto(site.at('orte/kasachstan/'));
    await expect(page.locator('#lagekarte').isVisible()).resolves.toBe(true);
    await expect(page.locator('#lagekarte-land').count()).resolves.toBe(0);
    await context.close();
  });
});
