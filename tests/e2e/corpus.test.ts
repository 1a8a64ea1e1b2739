/**
 * The multi-article fixture corpus (tests/fixtures/corpus) in the browser:
 * built like the site, served with its headers, and read as a reader would:
 * its pages at a phone and a desktop width, the reporting history of an event
 * that three articles report, and each report's link to its sentence.
 */
import { describe, expect, it } from 'vitest';
import { axeViolations, openPage } from './browser.ts';
import { servedCorpus } from './served-corpus.ts';

const site = servedCorpus('corpus', () => 'tests/fixtures/corpus');
const at = site.at;

describe('the multi-article fixture corpus', () => {
  const pages = [
    '',
    'artikel/erster-bericht/',
    'artikel/zweiter-bericht/',
    'zeitleiste/',
    'zeitleiste/dritter-bericht/',
    'ereignisse/abzug-beginn/',
    'akteure/ovks/',
    'orte/almaty/',
    'karte/',
  ];
  for (const path of pages) {
    for (const width of [390, 1280]) {
      it(`/${path} at ${width} px: no errors, no other hosts, no axe violations, no sideways scrolling`, async () => {
        const { context, page, problems } = await openPage(site.browser, { width, origin: site.origin });
        expect((await page.goto(at(path)))?.status()).toBe(200);
        expect(await page.locator('h1').count()).toBe(1);
        expect(await axeViolations(page)).toEqual([]);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow).toBeLessThanOrEqual(0);
        expect(problems).toEqual([]);
        await context.close();
      });
    }
  }

  it('shows one timeline entry for an event three articles report, with its history', async () => {
    const { context, page } = await openPage(site.browser, { origin: site.origin });
    await page.goto(at('zeitleiste/#ereignis-abzug-beginn'));
    const entry = page.locator('#ereignis-abzug-beginn');
    await expect(entry.count()).resolves.toBe(1);
    const history = entry.locator('.event__reports li');
    await expect(history.count()).resolves.toBe(3);
    await expect(history.nth(0).textContent()).resolves.toContain('angekündigt');
    await expect(history.nth(1).textContent()).resolves.toContain('umstritten');
    await expect(history.nth(2).textContent()).resolves.toContain('berichtet');
    await context.close();
  });

  it('shows the note on a designated outlet beside its source on a built page', async () => {
    const { context, page } = await openPage(site.browser, { origin: site.origin });
    await page.goto(at('orte/flughafen-almaty/'));
    const item = page.locator('.sources__list li', { hasText: 'Friedenstruppe bewacht den Flughafen' });
    await expect(item.locator('.sources__designation').innerText()).resolves.toBe(
      'Hinweis: Testeinstufung eines Desinformationsportals',
    );
    await expect(item.locator('.sources__designation').isVisible()).resolves.toBe(true);
    await context.close();
  });

  it("opens each report's sentence in its article", async () => {
    const { context, page } = await openPage(site.browser, { origin: site.origin });
    await page.goto(at('zeitleiste/'));
    await page.locator('#ereignis-abzug-beginn .event__reports li').nth(1).getByRole('link').nth(1).click();
    await page.waitForURL(/\/artikel\/zweiter-bericht\/#beleg-ereignis-abzug-beginn$/);
    const target = page.locator('#beleg-ereignis-abzug-beginn');
    await expect(target.innerText()).resolves.toContain('Serdjukow sagte');
    await expect(target.evaluate((el) => el.matches(':target'))).resolves.toBe(true);
    await context.close();
  });

  it("shows on an article's own map only the places that article names, like its table", async () => {
    const { context, page, problems } = await openPage(site.browser, { origin: site.origin });
    const shown = async (path: string) => {
      await page.goto(at(path));
      await page.waitForSelector('[data-live-map][data-ready="true"]');
      const places = (selector: string) =>
        page.locator(selector).evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset['place']).sort());
      return { markers: await places('.leaflet-marker-pane .place-marker'), rows: await places('.place-row') };
    };
    const own = await shown('karte/zweiter-bericht/');
    expect(own.markers).toEqual(own.rows);
    expect(own.markers).toContain('flughafen-almaty');
    // Almaty and Nur-Sultan are named by the first report only.
    expect(own.markers).not.toContain('almaty');
    expect(own.markers).not.toContain('nur-sultan');
    const all = await shown('karte/');
    expect(all.markers).toEqual(all.rows);
    expect(all.markers).toEqual(expect.arrayContaining(['almaty', 'flughafen-almaty', 'nur-sultan']));
    expect(problems).toEqual([]);
    await context.close();
  });
});
