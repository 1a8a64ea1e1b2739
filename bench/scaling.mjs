// Build scaling: builds generated corpora of N articles with Lagebild and,
// as a baseline, with a plain Astro Markdown collection (bench/baseline), and
// prints build time, peak memory, dist/ size and pages per second.
// Figures only: nothing here passes or fails.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { generateCorpus } from './generate-corpus.mjs';

const ROOT = join(import.meta.dirname, '..');
const ASTRO = join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
const GNU_TIME = '/usr/bin/time';

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

function build(root, content, outDir, cacheDir) {
  const args = [ASTRO, 'build', '--root', root, '--outDir', outDir];
  const env = {
    ...process.env,
    LAGEBILD_CONTENT: content,
    LAGEBILD_CACHE_DIR: cacheDir,
    ASTRO_TELEMETRY_DISABLED: '1',
    NODE_OPTIONS: '--max-old-space-size=4096',
  };
  const timed = existsSync(GNU_TIME);
  const started = process.hrtime.bigint();
  const result = timed
    ? spawnSync(GNU_TIME, ['-f', 'LAGEBILD_PEAK_KB=%M', process.execPath, ...args], {
        cwd: root,
        env,
        encoding: 'utf8',
      })
    : spawnSync(process.execPath, args, { cwd: root, env, encoding: 'utf8' });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.status !== 0) throw new Error(`build failed in ${root}:\n${result.stdout}\n${result.stderr}`);
  const peak = /LAGEBILD_PEAK_KB=(\d+)/.exec(result.stderr ?? '');
  const files = walk(outDir);
  return {
    seconds,
    peakMb: peak ? Number(peak[1]) / 1024 : undefined,
    distMb: files.reduce((sum, f) => sum + statSync(f).size, 0) / 1024 / 1024,
    pages: files.filter((f) => f.endsWith('.html')).length,
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
        rows.push({ n, name, ...figures, warmSeconds: warm.seconds });
        rmSync(out, { recursive: true, force: true });
        console.log(
          `  ${name.padEnd(12)} N=${String(n).padStart(4)}  ${figures.seconds.toFixed(1).padStart(6)} s  ` +
            `warm after one change ${warm.seconds.toFixed(1).padStart(5)} s  ` +
            `${figures.peakMb ? `${figures.peakMb.toFixed(0).padStart(5)} MB peak` : '   n/a peak'}  ` +
            `${figures.distMb.toFixed(1).padStart(6)} MB dist  ${String(figures.pages).padStart(5)} pages  ` +
            `${(figures.pages / figures.seconds).toFixed(1).padStart(6)} pages/s`,
        );
      }
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  const get = (name, n) => rows.find((r) => r.name === name && r.n === n);
  const big = Math.max(...sizes);
  const mid = sizes.includes(100) ? 100 : undefined;
  console.log('\n  Targets (reported, not asserted):');
  if (mid && sizes.includes(1000)) {
    const ratio = get('Lagebild', 1000).seconds / get('Lagebild', 100).seconds;
    console.log(`  - 1000 vs 100 articles: ×${ratio.toFixed(1)} build time (target ≤ ×12)`);
  }
  const peak = get('Lagebild', big).peakMb;
  console.log(`  - peak memory at N=${big}: ${peak ? `${peak.toFixed(0)} MB` : 'n/a'} (target < 2048 MB)`);
  for (const n of sizes) {
    const ratio = get('Lagebild', n).seconds / get('Astro-Basis', n).seconds;
    console.log(`  - N=${n}: Lagebild / plain Astro = ×${ratio.toFixed(2)} cold (target ≤ ×8 at 1,000 articles)`);
    const warm = get('Lagebild', n).warmSeconds / get('Astro-Basis', n).warmSeconds;
    console.log(
      `  - N=${n}: warm rebuild after one change, Lagebild / plain Astro = ×${warm.toFixed(2)} (target ≤ ×3)`,
    );
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const sizes = process.argv.slice(2).map(Number).filter(Boolean);
  console.log('Build scaling (generated corpus)');
  scaling(sizes.length ? sizes : undefined);
}
