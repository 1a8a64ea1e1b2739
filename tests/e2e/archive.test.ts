/**
 * The archive in bounded pages, in the browser: the fixture site
 * (fixture-site.ts: the multi-article fixture corpus, all in January 2022,
 * with one more article that reports an event of December 2021 and one of
 * February 2022). Its timeline has a page per month, every link to an event
 * lands on the page that holds it, old links to /zeitleiste/#ereignis-… still
 * arrive, and the exports come whole and by year.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { axeViolations, openPage } from './browser.ts';
import { exportedEvents } from './exported-events.ts';
import { contentOf, fixtureSite } from './fixture-site.ts';

const site = fixtureSite();
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
    await page.goto(at('ereignisse/abzug-ende/'));
    await page.getByRole('link', { name: 'In der Zeitleiste' }).click();
    await page.waitForURL(at('zeitleiste/2022-02/#ereignis-abzug-ende'));
    await expect(page.locator('#ereignis-abzug-ende').count()).resolves.toBe(1);
    await context.close();
  });

  it('links an event several articles report from each article’s list to its own page', async () => {
    const { context, page } = await openPage(site.browser, { origin: site.origin, javaScriptEnabled: false });
    await page.goto(at('artikel/rueckblick/'));
    // The list is folded (a closed <details>): its links are there, hidden until the reader opens it.
    const entry = page.locator('#ereignis-abzug-ende');
    await expect(
      entry
        .getByRole('link', { name: 'Einzelseite: Die letzten Soldaten ziehen ab', includeHidden: true })
        .getAttribute('href'),
    ).resolves.toBe(at('ereignisse/abzug-ende/').slice(site.origin.length));
    // Its own event (only this article reports it) lives here: its link is its address.
    await expect(
      page
        .locator('#ereignis-vorgeschichte')
        .getByRole('link', { name: /^Link zum Ereignis: /, includeHidden: true })
        .getAttribute('href'),
    ).resolves.toBe('#ereignis-vorgeschichte');
    await context.close();
  });

  it('keeps an event one article reports in that article: no page of its own, its entry there opened', async () => {
    expect(existsSync(join(site.dist, 'ereignisse', 'vorgeschichte'))).toBe(false);
    expect(existsSync(join(site.dist, 'ereignisse', 'abzug-ende', 'index.html'))).toBe(true);
    const { context, page, problems } = await openPage(site.browser, { origin: site.origin });
    await page.goto(at('zeitleiste/2021-12/'));
    await page.locator('#ereignis-vorgeschichte').getByRole('link', { name: 'Eintrag im Artikel' }).click();
    await page.waitForURL(at('artikel/rueckblick/#ereignis-vorgeschichte'));
    const entry = page.locator('#ereignis-vorgeschichte');
    await expect(entry.isVisible()).resolves.toBe(true);
    await expect(entry.innerText()).resolves.toContain('Proteste beginnen');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('opens an event where it lives for an old link to a page it no longer has (with JavaScript)', async () => {
    const { context, page } = await openPage(site.browser, { origin: site.origin });
    await page.goto(at('ereignisse/vorgeschichte/'));
    await page.waitForURL(at('artikel/rueckblick/#ereignis-vorgeschichte'));
    await expect(page.locator('#ereignis-vorgeschichte').isVisible()).resolves.toBe(true);
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

  it('keeps every event in the whole calendar and splits it by year', () => {
    // Every registered event is reported; only »vorgeschichte« lies in 2021.
    const events = readdirSync(join(contentOf(site.work), 'events')).length;
    expect(ics('zeitleiste.ics')).toHaveLength(events);
    expect(ics('zeitleiste-2021.ics')).toEqual(['vorgeschichte@lagebild']);
    expect(ics('zeitleiste-2022.ics')).toHaveLength(events - 1);
  });

  it('splits the events by month into parts that /daten/ereignisse.json lists, every event once, no file complete', async () => {
    const index = json('ereignisse.json') as { parts: { month: string; count: number; url: string }[] };
    expect(index.parts.map((p) => p.month)).toEqual(['2021-12', '2022-01', '2022-02']);
    for (const part of index.parts) {
      const { events } = json(part.url.replace('https://lagebild.example.org/daten/', '')) as {
        events: { id: string; start: string }[];
      };
      for (const event of events) expect(event.start.slice(0, 7), event.id).toBe(part.month);
    }
    const ids = (await exportedEvents<{ id: string }>((path) => readFileSync(join(site.dist, path), 'utf8'))).map(
      (e) => e.id,
    );
    expect(ids.sort()).toEqual(
      readdirSync(join(contentOf(site.work), 'events'))
        .map((file) => file.replace(/\.yaml$/, ''))
        .sort(),
    );
    // No file with every event: at 1,000 articles it outgrew what static hosts accept.
    expect(readdirSync(join(site.dist, 'daten')).filter((f) => /^ereignisse-\d{4}\.json$/.test(f))).toEqual([]);
  });

  it('links each event to its month page', () => {
    const [event] = json('ereignisse/2021-12.json').events;
    expect(event.url).toBe('https://lagebild.example.org/zeitleiste/2021-12/#ereignis-vorgeschichte');
  });

  it("lists the calendar, the index of the events' parts and each year's calendar on the timeline", async () => {
    const { context, page } = await openPage(site.browser, { origin: site.origin });
    await page.goto(at('zeitleiste/'));
    const hrefs = await page.locator('.downloads a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual([
      '/daten/zeitleiste.ics',
      '/daten/ereignisse.json',
      '/daten/zeitleiste-2021.ics',
      '/daten/zeitleiste-2022.ics',
    ]);
    await context.close();
  });
});
