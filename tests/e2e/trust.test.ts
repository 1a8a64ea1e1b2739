/**
 * What a reader needs to trust the site: every page links to the method,
 * the corrections, the Impressum and the privacy page; how sure the analysis
 * is stands beside each guarded site and is explained on the method page;
 * keyboard focus is visible everywhere, the dark header included.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { missingImprintFields } from '../../src/config/site.ts';
import { launch, openPage, url } from './browser.ts';

const DIST = join(import.meta.dirname, '..', '..', 'dist');
const normalize = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

let browser: Browser;
beforeAll(async () => (browser = await launch()));
afterAll(async () => browser?.close());

describe('trust pages', () => {
  it('every page links to the method, the corrections, the Impressum and the privacy page in its footer', () => {
    // An embed (/einbetten/…) stands in another site's article without the site's frame: its credit line links the full page.
    for (const file of htmlFiles(DIST).filter((f) => !relative(DIST, f).startsWith('einbetten/'))) {
      const footer = readFileSync(file, 'utf8').split('<footer')[1] ?? '';
      for (const href of ['/methode/', '/korrekturen/', '/impressum/', '/datenschutz/']) {
        expect(footer, `${relative(DIST, file)} links ${href}`).toContain(`href="${href}"`);
      }
    }
  });

  it('the Impressum names the publisher data still missing instead of inventing it', async () => {
    const { context, page } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(url('impressum/'));
    const missing = missingImprintFields();
    const notice = page.locator('.notice--warning');
    if (missing.length) {
      for (const field of missing) expect(normalize(await notice.textContent())).toContain(field);
    } else {
      expect(await notice.count()).toBe(0);
    }
    expect(await page.locator('#rechte').count()).toBe(1);
    await context.close();
  });

  it('the privacy page says that nothing is loaded from other hosts and nothing is stored', async () => {
    const { context, page } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(url('datenschutz/'));
    const text = normalize(await page.locator('main').textContent());
    expect(text).toContain('keine Cookies');
    expect(text).toContain('nichts von anderen Servern');
    await context.close();
  });
});

interface GuardedPlace {
  properties: { id: string; guarded: boolean; guardedConfidence: { level: string; reason: string } | null };
}

describe('how sure the analysis is', () => {
  it('every guarded site says how sure its guard is, with the reason, and links to the explanation', async () => {
    const geojson = (await (await fetch(url('daten/orte.geojson'))).json()) as { features: GuardedPlace[] };
    const guarded = geojson.features.filter((f) => f.properties.guarded);
    expect(guarded.length).toBeGreaterThan(0);
    const { context, page } = await openPage(browser, { javaScriptEnabled: false });
    const words = { high: 'hoch', medium: 'mittel', low: 'niedrig' } as Record<string, string>;
    for (const { properties: p } of guarded) {
      expect(p.guardedConfidence, p.id).not.toBeNull();
      await page.goto(url(`orte/${p.id}/`));
      const box = page.locator('.confidence', { hasText: 'dass der Ort bewacht wurde' });
      const text = normalize(await box.textContent());
      expect(text, p.id).toContain(
        `Wie sicher die Analyse ist, dass der Ort bewacht wurde: ${words[p.guardedConfidence!.level]}`,
      );
      expect(text, p.id).toContain(p.guardedConfidence!.reason);
      // And in the map's table, which works without JavaScript.
    }
    await page.goto(url('karte/'));
    for (const { properties: p } of guarded) {
      const cell = page.locator(`#ort-${p.id} td[data-label="Gewissheit"]`);
      expect(normalize(await cell.textContent()), p.id).toContain(`Bewachung: ${words[p.guardedConfidence!.level]}`);
    }
    await page.goto(url(`orte/${guarded[0]!.properties.id}/`));
    const href = await page.locator('.confidence__label').first().getAttribute('href');
    expect(href).toBe('/methode/#gewissheit');
    await page.goto(url(href!.slice(1)));
    const section = normalize(await page.locator('section:has(#gewissheit)').textContent());
    for (const word of Object.values(words)) expect(section).toContain(word);
    await context.close();
  });
});

/** The focus ring's colour and the background it sits on, for the element that has focus. */
async function focusRing(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const style = getComputedStyle(el);
    let node: HTMLElement | null = el;
    let background = 'rgba(0, 0, 0, 0)';
    while (node && /rgba\(0, 0, 0, 0\)|transparent/.test(background)) {
      background = getComputedStyle(node).backgroundColor;
      node = node.parentElement;
    }
    return {
      what: `${el.tagName.toLowerCase()} ${normalize(el.textContent).slice(0, 30)}`,
      style: style.outlineStyle,
      width: parseFloat(style.outlineWidth),
      color: style.outlineColor,
      background,
    };
    function normalize(t: string | null) {
      return (t ?? '').replace(/\s+/g, ' ').trim();
    }
  });
}

describe('visible focus', () => {
  for (const path of ['', 'artikel/kasachstan-unklarer-als-gedacht/', 'karte/']) {
    it(`/${path}: every element reached by Tab shows a ring in a colour that differs from its background`, async () => {
      const { context, page } = await openPage(browser, { width: 1280 });
      await page.goto(url(path));
      let inHeader = 0;
      for (let i = 0; i < 25; i += 1) {
        await page.keyboard.press('Tab');
        const ring = await focusRing(page);
        if (ring.what.startsWith('body')) break; // past the last element
        inHeader += Number(await page.evaluate(() => !!document.activeElement?.closest('.site-header')));
        expect(ring.style, ring.what).not.toBe('none');
        expect(ring.width, ring.what).toBeGreaterThanOrEqual(2);
        expect(ring.color, ring.what).not.toBe(ring.background);
      }
      expect(inHeader, 'the header links were reached').toBeGreaterThan(3);
      await context.close();
    });
  }
});
