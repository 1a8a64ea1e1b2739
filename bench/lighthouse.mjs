// Lighthouse scores (performance, accessibility, best practices, SEO) for the
// home, article, timeline and map pages, run against `astro preview` in the
// local Chromium. Figures only: no pass or fail. Skipped with a message when
// no Chromium is found.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { CHROMIUM_ARGS } from '../scripts/chromium-flags.mjs';
import { findBrowser } from '../scripts/find-browser.mjs';

const ROOT = join(import.meta.dirname, '..');
const PAGES = [
  ['Startseite', ''],
  ['Artikel', 'artikel/kasachstan-unklarer-als-gedacht/'],
  ['Zeitleiste', 'zeitleiste/'],
  ['Karte', 'karte/'],
];

function freePort() {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

export async function printLighthouse() {
  let chromePath;
  try {
    chromePath = findBrowser({ install: false });
  } catch {
    console.log('Lighthouse: skipped (no Chromium found)');
    return;
  }
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const port = await freePort();
  const preview = spawn(
    process.execPath,
    [
      join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'),
      'preview',
      '--ignore-lock',
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
    ],
    { cwd: ROOT, stdio: 'ignore', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } },
  );
  const base = `http://127.0.0.1:${port}/`;
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(base)).ok) break;
    } catch {
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: CHROMIUM_ARGS.map((flag) => (flag === '--headless' ? '--headless=new' : flag)),
  });
  try {
    console.log('Lighthouse (mobile emulation; scores 0–100)');
    console.log(`  ${'Seite'.padEnd(12)} Leistung  Barrierefreiheit  Best Practices  SEO  TBT (ms)`);
    for (const [name, path] of PAGES) {
      const result = await lighthouse(new URL(path, base).href, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      });
      const c = result.lhr.categories;
      const score = (k) => String(Math.round((c[k]?.score ?? 0) * 100)).padStart(3);
      // Total blocking time: the map page's target is at most 200 ms (mobile, on an idle machine).
      const tbt = String(Math.round(result.lhr.audits['total-blocking-time']?.numericValue ?? 0)).padStart(8);
      console.log(
        `  ${name.padEnd(12)} ${score('performance').padStart(8)}  ${score('accessibility').padStart(16)}  ${score('best-practices').padStart(14)}  ${score('seo').padStart(3)}  ${tbt}`,
      );
    }
  } finally {
    chrome.kill();
    preview.kill();
  }
}
