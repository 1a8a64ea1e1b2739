/**
 * The timeline page in the browser: complete without JavaScript, deep links
 * that scroll to and highlight an event, evidence links that land on the
 * right sentence, competing claims side by side, and the exports.
 *
 * The real content grows: every expectation about which events there are,
 * which page holds them and what their status is comes from the site's own
 * export (daten/ereignisse.json) or from the content, never from today's
 * numbers.
 */
import { join } from 'node:path';
import ICAL from 'ical.js';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportedEvents } from './exported-events.ts';
import { readContent } from '../../src/lib/analysis/read-content.ts';
import { statusLabel } from '../../src/lib/format/labels.ts';
import { launch, openPage, url } from './browser.ts';
import { ROOT } from './build.ts';

interface ExportedEvent {
  id: string;
  title: string;
  date: string;
  status: keyof typeof statusLabel;
  evidence: string;
  evidenceUrl: string;
  /** The timeline page that holds the event, with its fragment. */
  url: string;
}

const ARTICLE = 'kasachstan-unklarer-als-gedacht';

let browser: Browser;
let exported: ExportedEvent[];
beforeAll(async () => {
  browser = await launch();
  exported = await exportedEvents<ExportedEvent>(async (path) => (await fetch(url(path))).text());
});
afterAll(async () => browser?.close());

const normalize = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();
/** A URL of the published site on this test server. */
const local = (published: string) => published.replace('https://lagebild.example.org/', url(''));
const eventNamed = (id: string) => exported.find((e) => e.id === id)!;
/** The timeline pages that hold the events, in time order. */
const timelinePages = () => [...new Set(exported.map((e) => local(e.url).replace(/#.*$/, '')))];

describe('the timeline page', () => {
  it('lists every event with JavaScript off, in time order, as <time> items', async () => {
    const { context, page, problems } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(url('zeitleiste/'));
    // The overview is an index: a line per event that links its full entry on the month page, and no entry itself.
    const lines = await page
      .locator('ol.timeline li.timeline-index__item')
      .evaluateAll((nodes) => nodes.map((n) => ({ id: n.id, href: n.querySelector('a')!.href })));
    expect(lines.length).toBeGreaterThan(0);
    await expect(page.locator('ol.timeline li.event').count()).resolves.toBe(0);
    for (const line of lines) {
      expect(line.href, line.id).toBe(local(eventNamed(line.id.replace(/^ereignis-/, '')).url));
    }
    // The pages of the timeline hold every event once, in time order.
    const items: { id: string; datetime: string }[] = [];
    for (const path of timelinePages()) {
      await page.goto(path);
      items.push(
        ...(await page
          .locator('ol.timeline li.event')
          .evaluateAll((nodes) =>
            nodes.map((n) => ({ id: n.id, datetime: n.querySelector('time')?.getAttribute('datetime') ?? '' })),
          )),
      );
    }
    expect(items.map((i) => i.id).sort()).toEqual(exported.map((e) => `ereignis-${e.id}`).sort());
    const datetimes = items.map((i) => i.datetime);
    expect([...datetimes].sort()).toEqual(datetimes);
    await page.goto(local(eventNamed('tokajew-kuendigt-abzug-an').url));
    await expect(page.locator('#ereignis-tokajew-kuendigt-abzug-an time').first().textContent()).resolves.toBe(
      'Dienstag, 11. Januar 2022, morgens',
    );
    await page.goto(local(eventNamed('unruhen-januar').url));
    await expect(page.locator('#ereignis-unruhen-januar time').first().textContent()).resolves.toBe(
      'ca. 2.–7. Januar 2022',
    );
    // On screen the day's heading gives the date once; its entries show only the time of day and the status.
    const onScreen = await page.locator('#ereignis-tokajew-kuendigt-abzug-an .event__date').evaluate((p) => {
      const copy = p.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('.visually-hidden').forEach((n) => n.remove());
      return copy.textContent!.replace(/\s+/g, ' ').trim();
    });
    expect(onScreen).toBe(`morgens ${statusLabel[eventNamed('tokajew-kuendigt-abzug-an').status]}`);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('says the status in words, not colour alone: the status of the latest report', async () => {
    const { context, page } = await openPage(browser);
    const shown: Record<string, string> = {};
    for (const path of timelinePages()) {
      await page.goto(path);
      for (const [id, status] of await page
        .locator('ol.timeline li.event')
        .evaluateAll((nodes) =>
          nodes.map((n) => [n.id.replace(/^ereignis-/, ''), n.querySelector('.status')?.textContent]),
        )) {
        shown[id!] = status ?? '';
      }
    }
    expect(shown).toEqual(Object.fromEntries(exported.map((e) => [e.id, statusLabel[e.status]])));
    expect(new Set(Object.values(shown)).size, 'more than one status is shown').toBeGreaterThan(1);
    await context.close();
  });

  it('opens a deep link at the event and highlights it', async () => {
    const { context, page } = await openPage(browser, { width: 390, height: 740 });
    await page.goto(local(eventNamed('flughafen-wiedereroeffnung').url));
    const item = page.locator('#ereignis-flughafen-wiedereroeffnung');
    await expect(item.evaluate((el) => el.matches(':target'))).resolves.toBe(true);
    await page.waitForFunction(() => {
      const top = document.getElementById('ereignis-flughafen-wiedereroeffnung')!.getBoundingClientRect().top;
      return top >= 0 && top < window.innerHeight / 2;
    });
    await expect(item.evaluate((el) => getComputedStyle(el).backgroundColor)).resolves.toBe('rgb(255, 240, 168)');
    await context.close();
  });

  it('is compact on a phone: sources folded behind their count, short entries, a full month within 400 px per event', async () => {
    const { context, page } = await openPage(browser, { width: 390, height: 800 });
    for (const path of timelinePages()) {
      await page.goto(path);
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      const shown = await page.locator('ol.timeline li.event').count();
      expect(shown, path).toBeGreaterThan(0);
      // An entry's history of reports grows with each article that reports the event (by design): it does not count.
      const { height, entries, foot } = await page.evaluate(() => {
        const histories = [...document.querySelectorAll('ol.timeline li.event .event__reports')].reduce(
          (sum, box) => sum + box.getBoundingClientRect().height,
          0,
        );
        const items = [...document.querySelectorAll('ol.timeline li.event')];
        // The page's list of sources closes it, folded: one block whatever the month holds (checked below).
        const sources = document.querySelector('.page-sources');
        const foot = sources
          ? sources.getBoundingClientRect().height + parseFloat(getComputedStyle(sources).marginTop)
          : 0;
        return {
          foot,
          height: document.documentElement.scrollHeight - histories - foot,
          entries: items.reduce((sum, item) => sum + item.getBoundingClientRect().height, 0) - histories,
        };
      });
      // Each entry is short however few a month holds; a full month (the first article's 15 events) stays within
      // 6,000 px in all, the page's head and foot included.
      expect(entries / shown, `${path}: ${Math.round(entries)} px of entries for ${shown} events`).toBeLessThanOrEqual(
        340,
      );
      if (shown >= 15) {
        expect(height / shown, `${path}: ${height} px for ${shown} events`).toBeLessThanOrEqual(400);
      }
      expect(foot, `${path}: the folded list of the page's sources`).toBeGreaterThan(0);
      expect(foot, `${path}: the folded list of the page's sources`).toBeLessThanOrEqual(120);
      // Every list of sources in an entry is folded, its summary says how many, and nothing of it shows until opened.
      const folds = await page.locator('ol.timeline li.event').evaluateAll((entries) =>
        entries.flatMap((entry) =>
          [...entry.querySelectorAll('.sources, .confidence')].map((box) => ({
            entry: entry.id,
            folded: box.closest('details') !== null && !box.closest('details')!.open,
            summary: box.closest('details')?.querySelector('summary')?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
            listed: box.querySelectorAll('li').length,
            visible: [...box.querySelectorAll('li')].some((li) => li.checkVisibility()),
          })),
        ),
      );
      for (const fold of folds) {
        expect(fold.folded, fold.entry).toBe(true);
        expect(fold.visible, fold.entry).toBe(false);
      }
      const counted = folds.filter((f) => /Quellen? zur Datierung$/.test(f.summary));
      for (const fold of counted)
        expect(fold.summary).toBe(`${fold.listed}\u00a0Quelle${fold.listed === 1 ? '' : 'n'} zur Datierung`);
    }
    // The first article's reopening of the airport: its dating sources fold behind »Begründung und N Quellen«.
    await page.goto(local(eventNamed('flughafen-wiedereroeffnung').url));
    const confidence = page.locator('#ereignis-flughafen-wiedereroeffnung details.confidence');
    const listed = await confidence.locator('.sources li').count();
    expect(listed).toBeGreaterThan(0);
    await expect(confidence.locator('summary').textContent()).resolves.toMatch(
      new RegExp(`Begründung und ${listed}\u00a0Quellen?$`),
    );
    await confidence.locator('summary').click();
    await expect(confidence.locator('.sources li').first().isVisible()).resolves.toBe(true);
    await context.close();
  });

  it('opens an old link to an event on the overview at its full entry', async () => {
    const { context, page, problems } = await openPage(browser);
    await page.goto(url('zeitleiste/#ereignis-abzug-beginn'));
    await page.waitForURL(local(eventNamed('abzug-beginn').url));
    await expect(page.locator('#ereignis-abzug-beginn').evaluate((el) => el.matches(':target'))).resolves.toBe(true);
    await expect(page.locator('#ereignis-abzug-beginn.event').count()).resolves.toBe(1);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('shows the competing claims side by side with who made each', async () => {
    const { context, page } = await openPage(browser);
    await page.goto(local(eventNamed('abzug-beginn').url));
    // The entry folds its claims behind one line that names who made them; the reader opens it.
    const fold = page.locator('#ereignis-abzug-beginn summary.competing__title');
    await expect(fold.textContent()).resolves.toMatch(/^\d+\u00a0Aussagen zum Ereignis: .*Andrej Serdjukow/);
    await fold.click();
    // The first article's two claims about the withdrawal's start (other articles may add more).
    const withdrawal = page.locator('#ereignis-abzug-beginn .competing__item');
    const tokajew = withdrawal.filter({ hasText: 'Kassym-Schomart Tokajew' }).filter({ hasText: '13. Januar 2022' });
    const serdjukow = withdrawal
      .filter({ hasText: 'Andrej Serdjukow' })
      .filter({ hasText: 'wenn ihre Aufgabe erfüllt sei' });
    expect(normalize(await tokajew.first().textContent())).toContain('Termin laut Aussage: 13. Januar 2022');
    await expect(serdjukow.count()).resolves.toBe(1);
    // Measured once the web fonts have replaced the fallback (the layout moves until then).
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    const tops = await Promise.all([tokajew, serdjukow].map(async (item) => (await item.first().boundingBox())!.y));
    expect(Math.abs(tops[0]! - tops[1]!)).toBeLessThan(2); // side by side on a desktop
    await page.goto(local(eventNamed('flughafen-wiedereroeffnung').url));
    // The first article alone gives three dates for the reopening.
    await page.locator('#ereignis-flughafen-wiedereroeffnung summary.competing__title').click();
    const reopening = page.locator('#ereignis-flughafen-wiedereroeffnung .competing__item');
    expect(await reopening.count()).toBeGreaterThanOrEqual(3);
    await expect(reopening.first().isVisible()).resolves.toBe(true);
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
    // The article's own report of the withdrawal's start (other articles may report it too).
    const article = readContent(join(ROOT, 'content'), ROOT).articles.find((a) => a.slug === ARTICLE)!;
    const report = article.data.reports.find((r) => r.event === 'abzug-beginn')!;
    await page.goto(url(`artikel/${ARTICLE}/`));
    await page.locator('#ereignisse summary').click(); // the catalogue is folded until the reader opens it
    await page.locator('#ereignisse #ereignis-abzug-beginn a', { hasText: 'In der Zeitleiste' }).click();
    await page.waitForURL(local(eventNamed('abzug-beginn').url));
    await page
      .locator(`#ereignis-abzug-beginn a[href$="/artikel/${ARTICLE}/#beleg-ereignis-abzug-beginn"]`)
      .first()
      .click();
    await page.waitForURL(url(`artikel/${ARTICLE}/#beleg-ereignis-abzug-beginn`));
    await expect(page.locator('#beleg-ereignis-abzug-beginn').textContent()).resolves.toBe(report.evidence);
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
