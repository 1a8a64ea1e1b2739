/**
 * The archive in bounded pages, in the browser: the multi-article fixture
 * corpus (tests/fixtures/corpus, all in January 2022) with one more article
 * made here that reports an event of December 2021 and one of February 2022.
 * Its timeline has a page per month, every link to an event lands on the page
 * that holds it, old links to /zeitleiste/#ereignis-… still arrive, and the
 * exports come whole and by year.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { axeViolations, openPage } from './browser.ts';
import { ROOT } from './build.ts';
import { servedCorpus } from './served-corpus.ts';

const ARTICLE = `---
title: "Rückblick und Ausblick"
dek: Was vor der Krise geschah und wann der Abzug endet.
published: 2022-02
referenceDate:
  date: 2022-02-11
  note: Geschrieben am Freitag, dem 11. Februar.
source:
  outlet: Testzeitung
language: de
actors: [ovks]
places: [kasachstan]
reports:
  - event: vorgeschichte
    status: reported
    evidence: Schon Mitte Dezember hatten Proteste begonnen.
  - event: abzug-ende
    status: reported
    evidence: Die letzten Soldaten der OVKS verließen das Land am Donnerstag.
    dateExpression: am Donnerstag
---

Schon Mitte Dezember hatten Proteste begonnen.

Die letzten Soldaten der OVKS verließen das Land am Donnerstag.
`;

const site = servedCorpus('archive', (work) => {
  const content = join(work, 'content');
  cpSync(join(ROOT, 'tests', 'fixtures', 'corpus'), content, { recursive: true });
  writeFileSync(join(content, 'articles', 'rueckblick.md'), ARTICLE);
  writeFileSync(
    join(content, 'events', 'vorgeschichte.yaml'),
    'title: Proteste beginnen\ndate: 2021-12-16\nplaces: [kasachstan]\ndateSources: [testagentur-abzug]\n',
  );
  writeFileSync(
    join(content, 'events', 'abzug-ende.yaml'),
    'title: Die letzten Soldaten ziehen ab\ndate: 2022-02-10\nactors: [ovks]\nplaces: [kasachstan]\n',
  );
  return content;
});
const at = site.at;

describe('the timeline by month', () => {
  it('links a page for each month from /zeitleiste/', async () => {
    const { context, page, problems } = await openPage(site.browser, { origin: site.origin });
    await page.goto(at('zeitleiste/'));
    const months = page.locator('.timeline-months__list > li > a');
    await expect(months.allInnerTexts()).resolves.toEqual(['Dezember 2021', 'Januar 2022', 'Februar 2022']);
    await months.nth(2).click();
    await page.waitForURL(at('zeitleiste/2022-02/'));
    await expect(page.locator('h1').innerText()).resolves.toBe('Zeitleiste: Februar 2022');
    await expect(page.locator('.event').count()).resolves.toBe(1);
    await expect(page.locator('#ereignis-abzug-ende').count()).resolves.toBe(1);
    expect(problems).toEqual([]);
    await context.close();
  });

  for (const width of [390, 1280]) {
    // The widths share the markup: axe checks the page once, at the phone width.
    it(`shows a month page at ${width} px without sideways scrolling${width === 390 ? ' or axe violations' : ''}`, async () => {
      const { context, page, problems } = await openPage(site.browser, { width, origin: site.origin });
      expect((await page.goto(at('zeitleiste/2022-01/')))?.status()).toBe(200);
      if (width === 390) expect(await axeViolations(page)).toEqual([]);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      expect(problems).toEqual([]);
      await context.close();
    });
  }

  it('pages from one month to the next', async () => {
    const { context, page } = await openPage(site.browser, { origin: site.origin });
    await page.goto(at('zeitleiste/2022-01/'));
    await page.locator('.pager').first().getByRole('link', { name: 'Februar 2022 →' }).click();
    await page.waitForURL(at('zeitleiste/2022-02/'));
    await page.locator('.pager').first().getByRole('link', { name: '← Januar 2022' }).click();
    await page.waitForURL(at('zeitleiste/2022-01/'));
    await context.close();
  });

  it("takes an article's event link to the month page that holds the event", async () => {
    const { context, page } = await openPage(site.browser, { origin: site.origin });
    await page.goto(at('artikel/rueckblick/'));
    // The article's events are a folded catalogue after the text: the reader opens it first.
    await page.locator('#ereignisse summary').click();
    await page.locator('#ereignis-abzug-ende').getByRole('link', { name: 'In der Zeitleiste' }).click();
    await page.waitForURL(at('zeitleiste/2022-02/#ereignis-abzug-ende'));
    const entry = page.locator('#ereignis-abzug-ende');
    await expect(entry.evaluate((el) => el.matches(':target'))).resolves.toBe(true);
    await expect(entry.innerText()).resolves.toContain('Die letzten Soldaten ziehen ab');
    await context.close();
  });

  it("takes an event page's timeline link to its month", async () => {
    const { context, page } = await openPage(site.browser, { origin: site.origin });
    await page.goto(at('ereignisse/vorgeschichte/'));
    await page.getByRole('link', { name: 'In der Zeitleiste' }).click();
    await page.waitForURL(at('zeitleiste/2021-12/#ereignis-vorgeschichte'));
    await expect(page.locator('#ereignis-vorgeschichte').count()).resolves.toBe(1);
    await context.close();
  });

  it('still reaches an event by an old link to /zeitleiste/, without JavaScript too', async () => {
    for (const javaScriptEnabled of [true, false]) {
      const { context, page } = await openPage(site.browser, { origin: site.origin, javaScriptEnabled });
      await page.goto(at('zeitleiste/#ereignis-abzug-ende'));
      await expect(page.locator('#ereignis-abzug-ende').innerText()).resolves.toContain('Die letzten Soldaten');
      await context.close();
    }
  });

  it('opens the event’s own page for a link to a page that no longer holds it', async () => {
    const { context, page, problems } = await openPage(site.browser, { origin: site.origin });
    await page.goto(at('zeitleiste/2022-01/#ereignis-abzug-ende'));
    await page.waitForURL(at('ereignisse/abzug-ende/'));
    await expect(page.locator('h1').innerText()).resolves.toBe('Die letzten Soldaten ziehen ab');
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('the exports', () => {
  const json = (file: string) => JSON.parse(readFileSync(join(site.dist, 'daten', file), 'utf8'));
  const ics = (file: string) =>
    new ICAL.Component(ICAL.parse(readFileSync(join(site.dist, 'daten', file), 'utf8')))
      .getAllSubcomponents('vevent')
      .map((e) => String(e.getFirstPropertyValue('uid')));

  it('keeps every event in the whole files and splits them by year', () => {
    expect(json('ereignisse.json').events).toHaveLength(5);
    expect(json('ereignisse-2021.json').events.map((e: { id: string }) => e.id)).toEqual(['vorgeschichte']);
    expect(json('ereignisse-2022.json').events).toHaveLength(4);
    expect(ics('zeitleiste.ics')).toHaveLength(5);
    expect(ics('zeitleiste-2021.ics')).toEqual(['vorgeschichte@lagebild']);
    expect(ics('zeitleiste-2022.ics')).toHaveLength(4);
  });

  it('links each event to its month page', () => {
    const [event] = json('ereignisse-2021.json').events;
    expect(event.url).toBe('https://lagebild.example.org/zeitleiste/2021-12/#ereignis-vorgeschichte');
  });

  it('lists the whole files and the files of each year on the timeline', async () => {
    const { context, page } = await openPage(site.browser, { origin: site.origin });
    await page.goto(at('zeitleiste/'));
    const hrefs = await page.locator('.downloads a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual([
      '/daten/zeitleiste.ics',
      '/daten/ereignisse.json',
      '/daten/zeitleiste-2021.ics',
      '/daten/ereignisse-2021.json',
      '/daten/zeitleiste-2022.ics',
      '/daten/ereignisse-2022.json',
    ]);
    await context.close();
  });
});
