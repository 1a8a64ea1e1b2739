// The editor's loop at scale: `astro dev` on a generated corpus of N articles,
// timed until it is ready, until it serves the first article's page, and from
// saving an edit to that article until the page shows it (three edits, five
// seconds apart); then a restart on the same content. Figures only: nothing here passes or fails.
import { spawn } from 'node:child_process';
import { appendFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { generateCorpus } from './generate-corpus.mjs';

const ROOT = join(import.meta.dirname, '..');
const ASTRO = join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
const PORT = 4391;
/** Give up on a step after this long: the figure is then "more than". */
const LIMIT_MS = 300_000;

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `url` until `ok(status, text)` holds; the milliseconds it took, or undefined after LIMIT_MS. */
async function until(url, ok, started = Date.now()) {
  while (Date.now() - started < LIMIT_MS) {
    try {
      const response = await fetch(url);
      if (ok(response.status, await response.text())) return Date.now() - started;
    } catch {
      // Not listening yet.
    }
    await sleep(100);
  }
  return undefined;
}

const seconds = (ms) => (ms === undefined ? `more than ${LIMIT_MS / 1000} s` : `${(ms / 1000).toFixed(1)} s`);

/** Starts `astro dev` on `content`; `stop()` ends it. */
function start(content, work) {
  const server = spawn(process.execPath, [ASTRO, 'dev', '--port', String(PORT)], {
    cwd: ROOT,
    env: {
      ...process.env,
      LAGEBILD_CONTENT: relative(ROOT, content),
      LAGEBILD_CACHE_DIR: join(work, 'cache'),
      ASTRO_TELEMETRY_DISABLED: '1',
      NODE_OPTIONS: '--max-old-space-size=4096',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const run = { log: '', started: Date.now() };
  server.stdout.on('data', (chunk) => (run.log += chunk));
  server.stderr.on('data', (chunk) => (run.log += chunk));
  run.stop = async () => {
    if (server.exitCode !== null || server.signalCode !== null) return;
    const exited = new Promise((resolve) => server.once('exit', resolve));
    server.kill('SIGTERM');
    await exited;
  };
  return run;
}

export async function devServer(n) {
  const work = mkdtempSync(join(tmpdir(), 'lagebild-dev-'));
  const content = generateCorpus(join(work, 'content'), n);
  const articles = join(content, 'articles');
  const first = readdirSync(articles).sort()[0];
  const slug = first.replace(/\.md$/, '');
  const base = `http://localhost:${PORT}/`;
  const pageUrl = `${base}artikel/${slug}/`;
  let run;
  try {
    // First start: the dev store (.astro/) holds other content, so every article is analysed and rendered.
    run = start(content, work);
    // Ready: the server answers at all (Astro prints its address a moment before).
    const ready = await until(base, (status) => status > 0, run.started);
    const page = await until(pageUrl, (status) => status === 200, run.started);
    // Edits: a new word at the end of the article's last paragraph, as an editor saves it; then another.
    const shown = [];
    for (let i = 0; i < 3; i++) {
      const word = `Nachtrag${Date.now()}`;
      const saved = Date.now();
      appendFileSync(join(articles, first), ` ${word}\n`);
      shown.push(await until(pageUrl, (status, text) => status === 200 && text.includes(word), saved));
      await sleep(5000);
    }
    await run.stop();
    // A restart on the same content: what an editor sees every morning.
    run = start(content, work);
    const again = await until(base, (status) => status > 0, run.started);
    const pageAgain = await until(pageUrl, (status) => status === 200, run.started);
    console.log(
      `  N=${String(n).padStart(4)}  first start: ready after ${seconds(ready)}, first article page after ${seconds(page)}; ` +
        `edits to it shown ${shown.map(seconds).join(', ')} after saving; ` +
        `restart: ready after ${seconds(again)}, first article page after ${seconds(pageAgain)}`,
    );
    return { n, ready, page, shown, again, pageAgain };
  } catch (error) {
    console.log(`  N=${n}: ${error.message}\n${run?.log.slice(-2000)}`);
    return { n };
  } finally {
    await run?.stop();
    rmSync(work, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const sizes = process.argv.slice(2).map(Number).filter(Boolean);
  console.log('Dev server (generated corpus): ready, first article page, an edit shown');
  for (const n of sizes.length ? sizes : [100]) await devServer(n);
}
