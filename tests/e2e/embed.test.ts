/**
 * The embeds as a newsroom uses them: a host page on another origin (another
 * local port) pastes the code of each embeddable view – the `html` of its
 * oEmbed answer – with and without the resizing script. Each view loads in
 * its frame, fits its height, is usable by keyboard, passes axe in the light
 * and the dark scheme, opens its links in the top window and works without
 * JavaScript; a normal page of the site refuses to be framed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, openPage, type Watched } from './browser.ts';
import { ROOT } from './build.ts';
import { servedSite } from './served-corpus.ts';

const DIST = join(ROOT, 'dist');
/** The site the build was made for (the oEmbed answers point there); the test serves it from a local port. */
const BUILT_FOR = 'https://lagebild.example.org/';
const site = servedSite(DIST);

/** One of each kind of embed, whatever the content holds: the first article's and the first place's. */
const first = (folder: string) =>
  readdirSync(join(DIST, 'einbetten', folder), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()[0];
const ids = ['karte', `karte/${first('karte')}`, `zeitleiste/${first('zeitleiste')}`, `orte/${first('orte')}`];
if (ids.some((id) => id.endsWith('undefined'))) throw new Error('the build has no embeds to test');

/** The embed code of `id` as a content system gets it from the oEmbed answer, for the test's own site origin. */
function embedCode(id: string, script: boolean): string {
  const answer = JSON.parse(readFileSync(join(DIST, 'einbetten', 'oembed', `${id}.json`), 'utf8')) as { html: string };
  const html = answer.html.replaceAll(BUILT_FOR, `${site.origin}/`);
  return script ? html : html.replace(/\n<script[^>]*><\/script>/, '');
}

/** A newsroom's article page with `frames` (HTML) between its paragraphs. */
const hostPage = (frames: string[]) => `<!doctype html>
<html lang="de"><head><meta charset="utf-8"><title>Eine Zeitung</title><link rel="icon" href="data:,"></head>
<body><main><h1>Artikel einer Zeitung</h1><p>Text vor den eingebetteten Ansichten.</p>
${frames.map((frame) => `<figure>${frame}</figure>`).join('\n')}
<p>Text danach.</p></main></body></html>`;

let host: Server;
let hostOrigin = '';
const hostPages = new Map<string, string>();

beforeAll(async () => {
  host = createServer((request, response) => {
    const body = hostPages.get(request.url ?? '');
    response.writeHead(body ? 200 : 404, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end(body ?? 'nicht gefunden');
  });
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
  const address = host.address();
  hostOrigin = typeof address === 'object' && address ? `http://127.0.0.1:${address.port}` : '';
  hostPages.set('/mit-skript', hostPage(ids.map((id) => embedCode(id, true))));
  hostPages.set('/ohne-skript', hostPage(ids.map((id) => embedCode(id, false))));
  hostPages.set(
    '/seite',
    hostPage([`<iframe src="${site.origin}/karte/" title="Karte" width="100%" height="600"></iframe>`]),
  );
});
afterAll(() => new Promise<void>((resolve) => host.close(() => resolve())));

/** Opens a host page as a reader does; what the page itself (on its own origin) loads is no problem. */
async function openHost(path: string, options: Parameters<typeof openPage>[1] = {}): Promise<Watched> {
  const tab = await openPage(site.browser, { origin: site.origin, ...options });
  await tab.page.goto(`${hostOrigin}${path}`);
  return tab;
}

const problemsOf = (tab: Watched) => tab.problems.filter((p) => !p.includes(hostOrigin));

/** Each embed's frame, once it has loaded (a lazy frame loads when it comes near the viewport). */
async function frames(page: Page): Promise<Frame[]> {
  const result: Frame[] = [];
  for (const [i, id] of ids.entries()) {
    const element = page.locator('iframe').nth(i);
    await element.scrollIntoViewIfNeeded();
    const frame = await (await element.elementHandle())!.contentFrame();
    if (!frame) throw new Error(`${id}: no frame`);
    await frame.waitForLoadState('load');
    result.push(frame);
  }
  return result;
}

/** The iframe's height on the host page and the height of the document inside it. */
async function heights(page: Page, frame: Frame, i: number): Promise<{ frame: number; content: number }> {
  const outer = await page
    .locator('iframe')
    .nth(i)
    .evaluate((f) => f.getBoundingClientRect().height);
  const inner = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
  return { frame: Math.round(outer), content: inner };
}

describe('embeds on another site', () => {
  for (const [colorScheme, width] of [
    ['light', 390],
    ['dark', 1280],
  ] as const) {
    it(`load in their frames, fit their height with the script and pass axe (${colorScheme}, ${width} px)`, async () => {
      const tab = await openHost('/mit-skript', { colorScheme, width });
      const loaded = await frames(tab.page);
      for (const [i, frame] of loaded.entries()) {
        const id = ids[i]!;
        expect(new URL(frame.url()).pathname, id).toBe(`/einbetten/${id}/`);
        await expect(frame.locator('h1').count(), id).resolves.toBe(1);
        // The credit line links to the full page, in the reader's window.
        const credit = frame.locator('.embed__credit a');
        await expect(credit.getAttribute('href'), id).resolves.toBe(`/${id}/`);
        await expect(credit.getAttribute('target'), id).resolves.toBe('_top');
        await expect(credit.textContent(), id).resolves.toMatch(/^Lagebild – /);
        // The height the embed reported, not the code's fixed one (the script may take a moment).
        await expect
          .poll(
            async () => {
              const { frame: outer, content } = await heights(tab.page, frame, i);
              return Math.abs(outer - content);
            },
            { message: id, timeout: 5000 },
          )
          .toBeLessThanOrEqual(1);
      }
      // The maps become Leaflet maps inside the frame; a place's shows that place selected.
      await loaded[0]!.waitForSelector('[data-live-map][data-ready="true"]');
      await loaded[3]!.waitForSelector('[data-live-map][data-ready="true"]');
      await expect(loaded[3]!.locator('.place-marker.is-selected').getAttribute('data-place')).resolves.toBe(
        ids[3]!.slice('orte/'.length),
      );
      await expect(loaded[3]!.locator('figure.static-map').isVisible()).resolves.toBe(false);
      expect(await tab.page.evaluate(() => document.cookie)).toBe('');
      expect(await loaded[0]!.evaluate(() => document.cookie)).toBe('');
      expect(await axeViolations(tab.page)).toEqual([]);
      expect(problemsOf(tab)).toEqual([]);
      await tab.context.close();
    });
  }

  it('grow with their content: an opened table makes the frame taller', async () => {
    const tab = await openHost('/mit-skript');
    const [map] = await frames(tab.page);
    await expect.poll(async () => (await heights(tab.page, map!, 0)).frame).toBeGreaterThan(300);
    const before = (await heights(tab.page, map!, 0)).frame;
    // A message from anything but the embed's own frame and origin changes nothing.
    await tab.page.evaluate(() => window.postMessage({ 'lagebild-height': { karte: 5 } }, '*'));
    await tab.page.waitForTimeout(200);
    expect((await heights(tab.page, map!, 0)).frame).toBe(before);
    await map!.locator('details.embed__table summary').click();
    await expect.poll(async () => (await heights(tab.page, map!, 0)).frame).toBeGreaterThan(before + 200);
    await tab.context.close();
  });

  it('are used by keyboard inside the frame, and their links open in the top window', async () => {
    const tab = await openHost('/mit-skript');
    const [map] = await frames(tab.page);
    await map!.waitForSelector('[data-live-map][data-ready="true"]');
    // Tab from the host's page into the first frame: its first control takes the focus.
    await tab.page.locator('h1').click();
    await tab.page.keyboard.press('Tab');
    await expect(map!.evaluate(() => document.activeElement?.id)).resolves.toBe(
      'filter-' + (await map!.locator('[data-filter-kind]').first().getAttribute('value')),
    );
    // A marker opens its popup by Enter.
    const marker = map!.locator('.place-marker').first();
    await marker.focus();
    await tab.page.keyboard.press('Enter');
    await expect(map!.locator('.leaflet-popup').count()).resolves.toBe(1);
    await tab.page.keyboard.press('Escape');
    // The credit line by keyboard: the full page opens in the reader's window, not in the frame.
    await map!.locator('.embed__credit a').focus();
    await Promise.all([tab.page.waitForURL(`${site.origin}/karte/`), tab.page.keyboard.press('Enter')]);
    await expect(tab.page.locator('h1').textContent()).resolves.toBe('Karte der Orte');
    await tab.context.close();
  });

  it('keep the code’s fixed height without the script, and show the static map and table without JavaScript', async () => {
    const tab = await openHost('/ohne-skript', { javaScriptEnabled: false, width: 390 });
    const loaded = await frames(tab.page);
    for (const [i, frame] of loaded.entries()) {
      await expect(frame.locator('h1').count(), ids[i]).resolves.toBe(1);
      const { frame: outer } = await heights(tab.page, frame, i);
      const code = Number(/height="(\d+)"/.exec(embedCode(ids[i]!, false))![1]);
      expect(outer, ids[i]).toBe(code);
    }
    await expect(loaded[0]!.locator('figure.static-map').isVisible()).resolves.toBe(true);
    await expect(loaded[3]!.locator('figure.static-map').isVisible()).resolves.toBe(true);
    await expect(loaded[0]!.locator('details.embed__table table').count()).resolves.toBe(1);
    expect(problemsOf(tab)).toEqual([]);
    await tab.context.close();
  });

  it('keep the code’s fixed height with JavaScript but without the script', async () => {
    const tab = await openHost('/ohne-skript');
    const loaded = await frames(tab.page);
    await loaded[0]!.waitForSelector('[data-live-map][data-ready="true"]');
    const { frame: outer, content } = await heights(tab.page, loaded[0]!, 0);
    expect(outer).toBe(760);
    expect(content).toBeGreaterThan(outer);
    expect(problemsOf(tab)).toEqual([]);
    await tab.context.close();
  });

  it('are the only pages another site can frame: the map page stays blocked', async () => {
    const tab = await openHost('/seite');
    const element = await tab.page.locator('iframe').elementHandle();
    const frame = await element!.contentFrame();
    await tab.page.waitForTimeout(500);
    // Chromium shows its error page in place of the framed page, which never runs or renders.
    expect(frame!.url()).not.toBe(site.at('karte/'));
    await expect(frame!.locator('.map-page').count()).resolves.toBe(0);
    expect(tab.problems.join('\n')).toMatch(/frame-ancestors 'none'/);
    await tab.context.close();
  });
});
