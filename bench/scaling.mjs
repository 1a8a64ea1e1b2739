// Build scaling: builds generated corpora of N articles with Lagebild and,
// as a baseline, with a plain Astro Markdown collection (bench/baseline), and
// prints build time, peak memory, dist/ size, pages per second, the largest
// HTML page (gzip) and whether the targets of an archive at scale are met.
// Figures only: nothing here passes or fails.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { generateCorpus } from './generate-corpus.mjs';

const ROOT = join(import.meta.dirname, '..');
const ASTRO = join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
const GNU_TIME = '/usr/bin/time';
const PAGEFIND = join(ROOT, 'node_modules', 'pagefind', 'lib', 'runner', 'bin.cjs');
const MIB = 1024 * 1024;

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/**
 * The Node flags `npm run build` starts Astro with (package.json): Lagebild's build keeps its heap
 * close to what it holds (--heap-growing-percent); plain Astro is built as Astro's CLI starts.
 */
const BUILD_FLAGS = (() => {
  const script = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts.build;
  return /^node ((?:--\S+ )*)node_modules\/astro\/bin\/astro\.mjs build/.exec(script)?.[1]?.trim().split(' ') ?? [];
})();

function build(root, content, outDir, cacheDir) {
  const args = [...(root === ROOT ? BUILD_FLAGS : []), ASTRO, 'build', '--root', root, '--outDir', outDir];
  const env = {
    ...process.env,
    LAGEBILD_CONTENT: content,
    LAGEBILD_CACHE_DIR: cacheDir,
    ASTRO_TELEMETRY_DISABLED: '1',
    NODE_OPTIONS: '--max-old-space-size=4096',
  };
  const timed = existsSync(GNU_TIME);
  // Astro logs a line per route: at 1,000 articles several MB, beyond spawnSync's 1 MB default.
  const output = { cwd: root, env, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 };
  const started = process.hrtime.bigint();
  const result = timed
    ? spawnSync(GNU_TIME, ['-f', 'LAGEBILD_PEAK_KB=%M', process.execPath, ...args], output)
    : spawnSync(process.execPath, args, output);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.status !== 0) {
    throw new Error(`build failed in ${root}: ${result.error ?? ''}\n${result.stdout}\n${result.stderr}`);
  }
  const peak = /LAGEBILD_PEAK_KB=(\d+)/.exec(result.stderr ?? '');
  // What a host receives: the site and, for Lagebild, the search index over it (npm run build).
  if (existsSync(PAGEFIND) && root === ROOT) {
    spawnSync(process.execPath, [PAGEFIND, '--site', outDir], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  }
  const files = walk(outDir);
  const sizes = files.map((f) => ({ path: relative(outDir, f), bytes: statSync(f).size }));
  const biggest = sizes.reduce((max, f) => (f.bytes > max.bytes ? f : max), { path: '', bytes: 0 });
  const html = files.filter((f) => f.endsWith('.html'));
  const largest = html
    .map((f) => ({ path: relative(outDir, f), gzipKb: gzipSync(readFileSync(f)).length / 1024 }))
    .reduce((max, page) => (page.gzipKb > max.gzipKb ? page : max), { path: '', gzipKb: 0 });
  return {
    seconds,
    peakMb: peak ? Number(peak[1]) / 1024 : undefined,
    distMb: sizes.reduce((sum, f) => sum + f.bytes, 0) / 1024 / 1024,
    pages: html.length,
    files: files.length,
    previews: files.filter((f) => f.endsWith('.png') && relative(outDir, f).startsWith('og/')).length,
    biggest,
    // Pages the incremental build copied from its cache instead of rendering them.
    reused: (result.stdout.match(/\((?:cached|restored)\)/g) ?? []).length,
    paths: (result.stdout.match(/├─/g) ?? []).length,
    largest,
  };
}

export function scaling(sizes = [1, 100, 1000]) {
  const work = mkdtempSync(join(tmpdir(), 'lagebild-bench-'));
  const rows = [];
  try {
    for (const n of sizes) {
      const content = generateCorpus(join(work, `content-${n}`), n);
      for (const [name, root] of [
        ['Lagebild', ROOT],
        ['Astro-Basis', join(ROOT, 'bench', 'baseline')],
      ]) {
        const out = join(work, `dist-${name}-${n}`);
        const cache = join(work, `cache-${name}-${n}`);
        const figures = build(root, relative(root, content), out, cache);
        // A warm rebuild after an editor changed one article: same cache, one file edited.
        const article = join(content, 'articles', readdirSync(join(content, 'articles')).sort()[0]);
        writeFileSync(article, readFileSync(article, 'utf8').replace(/\n$/, ' Nachtrag.\n'));
        const warm = build(root, relative(root, content), out, cache);
        rows.push({ n, name, ...figures, warmSeconds: warm.seconds, warmReused: warm.reused });
        rmSync(out, { recursive: true, force: true });
        console.log(
          `  ${name.padEnd(12)} N=${String(n).padStart(4)}  ${figures.seconds.toFixed(1).padStart(6)} s  ` +
            `warm after one change ${warm.seconds.toFixed(1).padStart(5)} s  ` +
            `${figures.peakMb ? `${figures.peakMb.toFixed(0).padStart(5)} MB peak` : '   n/a peak'}  ` +
            `${figures.distMb.toFixed(1).padStart(6)} MB dist  ${String(figures.pages).padStart(5)} pages  ` +
            `${(figures.pages / figures.seconds).toFixed(1).padStart(6)} pages/s  ` +
            `largest page ${figures.largest.gzipKb.toFixed(0)} KB gzip (${figures.largest.path})`,
        );
        console.log(
          `  ${''.padEnd(12)}         ${String(figures.files).padStart(6)} files (${figures.previews} preview PNGs)  ` +
            `largest file ${(figures.biggest.bytes / MIB).toFixed(1)} MiB (${figures.biggest.path})  ` +
            `warm build copied ${warm.reused} of ${warm.paths} paths from its cache`,
        );
      }
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  printTargets(rows, sizes);
  return rows;
}

/** The targets of an archive at scale, each with its figure and whether it is met (reported, not asserted). */
function printTargets(rows, sizes) {
  const get = (name, n) => rows.find((r) => r.name === name && r.n === n);
  const big = Math.max(...sizes);
  const verdict = (met) => (met ? 'met' : 'NOT met');
  console.log(`\n  Targets at N=${big} (reported, not asserted):`);
  const lagebild = get('Lagebild', big);
  const baseline = get('Astro-Basis', big);
  const cold = lagebild.seconds / baseline.seconds;
  console.log(`  - cold build ×${cold.toFixed(1)} plain Astro (target ≤ ×15): ${verdict(cold <= 15)}`);
  const warm = lagebild.warmSeconds / baseline.warmSeconds;
  console.log(`  - warm rebuild after one change ×${warm.toFixed(1)} plain Astro (target ≤ ×3): ${verdict(warm <= 3)}`);
  const peak = lagebild.peakMb;
  console.log(
    `  - peak memory ${peak ? `${peak.toFixed(0)} MB` : 'n/a'} (target < 2048 MB): ${peak ? verdict(peak < 2048) : 'n/a'}`,
  );
  // The free static hosts (checked 2026-12): Cloudflare Pages < 20,000 files and ≤ 25 MiB a file, GitHub Pages ≤ 1 GB.
  console.log(
    `  - ${lagebild.files} files (Cloudflare Pages: fewer than 20,000): ${verdict(lagebild.files < 20_000)}; ` +
      `largest file ${(lagebild.biggest.bytes / MIB).toFixed(1)} MiB, ${lagebild.biggest.path} (≤ 25 MiB): ` +
      `${verdict(lagebild.biggest.bytes <= 25 * MIB)}; ${lagebild.distMb.toFixed(0)} MB in all (GitHub Pages: ≤ 1 GB): ` +
      verdict(lagebild.distMb * MIB <= 1e9),
  );
  const largest = lagebild.largest;
  console.log(
    `  - largest HTML page ${largest.gzipKb.toFixed(0)} KB gzip, ${largest.path} (target ≤ 150 KB): ` +
      verdict(largest.gzipKb <= 150),
  );
  const small = sizes.filter((n) => n < big).at(-1);
  if (small && small >= 10) {
    // Linear: the time per article at N=big no more than at N=small (fixed costs make it less).
    const growth = lagebild.seconds / get('Lagebild', small).seconds;
    console.log(
      `  - ${big} vs ${small} articles: ×${growth.toFixed(1)} build time (linear: ≤ ×${big / small}): ` +
        verdict(growth <= big / small),
    );
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const sizes = process.argv.slice(2).map(Number).filter(Boolean);
  console.log('Build scaling (generated corpus)');
  scaling(sizes.length ? sizes : undefined);
}
