// Preview images: a cold build (empty cache: every image rendered, in worker
// threads) against a warm one (the same content with the cold build's cache:
// every image read from it), on a generated corpus of N articles. Prints the
// build time, the time of the preview-image routes (the sum of Astro's
// per-route times for og/…png, which includes Astro's own work per route),
// the part of it spent rendering and reading images (the cache's summary),
// and whether both builds' images are byte-identical. Pages with the same
// text share one image: there are fewer images to render than routes.
// Figures only: nothing here passes or fails.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { generateCorpus } from './generate-corpus.mjs';

const ROOT = join(import.meta.dirname, '..');
const ASTRO = join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');

/** Milliseconds of one route line of Astro's log: "(+51ms)", "(+2.29s)" or "(+1m 10s)". */
const routeMs = (line) => {
  const [, minutes = '0', value, unit] = /\(\+(?:(\d+)m )?([\d.]+)(ms|s)\)/.exec(line) ?? [];
  return value === undefined ? 0 : Number(minutes) * 60_000 + Number(value) * (unit === 's' ? 1000 : 1);
};

function build(content, outDir, cacheDir) {
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, [ASTRO, 'build', '--outDir', outDir], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: {
      ...process.env,
      LAGEBILD_CONTENT: relative(ROOT, content),
      LAGEBILD_CACHE_DIR: cacheDir,
      ASTRO_TELEMETRY_DISABLED: '1',
      NO_COLOR: '1',
      NODE_OPTIONS: '--max-old-space-size=4096',
    },
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const log = `${result.stdout}\n${result.stderr}`;
  if (result.status !== 0) throw new Error(`build failed:\n${log}`);
  const routes = log.split('\n').filter((line) => /\/og\/\S+\.png \(\+/.test(line));
  // The cache's own summary: "preview images: R rendered, C from the cache, U unused removed (S s)".
  const [, rendered, cached, cacheSeconds] =
    /preview images: (\d+) rendered, (\d+) from the cache, \d+ unused removed \(([\d.]+) s\)/.exec(log) ?? [];
  return {
    seconds,
    routes: routes.length,
    previewSeconds: routes.reduce((sum, line) => sum + routeMs(line), 0) / 1000,
    rendered: Number(rendered),
    cached: Number(cached),
    cacheSeconds: Number(cacheSeconds),
  };
}

/** The hash of every image of a build's og/ folder, by path. */
function images(outDir) {
  const dir = join(outDir, 'og');
  return new Map(
    readdirSync(dir, { recursive: true })
      .filter((name) => name.endsWith('.png'))
      .map((name) => [
        name,
        createHash('sha256')
          .update(readFileSync(join(dir, name)))
          .digest('hex'),
      ]),
  );
}

export function printPreviewCache(n = 100) {
  const work = mkdtempSync(join(tmpdir(), 'lagebild-bench-previews-'));
  try {
    const content = generateCorpus(join(work, 'content'), n);
    const cache = join(work, 'cache');
    console.log(`  ${n} articles, ${availableParallelism()} cores`);
    const built = {};
    for (const run of ['cold', 'warm']) {
      const out = join(work, `dist-${run}`);
      const figures = build(content, out, cache);
      built[run] = images(out);
      console.log(
        `  ${run}  build ${figures.seconds.toFixed(1).padStart(6)} s  ` +
          `preview routes ${figures.previewSeconds.toFixed(2).padStart(6)} s for ${figures.routes} ` +
          `(images: ${figures.rendered} rendered, ${figures.cached} from the cache, ` +
          `${figures.cacheSeconds.toFixed(2)} s for rendering and reading them)`,
      );
    }
    const { cold, warm } = built;
    const same = cold.size === warm.size && [...cold].every(([name, hash]) => warm.get(name) === hash);
    console.log(`  cold and warm images byte-identical: ${same ? 'yes' : 'NO'} (${cold.size} files)`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log('Preview images, cold and warm cache (generated corpus)');
  printPreviewCache(Number(process.argv[2] ?? 100));
}
