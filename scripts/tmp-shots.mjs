import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from './chromium-flags.mjs';
import { findBrowser } from './find-browser.mjs';
const [baseUrl, ...paths] = process.argv.slice(2);
const outDir = '/tmp/shots';
mkdirSync(outDir, { recursive: true });
const browser = await chromium.launch({ executablePath: findBrowser(), args: CHROMIUM_ARGS });
for (const scheme of ['light', 'dark']) for (const [name, viewport] of [['390', { width: 390, height: 844 }], ['1280', { width: 1280, height: 900 }]]) {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1, colorScheme: scheme, reducedMotion: 'reduce' });
  const page = await context.newPage();
  for (const path of paths) {
    await page.goto(new URL(path, baseUrl).href);
    await page.waitForTimeout(path.includes('karte') || path.includes('suche') ? 2500 : 300);
    const file = `${outDir}/${path.replace(/[/.?=]+/g, '-').replace(/^-|-$/g, '') || 'home'}-${name}-${scheme}.png`;
    if (process.env.SEL) await page.locator(process.env.SEL).first().screenshot({ path: file });
    else await page.screenshot({ path: file, fullPage: process.env.FULL === '1' });
    console.log(file);
  }
  await context.close();
}
await browser.close();
