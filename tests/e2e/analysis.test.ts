/**
 * The analysis layer in the browser: a page for every actor and place,
 * mention cards by mouse, keyboard and touch, the contradictions side by
 * side, and the notes of the analysis next to their passages.
 */
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readContent } from '../../src/lib/analysis/read-content.ts';
import { launch, openPage, url } from './browser.ts';
import { ROOT } from './build.ts';

const ARTICLE = 'artikel/kasachstan-unklarer-als-gedacht/';
/** The article's notes of the analysis, as its frontmatter lists them: the page shows each one. */
const FACT_CHECKS = readContent(join(ROOT, 'content'), ROOT).articles.find(
  (a) => a.slug === 'kasachstan-unklarer-als-gedacht',
)!.data.factChecks;
let browser: Browser;
let actors: { id: string; name: string; url: string }[];
beforeAll(async () => {
  browser = await launch();
  actors = ((await (await fetch(url('daten/akteure.json'))).json()) as { actors: typeof actors }).actors;
});
afterAll(async () => browser?.close());

const normalize = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();

describe('entity pages', () => {
  it('every actor and every place has a page, listed on the index pages', async () => {
    const { context, page } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(url('akteure/'));
    const actorLinks = await page
      .locator('main .entity-index a')
      .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('href')));
    expect(actorLinks.sort()).toEqual(actors.map((a) => `/akteure/${a.id}/`).sort());
    await page.goto(url('orte/'));
    const placeLinks = await page
      .locator('main .entity-index a')
      .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('href')));
    expect(placeLinks.length).toBeGreaterThanOrEqual(20);
    for (const href of [...actorLinks, ...placeLinks]) {
      const response = await fetch(url(href!.slice(1)));
      expect(response.status, href!).toBe(200);
    }
    await context.close();
  });

  it('shows other spellings, role, mentions with their sentence, claims and events', async () => {
    const { context, page } = await openPage(browser);
    await page.goto(url('akteure/tokajew/'));
    const text = normalize(await page.locator('main').textContent());
    for (const expected of [
      'Tokayev',
      'Токаев',
      'Präsident der Republik Kasachstan',
      'Der Abzug der Friedenstruppe beginne',
    ]) {
      expect(text).toContain(expected);
    }
    // However many articles mention him: the count is in the heading, and this article's mention is listed.
    expect(text).toMatch(/Erwähnungen im Text \(\d+\)/);
    const ownMentions = page.locator('.mentions li', { has: page.locator(`a[href$="/${ARTICLE}"]`) });
    await expect(ownMentions.locator('.mention mark').first().textContent()).resolves.toBe('Kassym-Schomart Tokajew');
    await ownMentions.locator('.mention__where a', { hasText: 'Absatz 3' }).click();
    await page.waitForURL(url(`${ARTICLE}#absatz-3`));
    await context.close();
  });

  it('explains names that changed since', async () => {
    const { context, page } = await openPage(browser);
    await page.goto(url('orte/nur-sultan/'));
    expect(normalize(await page.locator('main').textContent())).toContain(
      'Rückbenennung in Astana am 17. September 2022',
    );
    await context.close();
  });
});

describe('mention cards', () => {
  it('appear on keyboard focus, describe the link, and close with Escape', async () => {
    const { context, page, problems } = await openPage(browser);
    await page.goto(url(ARTICLE));
    const mention = page.locator('.article__body a[href="/akteure/serdjukow/"]').first();
    await mention.focus();
    const card = page.locator('#entitaet-karte');
    await expect(card.isVisible()).resolves.toBe(true);
    await expect(card.locator('.entitaet-karte__name').textContent()).resolves.toBe('Andrej Serdjukow');
    expect(normalize(await card.locator('.entitaet-karte__detail').textContent())).toContain('Generaloberst');
    await expect(mention.getAttribute('aria-describedby')).resolves.toBe('entitaet-karte');
    await page.keyboard.press('Escape');
    await expect(card.isVisible()).resolves.toBe(false);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('appear on hover and by a first tap on touch screens', async () => {
    const { context, page } = await openPage(browser, { width: 390, height: 800 });
    await page.goto(url(ARTICLE));
    const mention = page.locator('.article__body a[href="/orte/almaty/"]').first();
    await mention.hover();
    await expect(page.locator('#entitaet-karte').isVisible()).resolves.toBe(true);
    await context.close();

    const touch = await browser.newContext({ viewport: { width: 390, height: 800 }, hasTouch: true, isMobile: true });
    const touchPage = await touch.newPage();
    await touchPage.goto(url(ARTICLE));
    const link = touchPage.locator('.article__body a[href="/akteure/umarow/"]').first();
    await link.scrollIntoViewIfNeeded();
    await link.tap();
    await expect(touchPage.locator('#entitaet-karte').isVisible()).resolves.toBe(true);
    expect(touchPage.url()).toBe(url(ARTICLE));
    await touchPage.locator('#entitaet-karte a').tap();
    await touchPage.waitForURL(url('akteure/umarow/'));
    await touch.close();
  });
});

describe('contradictions and notes on the article page', () => {
  it('list only real contradictions as such, and answers and qualifications as what they are', async () => {
    const { context, page } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(url(ARTICLE));
    const pairs = await page
      .locator('#widersprueche .pair')
      .evaluateAll((nodes) =>
        nodes.map((n) => [...n.querySelectorAll('.claim-card__who a')].map((a) => a.textContent)),
      );
    const asText = pairs.map((p) => p.join(' gegen '));
    // A retort answers; arrests after a repelled coup qualify it, in the author's reading: no contradictions.
    expect(asText).not.toContain('Antony Blinken gegen Maria Sacharowa');
    expect(asText).not.toContain('Regierung der Republik Kasachstan gegen Innenministerium der Republik Kasachstan');
    // Serdjukow named no date: his words qualify Tokajew's date only in the author's reading.
    expect(asText).not.toContain('Kassym-Schomart Tokajew gegen Andrej Serdjukow');
    // Successive announcements of the airport's opening, each replacing the last, are no contradiction.
    expect(asText).not.toContain('Kasachische Dienststellen gegen Kasachische Dienststellen');
    const relations = normalize(await page.locator('#bezuege').textContent());
    expect(relations).toContain('Maria Sacharowa antwortet auf Antony Blinken (laut Autor)');
    expect(relations).toContain(
      'Innenministerium der Republik Kasachstan schränkt Regierung der Republik Kasachstan ein (laut Autor)',
    );
    expect(relations).toContain('Andrej Serdjukow schränkt Kassym-Schomart Tokajew ein (laut Autor)');
    await context.close();
  });

  it('show each note of the analysis at its paragraph, with sources and the date of checking', async () => {
    const { context, page } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(url(ARTICLE));
    const notes = page.locator('.article__body .anmerkung');
    await expect(notes.count()).resolves.toBe(FACT_CHECKS.length);
    const uran = page.locator('#anmerkung-uranmine-oeskemen');
    // The notes of a paragraph stand together right before it, as sidenotes do, and say so.
    const group = uran.locator('xpath=..');
    await expect(group.getAttribute('aria-label')).resolves.toBe('Anmerkungen zu Absatz 4');
    await expect(
      group.evaluate((el) => el.nextElementSibling?.nextElementSibling?.id ?? el.nextElementSibling?.id),
    ).resolves.toBe('absatz-4');
    const text = normalize(await uran.textContent());
    expect(text).toContain('Anmerkung der Analyse');
    expect(text).toContain('Ulba-Metallurgiewerk');
    expect(text).toContain('Geprüft am 25. November 2026');
    await expect(uran.locator('.anmerkung__quellen a:not(.sources__archive)').count()).resolves.toBe(3);
    // Each web source has its archived copy or a search in the Internet Archive for the day it was read.
    await expect(uran.locator('.anmerkung__quellen .sources__archive').count()).resolves.toBe(3);
    // The article's own words are unchanged next to the note.
    expect(normalize(await page.locator('#absatz-4').textContent())).toContain(
      'die weltgrößte Uranmine in der Stadt Öskemen',
    );
    await context.close();
  });

  it("cite each source short, linked to its entry in the page's list of sources, which starts with the citation", async () => {
    const { context, page } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(url('artikel/kasachstan-unklarer-als-gedacht/#ereignis-serdjukow-dementi'));
    const citations = await page.locator('#ereignis-serdjukow-dementi .sources__list li > a').all();
    expect(citations.length).toBeGreaterThan(0);
    for (const citation of citations) {
      const href = (await citation.getAttribute('href'))!;
      expect(href).toMatch(/^#quelle-[a-z0-9-]+$/);
      const entry = page.locator(`.page-sources li${href}`);
      await expect(entry.count()).resolves.toBe(1);
      // »Publisher, date« beside the fact; the entry leads with the same words, then the title.
      const cited = normalize(await citation.textContent());
      const publisher = cited.split(/[,:]/)[0]!;
      expect(normalize(await entry.locator('a').first().textContent()).startsWith(publisher)).toBe(true);
      expect(cited.length).toBeLessThan(normalize(await entry.textContent()).length);
    }
    // Each source once in the page's list.
    const ids = await page.locator('.page-sources li').evaluateAll((items) => items.map((li) => li.id));
    expect(new Set(ids).size).toBe(ids.length);
    await context.close();
  });

  it('give every web source its archived copy, or a search in the Internet Archive for the day it was read', async () => {
    const { context, page } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(url('artikel/kasachstan-unklarer-als-gedacht/#ereignis-serdjukow-dementi'));
    const cited = await page
      .locator('#ereignis-serdjukow-dementi .sources__list li > a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
    const items = cited.map((href) => page.locator(`.page-sources li${href}`));
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) {
      const links = item.locator('a:not(.sources__archive)');
      const source = (await links.count()) ? await links.first().getAttribute('href') : null;
      if (!source?.startsWith('http')) {
        await expect(item.locator('a.sources__archive').count()).resolves.toBe(0);
        continue;
      }
      const archive = item.locator('a.sources__archive');
      const [href, label] = [await archive.getAttribute('href'), normalize(await archive.textContent())];
      if (label === 'Archivkopie') expect(href).toMatch(/^https:\/\//);
      else {
        expect(label).toBe('im Internet Archive suchen');
        const accessed = /abgerufen am/.test(normalize(await item.textContent()));
        expect(href).toMatch(new RegExp(`^https://web\\.archive\\.org/web/${accessed ? '\\d{8}' : '\\*'}/`));
        expect(href!.endsWith(source)).toBe(true);
      }
    }
    await context.close();
  });
});
