/**
 * A large archive stays readable: 60 articles generated from the first real
 * article alone (bench/generate-corpus.mjs: new ids, a third of the events
 * shared, the real registries), built like the site. The home page shows the
 * newest, the article list pages, the timeline has bounded pages with an
 * overview, and an actor named by every article gets its mentions grouped by
 * article and split into pages.
 */
import { cpSync, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/generate-corpus.mjs';
import { openPage } from './browser.ts';
import { ROOT } from './build.ts';
import { servedCorpus } from './served-corpus.ts';

const ARTICLES = 60;
/** The first real article: the archive is made of copies of it alone, whatever else content/ holds. */
const SEED = 'kasachstan-unklarer-als-gedacht.md';
const site = servedCorpus('large-archive', (work) => {
  const source = join(work, 'source');
  for (const kind of ['actors', 'places', 'sources', 'events']) {
    cpSync(join(ROOT, 'content', kind), join(source, kind), { recursive: true });
  }
  cpSync(join(ROOT, 'content', 'articles', SEED), join(source, 'articles', SEED));
  return generateCorpus(join(work, 'content'), ARTICLES, source);
});
const at = site.at;

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

describe(`an archive of ${ARTICLES} articles`, () => {
  it('shows the ten newest articles on the home page and links the whole list', async () => {
    const { context, page, problems } = await openPage(site.browser, { origin: site.origin });
    await page.goto(at(''));
    await expect(page.locator('.article-list > li').count()).resolves.toBe(10);
    await page.getByRole('link', { name: `Alle ${ARTICLES} Artikel` }).click();
    await page.waitForURL(at('artikel/'));
    expect(problems).toEqual([]);
    await context.close();
  });

  it('lists the articles in pages of twenty, newest first', async () => {
    const { context, page } = await openPage(site.browser, { origin: site.origin });
    await page.goto(at('artikel/'));
    await expect(page.locator('h1').innerText()).resolves.toBe('Artikel (Seite 1 von 3)');
    await expect(page.locator('.article-list > li').count()).resolves.toBe(20);
    await page.getByRole('link', { name: 'Ältere Artikel →' }).first().click();
    await page.waitForURL(at('artikel/2/'));
    await page.getByRole('link', { name: 'Ältere Artikel →' }).first().click();
    await page.waitForURL(at('artikel/3/'));
    await expect(page.locator('.article-list > li').count()).resolves.toBe(20);
    await expect(page.getByRole('link', { name: 'Ältere Artikel →' }).count()).resolves.toBe(0);
    await context.close();
  });

  it('lists every correction in pages of at most a hundred, newest first, each once', async () => {
    // How many corrections the generated articles hold, read from their files (whatever the seed holds).
    const articles = join(site.work, 'content', 'articles');
    const expected = readdirSync(articles).reduce((sum, file) => {
      const frontmatter = readFileSync(join(articles, file), 'utf8').split('\n---\n')[0]!;
      const corrections = /^corrections:\n((?:[ -].*\n)*)/m.exec(`${frontmatter}\n`)?.[1] ?? '';
      return sum + (corrections.match(/^ {2}- date:/gm) ?? []).length;
    }, 0);
    const { context, page } = await openPage(site.browser, { origin: site.origin });
    await page.goto(at('korrekturen/'));
    const ids: string[] = [];
    const dates: string[] = [];
    for (;;) {
      const items = page.locator('.corrections__list > .correction');
      expect(await items.count()).toBeLessThanOrEqual(100);
      ids.push(...(await items.evaluateAll((nodes) => nodes.map((n) => n.id))));
      dates.push(
        ...(await items
          .locator('.correction__date time')
          .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('datetime')!))),
      );
      const older = page.getByRole('link', { name: 'Ältere Korrekturen →' });
      if (!(await older.count())) break;
      await older.click();
      await page.waitForURL(/\/korrekturen\/\d+\/$/);
    }
    expect(expected).toBeGreaterThan(100);
    expect(ids).toHaveLength(expected);
    expect(new Set(ids).size).toBe(ids.length);
    expect(dates).toEqual([...dates].sort().reverse());
    await context.close();
  });

  it('shows the months and the latest page of the timeline on /zeitleiste/', async () => {
    const { context, page } = await openPage(site.browser, { origin: site.origin });
    await page.goto(at('zeitleiste/'));
    const pages = page.locator('.timeline-months__pages a');
    expect(await pages.count()).toBeGreaterThan(1);
    // The latest page's events as an index, each line linking its full entry there.
    const events = await page.locator('.timeline-index__item').count();
    expect(events).toBeGreaterThan(0);
    expect(events).toBeLessThanOrEqual(40);
    await expect(page.locator('.event').count()).resolves.toBe(0);
    await pages.nth(1).click();
    await page.waitForURL(/\/zeitleiste\/\d{4}-\d{2}\/2\/$/);
    await expect(page.locator('.event').count()).resolves.toBe(40);
    await context.close();
  });

  it('sends an old link to an event that is not on /zeitleiste/ to the event’s page, and on to its entry', async () => {
    const { context, page } = await openPage(site.browser, { origin: site.origin });
    await page.goto(at('zeitleiste/#ereignis-serdjukow-dementi'));
    await page.waitForURL(at('ereignisse/serdjukow-dementi/'));
    await page.getByRole('link', { name: 'In der Zeitleiste' }).click();
    await page.waitForURL(/\/zeitleiste\/2022-01\/(\d+\/)?#ereignis-serdjukow-dementi$/);
    await expect(page.locator('#ereignis-serdjukow-dementi').count()).resolves.toBe(1);
    await context.close();
  });

  it('gives an event many articles report a page of its own, with its preview and an Event, and none to one only one reports', () => {
    const dist = (...path: string[]) => join(site.dist, ...path);
    // bewachung-beginn is reported by every copy; festnahmen-almaty-k2 by copy 2 alone (bench/generate-corpus.mjs).
    expect(existsSync(dist('ereignisse', 'festnahmen-almaty-k2'))).toBe(false);
    const html = readFileSync(dist('ereignisse', 'bewachung-beginn', 'index.html'), 'utf8');
    const ld = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)![1]!);
    expect(ld).toMatchObject({
      '@type': 'Event',
      name: 'Friedenstruppe nimmt den Flughafen Almaty und erste Objekte unter Bewachung',
      startDate: '2022-01-07',
    });
    // The event shares the preview of the place its timeline entry shows (no image of its own).
    const image = /<meta property="og:image" content="[^"]*\/(og\/orte\/[a-z0-9-]+\.png)"/.exec(html)?.[1];
    expect(image).toMatch(/^og\/orte\/(flughafen-almaty|almaty)\.png$/);
    expect(existsSync(dist(image!))).toBe(true);
    const addresses = JSON.parse(readFileSync(dist('daten', 'ereignis-adressen.json'), 'utf8'));
    expect(addresses['bewachung-beginn']).toBe('/ereignisse/bewachung-beginn/');
    expect(addresses['festnahmen-almaty-k2']).toMatch(
      /^\/artikel\/[a-z0-9-]+-kopie-2\/#ereignis-festnahmen-almaty-k2$/,
    );
  });

  it('groups an actor’s mentions by article and splits them into pages of twenty articles', async () => {
    const { context, page } = await openPage(site.browser, { origin: site.origin });
    await page.goto(at('akteure/tokajew/'));
    await expect(page.locator('h1').innerText()).resolves.toBe('Kassym-Schomart Tokajew (Seite 1 von 3)');
    await expect(page.locator('.mentions__article').count()).resolves.toBe(20);
    await page.getByRole('link', { name: 'Seite 3' }).first().click();
    await page.waitForURL(at('akteure/tokajew/seite/3/'));
    await expect(page.locator('.mentions__article').count()).resolves.toBe(20);
    await context.close();
  });

  it('limits the filter by article to the newest and links the list for the rest', async () => {
    const { context, page } = await openPage(site.browser, { origin: site.origin });
    await page.goto(at('zeitleiste/'));
    const filter = page.locator('.article-filter a');
    await expect(filter.count()).resolves.toBe(14);
    await expect(filter.last().innerText()).resolves.toBe('48 ältere in der Artikelliste');
    await context.close();
  });

  it('keeps the event links of every page on the page that holds the event', () => {
    const files = htmlFiles(site.dist);
    const ids = new Map<string, string>();
    for (const file of files) {
      for (const [, id] of readFileSync(file, 'utf8').matchAll(/ id="(ereignis-[^"]+)"/g))
        ids.set(`${file}#${id}`, id!);
    }
    const linked = new Set<string>();
    for (const file of files) {
      for (const [, path, id] of readFileSync(file, 'utf8').matchAll(
        /href="\/(zeitleiste\/[^"#]*)#(ereignis-[^"]+)"/g,
      )) {
        linked.add(`${join(site.dist, path!, 'index.html')}#${id}`);
      }
    }
    expect(linked.size).toBeGreaterThan(100);
    expect([...linked].filter((link) => !ids.has(link))).toEqual([]);
  });

  it('keeps every HTML page under 150 KB compressed', () => {
    const sizes = htmlFiles(site.dist).map((file) => ({ file, kb: gzipSync(readFileSync(file)).length / 1024 }));
    expect(sizes.filter((s) => s.kb > 150)).toEqual([]);
  });
});
