// npm run bench: prints the benchmarks' figures (no pass or fail).
//  1. page weight per page type, and the map page in detail (from dist/;
//     builds the site first unless dist/ is there, LAGEBILD_BENCH_BUILD=1 forces it);
//  2. Lighthouse scores of the home, article, timeline and map pages (when a
//     Chromium is there);
//  3. build scaling for generated corpora of N articles, Lagebild against a
//     plain Astro Markdown collection (sizes from LAGEBILD_BENCH_SIZES,
//     default "1,100,1000"; "0" skips it);
//  4. preview images from a cold and a warm cache, for a generated corpus of
//     LAGEBILD_BENCH_PREVIEWS articles (default 100; "0" skips it);
//  5. preview images rendered by satori + resvg against @napi-rs/canvas,
//     LAGEBILD_BENCH_ENGINES renders per page (default 50; "0" skips it);
//  6. the dev server on a generated corpus: ready, first article page, an edit
//     shown (sizes from LAGEBILD_BENCH_DEV, default "100,1000"; "0" skips it).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { printLighthouse } from './lighthouse.mjs';
import { printMapWeight } from './map-weight.mjs';
import { printPageWeights } from './page-weight.mjs';
import { devServer } from './dev-server.mjs';
import { printPreviewEngines } from './preview-engines.mjs';
import { printPreviewCache } from './previews.mjs';
import { scaling } from './scaling.mjs';

console.log(
  `Lagebild benchmarks · ${new Date().toISOString().slice(0, 10)} · Node ${process.version} · ` +
    `${cpus().length} cores · ${(totalmem() / 2 ** 30).toFixed(0)} GiB\n`,
);

if (process.env.LAGEBILD_BENCH_BUILD === '1' || !existsSync('dist/karte/index.html')) {
  const build = spawnSync('astro', ['build'], {
    stdio: 'inherit',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
printPageWeights();
console.log('');
printMapWeight();

console.log('');
await printLighthouse();

const sizes = (process.env.LAGEBILD_BENCH_SIZES ?? '1,100,1000')
  .split(',')
  .map(Number)
  .filter((n) => n > 0);
if (sizes.length) {
  console.log('\nBuild scaling (generated corpus; Lagebild against plain Astro)');
  scaling(sizes);
}

const previews = Number(process.env.LAGEBILD_BENCH_PREVIEWS ?? 100);
if (previews > 0) {
  console.log('\nPreview images, cold and warm cache (generated corpus)');
  printPreviewCache(previews);
}

const engineRuns = Number(process.env.LAGEBILD_BENCH_ENGINES ?? 50);
if (engineRuns > 0) {
  console.log('\nPreview images: satori + resvg against @napi-rs/canvas (one thread)');
  await printPreviewEngines(engineRuns);
}

const devSizes = (process.env.LAGEBILD_BENCH_DEV ?? '100,1000')
  .split(',')
  .map(Number)
  .filter((n) => n > 0);
if (devSizes.length) {
  console.log('\nDev server (generated corpus): ready, first article page, an edit shown');
  for (const n of devSizes) await devServer(n);
}
