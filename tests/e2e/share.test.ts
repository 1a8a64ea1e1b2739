/**
 * Where an event lives, share control and paragraph permalinks in the browser: with
 * JavaScript the button copies the link (or opens the share sheet), a »¶«
 * copies /artikel/<slug>/#absatz-N; without JavaScript plain links remain.
 */
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readContent } from '../../src/lib/analysis/read-content.ts';
import { baseUrl, launch, openPage, url } from './browser.ts';
import { ROOT } from './build.ts';

const ARTICLE = 'artikel/kasachstan-unklarer-als-gedacht/';
/** An event of the first article, in its list whether or not another article's report gives it a page. */
const LISTED = `${ARTICLE}#ereignis-serdjukow-dementi`;
const EVENTS = readContent(join(ROOT, 'content'), ROOT).registries.events;

/**
 * An event that lives in its article (one article reports it: eventHome), read
 * from the site's address list, so that more articles in content/ change which
 * one, not whether the test holds.
 */
async function eventInItsArticle(): Promise<{ id: string; address: string; title: string }> {
  const addresses = (await (await fetch(url('daten/ereignis-adressen.json'))).json()) as Record<string, string>;
  const [id, href] = Object.entries(addresses).find(([, href]) => href.startsWith('/artikel/'))!;
  return { id, address: href.slice(1), title: EVENTS.get(id)!.data.title };
}

let browser: Browser;
beforeAll(async () => (browser = await launch()));
afterAll(async () => browser?.close());

async function withClipboard(watched: Awaited<ReturnType<typeof openPage>>) {
  await watched.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseUrl()).origin });
  return watched;
}
const clipboard = (w: Awaited<ReturnType<typeof openPage>>) => w.page.evaluate(() => navigator.clipboard.readText());

describe('where an event lives', () => {
  it('each timeline entry links to its event in its article, which links back', async () => {
    const event = await eventInItsArticle();
    const { context, page, problems } = await openPage(browser);
    // The article's catalogue of events is folded: the address opens it at the event.
    await page.goto(url(event.address));
    const home = page.locator(`#ereignis-${event.id}`);
    await expect(home.isVisible()).resolves.toBe(true);
    await expect(home.locator('.event__title').textContent()).resolves.toBe(event.title);
    await home.getByRole('link', { name: 'In der Zeitleiste' }).click();
    await page.waitForURL(new RegExp(`/zeitleiste/\\d{4}-\\d{2}/(\\d+/)?#ereignis-${event.id}$`));
    await page
      .locator(`#ereignis-${event.id}`)
      .getByRole('link', { name: `Eintrag im Artikel: ${event.title}` })
      .click();
    await page.waitForURL(url(event.address));
    await expect(page.locator(`#ereignis-${event.id}`).isVisible()).resolves.toBe(true);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('copies the address of an event that lives in its article from its entry there', async () => {
    const event = await eventInItsArticle();
    const w = await withClipboard(await openPage(browser));
    await w.page.goto(url(event.address));
    await w.page.getByRole('link', { name: `Link zum Ereignis: ${event.title}` }).click();
    await expect(clipboard(w)).resolves.toBe(url(event.address));
    await w.page.waitForFunction(
      () => document.querySelector('.share-toast')?.textContent === 'Link zum Ereignis kopiert.',
    );
    expect(w.problems).toEqual([]);
    await w.context.close();
  });

  it('links the evidence to its sentence in the article', async () => {
    const { context, page } = await openPage(browser);
    await page.goto(url(LISTED));
    await page.locator('#ereignis-serdjukow-dementi').getByRole('link', { name: 'Beleg im Text' }).click();
    await page.waitForURL(/#beleg-/);
    const target = await page.evaluate(() => document.querySelector(':target')?.textContent ?? '');
    expect(target).toContain('kam am Abend des Tages ein kaum verhülltes Dementi');
    await context.close();
  });
});

describe('the share control', () => {
  it('copies the page link where there is no share sheet, and says so', async () => {
    const w = await withClipboard(await openPage(browser));
    await w.page.addInitScript(() => Object.defineProperty(navigator, 'share', { value: undefined }));
    await w.page.goto(url(ARTICLE));
    const button = w.page.getByRole('button', { name: 'Link kopieren' });
    await button.click();
    await expect(clipboard(w)).resolves.toBe(url(ARTICLE));
    await w.page.waitForFunction(() =>
      document.querySelector('[data-share-status]')?.textContent?.startsWith('Link kopiert.'),
    );
    expect(w.problems).toEqual([]);
    await w.context.close();
  });

  it('opens the Web Share sheet where the browser has one', async () => {
    const { context, page, problems } = await openPage(browser);
    await page.addInitScript(() => {
      const shared: unknown[] = [];
      Object.defineProperty(window, 'shared', { value: shared });
      Object.defineProperty(navigator, 'share', { value: async (data: unknown) => void shared.push(data) });
    });
    await page.goto(url(ARTICLE));
    await page.getByRole('button', { name: 'Teilen …' }).click();
    const shared = await page.evaluate(() => (window as unknown as { shared: unknown[] }).shared);
    expect(shared).toEqual([{ title: 'Krise in Kasachstan: Unklarer als gedacht', url: url(ARTICLE) }]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('is plain links without JavaScript', async () => {
    const { context, page } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(url(ARTICLE));
    await expect(page.locator('[data-share-button]').isVisible()).resolves.toBe(false);
    await expect(page.getByRole('link', { name: 'Link zu dieser Seite' }).getAttribute('href')).resolves.toBe(
      new URL(url(ARTICLE)).pathname,
    );
    const mail = await page.getByRole('link', { name: 'Per E-Mail' }).getAttribute('href');
    expect(decodeURIComponent(mail!)).toContain(
      'https://lagebild.example.org/artikel/kasachstan-unklarer-als-gedacht/',
    );
    await context.close();
  });
});

describe('the »Einbetten« control', () => {
  it('shows the iframe code of the article’s map and timeline without JavaScript', async () => {
    const { context, page } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(url(ARTICLE));
    await page.getByText('Einbetten', { exact: true }).click();
    const codes = await page
      .locator('textarea[data-embed-code]')
      .evaluateAll((nodes) =>
        nodes.map((n) => ({ value: (n as HTMLTextAreaElement).value, readOnly: (n as HTMLTextAreaElement).readOnly })),
      );
    expect(codes.map((c) => c.readOnly)).toEqual([true, true]);
    expect(codes[0]!.value).toMatch(
      /^<iframe src="https:\/\/lagebild\.example\.org\/einbetten\/karte\/kasachstan-unklarer-als-gedacht\/" title="Karte zum Artikel/,
    );
    expect(codes[1]!.value).toContain(
      'src="https://lagebild.example.org/einbetten/zeitleiste/kasachstan-unklarer-als-gedacht/"',
    );
    for (const { value } of codes) {
      expect(value).toMatch(
        /<script async src="https:\/\/lagebild\.example\.org\/einbetten\/einbetten\.js"><\/script>$/,
      );
    }
    await expect(page.locator('[data-embed-copy]').first().isVisible()).resolves.toBe(false);
    await context.close();
  });

  it('copies the code with »Code kopieren«, and says so', async () => {
    const w = await withClipboard(await openPage(browser));
    await w.page.goto(url('karte/'));
    await w.page.getByText('Einbetten', { exact: true }).click();
    await w.page.getByRole('button', { name: 'Code kopieren' }).click();
    const button = w.page.locator('[data-embed-copy]');
    const code = await w.page.locator('textarea[data-embed-code]').inputValue();
    await expect(clipboard(w)).resolves.toBe(code);
    expect(code).toContain('src="https://lagebild.example.org/einbetten/karte/"');
    await expect(button.textContent()).resolves.toBe('Kopiert');
    await w.page.waitForFunction(() => document.querySelector('[data-share-status]')?.textContent === 'Code kopiert.');
    expect(w.problems).toEqual([]);
    await w.context.close();
  });
});

describe('paragraph permalinks', () => {
  it('copies /artikel/<slug>/#absatz-N and goes to the paragraph', async () => {
    const w = await withClipboard(await openPage(browser));
    await w.page.goto(url(ARTICLE));
    await w.page.getByRole('link', { name: 'Link zu Absatz 3', exact: true }).click();
    await w.page.waitForURL(url(`${ARTICLE}#absatz-3`));
    await expect(clipboard(w)).resolves.toBe(url(`${ARTICLE}#absatz-3`));
    await w.page.waitForFunction(
      () => document.querySelector('.share-toast')?.textContent === 'Link zu Absatz 3 kopiert.',
    );
    expect(w.problems).toEqual([]);
    await w.context.close();
  });

  it('are plain links to the paragraph without JavaScript', async () => {
    const { context, page } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(url(ARTICLE));
    const links = await page
      .locator('.article__body > a.absatz-link')
      .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('href')));
    const ids = await page.locator('.article__body > p').evaluateAll((nodes) => nodes.map((n) => `#${n.id}`));
    expect(links).toEqual(ids);
    await context.close();
  });
});
