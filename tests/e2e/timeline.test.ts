/**
 * The timeline page in the browser: complete without JavaScript, deep links
 * that scroll to and highlight an event, evidence links that land on the
 * right sentence, competing claims side by side, and the exports.
 */
import ICAL from 'ical.js';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openPage, url } from './browser.ts';

interface ExportedEvent {
  id: string;
  title: string;
  date: string;
  evidence: string;
  evidenceUrl: string;
}

let browser: Browser;
let exported: ExportedEvent[];
beforeAll(async () => {
  browser = await launch();
  exported = ((await (await fetch(url('daten/ereignisse.json'))).json()) as { events: ExportedEvent[] }).events;
});
afterAll(async () => browser?.close());

const normalize = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();

describe('the timeline page', () => {
  it('lists every event with JavaScript off, in time order, as <time> items', async () => {
    const { context, page, problems } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(url('zeitleiste/'));
    const items = await page
      .locator('ol.timeline li.event')
      .evaluateAll((nodes) =>
        nodes.map((n) => ({ id: n.id, datetime: n.querySelector('time')?.getAttribute('datetime') ?? '' })),
      );
    expect(items.map((i) => i.id).sort()).toEqual(exported.map((e) => `ereignis-${e.id}`).sort());
    expect(items.length).toBeGreaterThanOrEqual(15);
    const datetimes = items.map((i) => i.datetime);
    expect([...datetimes].sort()).toEqual(datetimes);
    await expect(page.locator('#ereignis-tokajew-kuendigt-abzug-an time').first().textContent()).resolves.toBe(
      'Dienstag, 11. Januar 2022, morgens',
    );
    await expect(page.locator('#ereignis-unruhen-januar time').first().textContent()).resolves.toBe(
      'ca. 2.–7. Januar 2022',
    );
    // On screen the day's heading gives the date once; its entries show only the time of day and the status.
    const onScreen = await page.locator('#ereignis-tokajew-kuendigt-abzug-an .event__date').evaluate((p) => {
      const copy = p.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('.visually-hidden').forEach((n) => n.remove());
      return copy.textContent!.replace(/\s+/g, ' ').trim();
    });
    expect(onScreen).toBe('morgens berichtet');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('says the status in words, not colour alone', async () => {
    const { context, page } = await openPage(browser);
    await page.goto(url('zeitleiste/'));
    await expect(page.locator('#ereignis-abzug-beginn .status').textContent()).resolves.toBe('umstritten');
    await expect(page.locator('#ereignis-ausnahmezustand-ende .status').textContent()).resolves.toBe('geplant');
    await context.close();
  });

  it('opens a deep link at the event and highlights it', async () => {
    const { context, page } = await openPage(browser, { width: 390, height: 740 });
    await page.goto(url('zeitleiste/#ereignis-flughafen-wiedereroeffnung'));
    const item = page.locator('#ereignis-flughafen-wiedereroeffnung');
    await expect(item.evaluate((el) => el.matches(':target'))).resolves.toBe(true);
    await page.waitForFunction(() => {
      const top = document.getElementById('ereignis-flughafen-wiedereroeffnung')!.getBoundingClientRect().top;
      return top >= 0 && top < window.innerHeight / 2;
    });
    await expect(item.evaluate((el) => getComputedStyle(el).backgroundColor)).resolves.toBe('rgb(255, 240, 168)');
    await context.close();
  });

  it('shows the competing claims side by side with who made each', async () => {
    const { context, page } = await openPage(browser);
    await page.goto(url('zeitleiste/'));
    const withdrawal = page.locator('#ereignis-abzug-beginn .competing__item');
    await expect(withdrawal.count()).resolves.toBe(2);
    const [tokajew, serdjukow] = await withdrawal.allTextContents();
    expect(normalize(tokajew!)).toContain('Kassym-Schomart Tokajew');
    expect(normalize(tokajew!)).toContain('Termin laut Aussage: 13. Januar 2022');
    expect(normalize(serdjukow!)).toContain('Andrej Serdjukow');
    expect(normalize(serdjukow!)).toContain('wenn ihre Aufgabe erfüllt sei');
    const boxes = await withdrawal.evaluateAll((nodes) => nodes.map((n) => n.getBoundingClientRect().top));
    expect(Math.abs(boxes[0]! - boxes[1]!)).toBeLessThan(2); // side by side on a desktop
    await expect(page.locator('#ereignis-flughafen-wiedereroeffnung .competing__item').count()).resolves.toBe(3);
    await context.close();
  });

  it('every event links to the sentence that supports it', async () => {
    const { context, page } = await openPage(browser);
    for (const event of exported) {
      await page.goto(event.evidenceUrl.replace('https://lagebild.example.org/', url('')));
      const target = page.locator(':target');
      await expect(target.count(), event.id).resolves.toBe(1);
      const text = normalize(await target.textContent());
      expect(text, event.id).toContain(normalize(event.evidence));
    }
    await context.close();
  });

  it('links the article page compact timeline here, and back', async () => {
    const { context, page } = await openPage(browser);
    await page.goto(url('artikel/kasachstan-unklarer-als-gedacht/'));
    await page.locator('#ereignisse summary').click(); // the catalogue is folded until the reader opens it
    await page.locator('#ereignisse #ereignis-abzug-beginn a', { hasText: 'In der Zeitleiste' }).click();
    await page.waitForURL(url('zeitleiste/2022-01/#ereignis-abzug-beginn'));
    await page.locator('#ereignis-abzug-beginn a', { hasText: 'Zum Satz im Artikel' }).click();
    await page.waitForURL(/#beleg-ereignis-abzug-beginn$/);
    await expect(page.locator('#beleg-ereignis-abzug-beginn').textContent()).resolves.toBe(
      'den Beginn des Abzugs für diesen Donnerstag angekündigt',
    );
    await context.close();
  });

  it('serves a calendar file that calendar apps can read', async () => {
    const response = await fetch(url('daten/zeitleiste.ics'));
    expect(response.status).toBe(200);
    const calendar = new ICAL.Component(ICAL.parse(await response.text()));
    const vevents = calendar.getAllSubcomponents('vevent');
    expect(vevents).toHaveLength(exported.length);
    const { context, page } = await openPage(browser);
    await page.goto(url('zeitleiste/'));
    await expect(page.locator('a[href$="daten/zeitleiste.ics"]').count()).resolves.toBe(1);
    await expect(page.locator('a[href$="daten/ereignisse.json"]').count()).resolves.toBe(1);
    await context.close();
  });
});
