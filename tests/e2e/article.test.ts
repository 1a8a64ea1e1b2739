/**
 * The article page in the browser: the seed's text complete, paragraph deep
 * links, entity and evidence links that resolve, German typography, and a
 * page that works without JavaScript.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openPage, url } from './browser.ts';

const ARTICLE = 'artikel/kasachstan-unklarer-als-gedacht/';
const seed = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'seed-000.txt'), 'utf8');
const seedParagraphs = seed
  .split('\n')
  .slice(1)
  .join('\n')
  .split(/\n\s*\n/)
  .map((p) => p.replace(/\s+/g, ' ').trim())
  .filter(Boolean);

let browser: Browser;
beforeAll(async () => (browser = await launch()));
afterAll(async () => browser?.close());

describe('the home page', () => {
  it('lists the article and leads to it', async () => {
    const { context, page, problems } = await openPage(browser);
    await page.goto(url(''));
    const link = page.getByRole('link', { name: 'Krise in Kasachstan: Unklarer als gedacht' });
    await expect(link.count()).resolves.toBe(1);
    const card = page.locator('.article-card', { has: link });
    await expect(card.locator('time').textContent()).resolves.toBe('Januar 2022');
    await link.click();
    await page.waitForURL(url(ARTICLE));
    await expect(page.locator('h1').textContent()).resolves.toBe('Krise in Kasachstan: Unklarer als gedacht');
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('the article page', () => {
  it('shows the seed text, complete and unchanged, one numbered paragraph each', async () => {
    const { context, page } = await openPage(browser);
    await page.goto(url(ARTICLE));
    const paragraphs = await page
      .locator('.article__body > p')
      .evaluateAll((nodes) =>
        nodes.map((n) => ({ id: n.id, text: (n.textContent ?? '').replace(/\s+/g, ' ').trim() })),
      );
    expect(paragraphs.map((p) => p.text)).toEqual(seedParagraphs);
    expect(paragraphs.map((p) => p.id)).toEqual(seedParagraphs.map((_, i) => `absatz-${i + 1}`));
    // German quotation marks survive the pipeline (no English curly quotes).
    expect(paragraphs[0]!.text).toContain('»Extremisten«');
    expect(paragraphs.map((p) => p.text).join(' ')).not.toMatch(/[“”]/);
    await context.close();
  });

  it('opens a paragraph deep link at that paragraph and highlights it', async () => {
    const { context, page } = await openPage(browser, { width: 390, height: 700 });
    await page.goto(url(`${ARTICLE}#absatz-4`));
    const paragraph = page.locator('#absatz-4');
    await expect(paragraph.evaluate((el) => el.matches(':target'))).resolves.toBe(true);
    // The browser scrolls the paragraph into view (smoothly, where motion is welcome).
    await page.waitForFunction(() => {
      const top = document.getElementById('absatz-4')!.getBoundingClientRect().top;
      return top >= -1 && top < window.innerHeight / 2;
    });
    const background = await paragraph.evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(background).not.toBe('rgba(0, 0, 0, 0)');
    await context.close();
  });

  it('links every actor and place mention to its entity page, which exists', async () => {
    const { context, page } = await openPage(browser);
    await page.goto(url(ARTICLE));
    const links = await page.locator('.article__body a.entitaet').evaluateAll((nodes) =>
      nodes.map((n) => ({
        text: n.textContent,
        href: n.getAttribute('href') ?? '',
        entity: n.getAttribute('data-entity'),
      })),
    );
    expect(links.length).toBeGreaterThan(30);
    for (const href of new Set(links.map((l) => l.href))) {
      expect(href).toMatch(/^\/(akteure|orte)\/[a-z0-9-]+\/$/);
      const response = await fetch(url(href.slice(1)));
      expect(response.status, href).toBe(200);
    }
    // Each mention also names its entry in the article's own lists (for the card).
    for (const { entity } of links) {
      const [kind, id] = entity!.split(':');
      await expect(page.locator(`#${kind === 'actor' ? 'akteur' : 'ort'}-${id}`).count(), entity!).resolves.toBe(1);
    }
    const names = links.map((l) => l.text);
    for (const name of [
      'Kassym-Schomart Tokajew',
      'Andrej Serdjukow',
      'Antony Blinken',
      'Maria Sacharowa',
      'Wladimir Putins',
      'Öskemen',
      'Nur-Sultan',
      'Komsomolskaja Prawda',
    ]) {
      expect(names).toContain(name);
    }
    await page.locator('.article__body a[href="/akteure/serdjukow/"]').first().click();
    await page.waitForURL(url('akteure/serdjukow/'));
    await expect(page.locator('h1').textContent()).resolves.toBe('Andrej Serdjukow');
    await context.close();
  });

  it('every evidence link of events, places, claims and notes lands on its quote', async () => {
    const { context, page } = await openPage(browser);
    await page.goto(url(ARTICLE));
    const hrefs = await page
      .locator('.analysis a[href^="#beleg-"], .analysis a[href="#foto"]')
      .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('href') ?? ''));
    expect(hrefs.length).toBeGreaterThan(40);
    for (const href of new Set(hrefs)) {
      const target = page.locator(href);
      await expect(target.count(), href).resolves.toBe(1);
      await expect(
        target.evaluate((el) => el.closest('.article__body, #foto') !== null),
        href,
      ).resolves.toBe(true);
    }
    // The catalogue is folded until the reader opens it.
    await page.locator('#ereignisse summary').click();
    await page.locator('#ereignis-abzug-beginn a[href^="#beleg-"]').click();
    const mark = page.locator('#beleg-ereignis-abzug-beginn');
    await expect(mark.textContent()).resolves.toBe('den Beginn des Abzugs für diesen Donnerstag angekündigt');
    await expect(mark.evaluate((el) => getComputedStyle(el).backgroundColor)).resolves.not.toBe('rgba(0, 0, 0, 0)');
    await context.close();
  });

  it('shows the caption and credit of a photo it cannot show as a note, without a placeholder image', async () => {
    const { context, page } = await openPage(browser);
    await page.goto(url(ARTICLE));
    const note = page.locator('#foto');
    await expect(note.locator('img, [role="img"]').count()).resolves.toBe(0);
    const text = (await note.textContent())!.replace(/\s+/g, ' ');
    expect(text).toContain('Foto der Vorlage, hier nicht wiedergegeben');
    expect(text).toContain('Friedenstruppe im Einsatz: Straßenpatrouille in Almaty');
    expect(text).toContain('11. Januar 2022');
    expect(text).toContain('Foto: Valery Sharifulin/imago images/ITAR-TASS');
    await context.close();
  });

  it('works without JavaScript: the same text, links and analysis', async () => {
    const { context, page, problems } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(url(`${ARTICLE}#absatz-2`));
    await expect(page.locator('.article__body > p').count()).resolves.toBe(seedParagraphs.length);
    await expect(page.locator('#ereignisse li').count()).resolves.toBeGreaterThan(10);
    await expect(page.locator('#absatz-2').evaluate((el) => el.matches(':target'))).resolves.toBe(true);
    expect(problems).toEqual([]);
    await context.close();
  });
});
