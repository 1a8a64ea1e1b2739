/**
 * The article as a reader meets it: the notes of the analysis beside their
 * paragraph on a wide screen, the catalogues after the text folded on a
 * phone and opened by a deep link, every page readable in dark mode, and a
 * printout with the notes and the sources' addresses on a few pages; the map
 * page printed on one sheet; the »Auf einen Blick« box of an article and of
 * the front page.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openPage, url } from './browser.ts';

const ARTICLE = 'artikel/kasachstan-unklarer-als-gedacht/';

let browser: Browser;
beforeAll(async () => (browser = await launch()));
afterAll(async () => browser?.close());

type Box = { x: number; y: number; width: number; height: number };
const boxOf = async (page: import('playwright-core').Page, selector: string): Promise<Box> =>
  (await page.locator(selector).first().boundingBox())!;

describe('the notes of the analysis', () => {
  it('stand beside their paragraph on a wide screen, level with it, and fold before it on a phone', async () => {
    const wide = await openPage(browser, { width: 1280 });
    await wide.page.goto(url(ARTICLE));
    const notes = wide.page.locator('.article__body .anmerkungen');
    expect(await notes.count()).toBeGreaterThan(0);
    for (const group of await notes.all()) {
      const paragraphId = await group.evaluate((el) => {
        let next = el.nextElementSibling;
        while (next && next.tagName !== 'P') next = next.nextElementSibling;
        return next!.id;
      });
      const note = (await group.boundingBox())!;
      const paragraph = await boxOf(wide.page, `#${paragraphId}`);
      expect(note.x, paragraphId).toBeGreaterThanOrEqual(paragraph.x + paragraph.width);
      expect(note.x + note.width, paragraphId).toBeLessThanOrEqual(1280);
      // It starts no higher than its paragraph; the first notes start level with it.
      expect(note.y, paragraphId).toBeGreaterThanOrEqual(paragraph.y - 1);
    }
    const first = (await notes.first().boundingBox())!;
    const firstParagraph = await boxOf(wide.page, '#absatz-1');
    expect(Math.abs(first.y - firstParagraph.y)).toBeLessThan(20);
    await expect(wide.page.locator('details.anmerkungen:not([open])').count()).resolves.toBe(0);
    // The text runs on without gaps: each paragraph starts right after the one before.
    const tops = await wide.page
      .locator('.article__body > p')
      .evaluateAll((ps) => ps.map((p) => [p.getBoundingClientRect().top, p.getBoundingClientRect().bottom]));
    for (let i = 1; i < tops.length; i += 1) expect(tops[i]![0]! - tops[i - 1]![1]!).toBeLessThan(60);
    await wide.context.close();

    const phone = await openPage(browser, { width: 390 });
    await phone.page.goto(url(ARTICLE));
    const note = phone.page.locator('#anmerkung-uranmine-oeskemen');
    const fold = phone.page.locator('details.anmerkungen', { has: note });
    await expect(fold.evaluate((el: HTMLDetailsElement) => el.open)).resolves.toBe(false);
    const summary = fold.locator('summary.anmerkungen__summary');
    await expect(summary.textContent()).resolves.toMatch(/Anmerkungen? der Analyse (zu »|zu diesem Absatz)/);
    await summary.click();
    await expect(note.locator('.anmerkung__text').isVisible()).resolves.toBe(true);
    // One fold per paragraph: each stands before its paragraph (past its ¶ link), never before another fold.
    const nextAfterFolds = await phone.page.locator('.article__body > details.anmerkungen').evaluateAll((folds) =>
      folds.map((f) => {
        let next = f.nextElementSibling;
        while (next?.tagName === 'A') next = next.nextElementSibling;
        return next?.tagName;
      }),
    );
    expect(nextAfterFolds.length).toBeGreaterThan(0);
    expect(nextAfterFolds.every((tag) => tag === 'P')).toBe(true);
    // Each actor or place is a link once per paragraph, at its first mention.
    const repeated = await phone.page.locator('.article__body > p').evaluateAll((ps) =>
      ps.flatMap((p) => {
        const ids = [...p.querySelectorAll('a.entitaet')].map((a) => a.getAttribute('data-entity'));
        return ids.filter((id, i) => ids.indexOf(id) !== i).map((id) => `${p.id}: ${id}`);
      }),
    );
    expect(repeated).toEqual([]);
    expect(phone.problems).toEqual([]);
    await phone.context.close();
  });

  it('mark the passages they concern, explained once in a legend, without <mark> elements', async () => {
    const { context, page } = await openPage(browser, { width: 1280, javaScriptEnabled: false });
    await page.goto(url(ARTICLE));
    await expect(page.locator('.article__body mark').count()).resolves.toBe(0);
    const passage = page.locator('#beleg-anmerkung-uranmine-oeskemen');
    const underlay = await passage.evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(underlay).not.toBe('rgba(0, 0, 0, 0)');
    // Other evidence stays unmarked until a link lands on it.
    const quiet = page.locator('#beleg-ereignis-abzug-beginn');
    await expect(quiet.evaluate((el) => getComputedStyle(el).backgroundColor)).resolves.toBe('rgba(0, 0, 0, 0)');
    const legend = page.locator('.legende');
    await expect(legend.count()).resolves.toBe(1);
    const sample = legend.locator('.legende__muster--anmerkung');
    await expect(sample.evaluate((el) => getComputedStyle(el).backgroundColor)).resolves.toBe(underlay);
    await context.close();
  });

  it('light up their passage while the pointer rests on the note or the focus is in it', async () => {
    const { context, page } = await openPage(browser, { width: 1280 });
    await page.goto(url(ARTICLE));
    const passage = page.locator('#beleg-anmerkung-uranmine-oeskemen');
    const background = () => passage.evaluate((el) => getComputedStyle(el).backgroundColor);
    const resting = await background();
    await page.locator('#anmerkung-uranmine-oeskemen').hover();
    const lit = await background();
    expect(lit).not.toBe(resting);
    await page.mouse.move(5, 5);
    await expect.poll(background).toBe(resting);
    // The same by keyboard: the focus on a link inside the note.
    await page.locator('#anmerkung-uranmine-oeskemen a').first().focus();
    await expect.poll(background).toBe(lit);
    await context.close();
  });
});

describe('the catalogues after the text', () => {
  it('are folded on a phone, say what and how many, and a deep link into one opens it', async () => {
    const { context, page, problems } = await openPage(browser, { width: 390, height: 800 });
    await page.goto(url(ARTICLE));
    const catalogues = page.locator('.katalog');
    expect(await catalogues.count()).toBeGreaterThanOrEqual(5);
    for (const catalogue of await catalogues.all()) {
      await expect(catalogue.locator('details').evaluate((el: HTMLDetailsElement) => el.open)).resolves.toBe(false);
      await expect(catalogue.locator('summary').textContent()).resolves.toMatch(/^\s*\d+\s\S+ – \S/);
    }
    const events = await page.locator('#ereignisse li.event').count();
    await expect(page.locator('#ereignisse summary').textContent()).resolves.toContain(`${events}\u00a0Ereignisse`);

    await page.goto(url(`${ARTICLE}#ereignis-abzug-beginn`));
    const entry = page.locator('#ereignis-abzug-beginn');
    await expect(page.locator('#ereignisse details').evaluate((el: HTMLDetailsElement) => el.open)).resolves.toBe(true);
    await page.waitForFunction(() => {
      const box = document.getElementById('ereignis-abzug-beginn')!.getBoundingClientRect();
      return box.top >= 0 && box.top < window.innerHeight;
    });
    await expect(entry.isVisible()).resolves.toBe(true);
    // A link to a catalogue itself opens it too, and its end leads back to the text.
    await page.goto(url(`${ARTICLE}#orte`));
    await expect(page.locator('#orte details').evaluate((el: HTMLDetailsElement) => el.open)).resolves.toBe(true);
    await page.locator('#orte').getByRole('link', { name: 'Zurück zum Text' }).click();
    await page.waitForURL(url(`${ARTICLE}#text`));
    expect(problems).toEqual([]);
    await context.close();
  });

  it('open at a deep link without JavaScript too', async () => {
    const { context, page } = await openPage(browser, { width: 390, javaScriptEnabled: false });
    await page.goto(url(`${ARTICLE}#aussage-tokajew-abzug-donnerstag`));
    await expect(page.locator('#aussage-tokajew-abzug-donnerstag').isVisible()).resolves.toBe(true);
    await context.close();
  });

  it('are reached from a contents bar that stays in view', async () => {
    const { context, page } = await openPage(browser, { width: 1280 });
    await page.goto(url(`${ARTICLE}#absatz-5`));
    const bar = page.getByRole('navigation', { name: 'Abschnitte dieser Seite' });
    await page.waitForFunction(() => window.scrollY > 1000);
    const box = (await bar.boundingBox())!;
    expect(box.y).toBeLessThanOrEqual(1);
    await expect(bar.getByRole('link', { name: /^Text$/ }).isVisible()).resolves.toBe(true);
    await context.close();
  });
});

describe('dark mode', () => {
  // axe checks every page template in the dark scheme (pages.test.ts); here the colours themselves.
  for (const path of [
    '',
    ARTICLE,
    'zeitleiste/',
    'zeitleiste/2022-01/',
    'akteure/tokajew/',
    'orte/flughafen-almaty/',
    'karte/',
  ]) {
    it(`/${path}: dark colours`, async () => {
      const { context, page } = await openPage(browser, { width: 390, colorScheme: 'dark' });
      await page.goto(url(path));
      const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      const [r, g, b] = background.match(/\d+/g)!.map(Number);
      expect(r! + g! + b!, background).toBeLessThan(150);
      if (path === 'karte/') {
        // The live map's land follows the scheme too (Leaflet draws it with colours read from the page).
        const land = await page.locator('.live-map path.basemap-land').first().getAttribute('fill');
        const [lr, lg, lb] = land!.match(/[0-9a-f]{2}/gi)!.map((h) => parseInt(h, 16));
        expect(lr! + lg! + lb!, land!).toBeLessThan(300);
      }
      await context.close();
    });
  }
});

describe('print', () => {
  it('prints the article with its notes and the sources’ addresses, without navigation, controls or ¶ links', async () => {
    const { context, page } = await openPage(browser, { width: 1280 });
    await page.goto(url(ARTICLE));
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['.site-nav', '.share', '.toc', '.article__body a.absatz-link']) {
      for (const element of await page.locator(selector).all()) {
        await expect(element.isVisible(), selector).resolves.toBe(false);
      }
    }
    const note = page.locator('#anmerkung-uranmine-oeskemen');
    await expect(note.locator('.anmerkung__text').isVisible()).resolves.toBe(true);
    const source = note.locator('.anmerkung__quellen a[href^="http"]').first();
    await expect(source.isVisible()).resolves.toBe(true);
    const href = (await source.getAttribute('href'))!;
    const after = await source.evaluate((el) => getComputedStyle(el, '::after').content);
    expect(after).toBe(`" (${href})"`);
    await expect(page.locator('#absatz-6').isVisible()).resolves.toBe(true);

    const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
    const pages = pdf.match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? [];
    expect(pages.length).toBeGreaterThan(0);
    expect(pages.length).toBeLessThanOrEqual(5);
    await context.close();
  });

  it('prints the map page on one sheet, the map with its legend, with JavaScript on', async () => {
    const { context, page } = await openPage(browser, { width: 1280 });
    await page.goto(url('karte/'));
    await page.emulateMedia({ media: 'print' });
    // The static map stands in for the live one; the legend follows it; the controls and the table stay on screen.
    await expect(page.locator('.map-frame .static-map').isVisible()).resolves.toBe(true);
    await expect(page.locator('.map-legend').isVisible()).resolves.toBe(true);
    for (const selector of ['.live-map', '.map-filters', '#orte-tabelle']) {
      await expect(page.locator(selector).first().isVisible(), selector).resolves.toBe(false);
    }
    const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
    expect(pdf.match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).toHaveLength(1);
    await context.close();
  });
});

describe('»Auf einen Blick«', () => {
  it('stands before the article’s text, and each of its links lands on an entry of the page', async () => {
    const { context, page } = await openPage(browser, { width: 390 });
    await page.goto(url(ARTICLE));
    const box = page.locator('aside.glance');
    await expect(box.locator('h2').textContent()).resolves.toBe('Auf einen Blick');
    const [boxTop, textTop] = await Promise.all([boxOf(page, 'aside.glance'), boxOf(page, '#text')]);
    expect(boxTop.y).toBeLessThan(textTop.y);
    const hrefs = await box.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) await expect(page.locator(href).count(), href).resolves.toBe(1);
    // Following one opens its folded catalogue on a phone and shows the entry.
    await box.locator('a').first().click();
    await expect(page.locator(hrefs[0]!).isVisible()).resolves.toBe(true);
    await context.close();
  });

  it('sums up the newest article on the front page, its links leading into the article', async () => {
    const { context, page } = await openPage(browser, { width: 1280 });
    await page.goto(url(''));
    const box = page.locator('.front__articles aside.glance');
    await expect(box.locator('h3').textContent()).resolves.toMatch(/^Auf einen Blick: /);
    const href = (await box.locator('a').first().getAttribute('href'))!;
    expect(href).toMatch(/^\/artikel\/[a-z0-9-]+\/#/);
    await page.goto(url(href.slice(1)));
    await expect(page.locator(`#${href.split('#')[1]}`).isVisible()).resolves.toBe(true);
    await context.close();
  });
});
