// npm run bench: prints the benchmarks' figures (no pass or fail).
// Builds the site first unless dist/ is there (LAGEBILD_BENCH_BUILD=1 forces a build).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { printMapWeight } from './map-weight.mjs';

if (process.env.LAGEBILD_BENCH_BUILD === '1' || !existsSync('dist/karte/index.html')) {
  const build = spawnSync('astro', ['build'], {
    stdio: 'inherit',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
printMapWeight();
