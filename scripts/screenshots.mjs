// Screenshots of every built page at a phone and a desktop width, for a
// reader's look at what the site shows: npm run screenshots (after a build,
// with `npm run preview` running, or pass the base URL as first argument).
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from './chromium-flags.mjs';
import { findBrowser } from './find-browser.mjs';

const baseUrl = process.argv[2] ?? 'http://localhost:4321/';
const paths = process.argv.slice(3).length
  ? process.argv.slice(3)
  : ['', 'artikel/', 'artikel/kasachstan-unklarer-als-gedacht/', '404.html'];
const outDir = 'test-results/screenshots';
mkdirSync(outDir, { recursive: true });

const browser = await chromium.launch({ executablePath: findBrowser(), args: CHROMIUM_ARGS });
for (const [name, viewport] of [
  ['phone', { width: 390, height: 844 }],
  ['desktop', { width: 1280, height: 900 }],
]) {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1, reducedMotion: 'reduce' });
  const page = await context.newPage();
  for (const path of paths) {
    await page.goto(new URL(path, baseUrl).href);
    const file = `${outDir}/${path.replace(/[/.]+/g, '-').replace(/^-|-$/g, '') || 'home'}-${name}.png`;
    await page.screenshot({ path: file, fullPage: process.env.FULL === '1' });
    console.log(file);
  }
  await context.close();
}
await browser.close();
