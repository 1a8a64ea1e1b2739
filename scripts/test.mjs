// The whole test suite, as `npm test` runs it (and CI through .ci/run):
// format, lint, types, unused code, unit and plugin tests, bad-content cases, the build,
// html-validate and linkinator over dist/, and the browser tests.
// Every step runs even when an earlier one failed (except what needs the
// build); each step prints how long it took, and the last line sums up:
// "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { findBrowser } from './find-browser.mjs';

const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
const results = []; // { name, passed, failed, took (ms) }
mkdirSync('test-results', { recursive: true });

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

/** Runs a command and records the step's result and duration; true when it passed. */
function run(name, command, args, extraEnv, count) {
  console.log(`\n▶ ${name}`);
  const started = performance.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...env, ...extraEnv } });
  if (result.error) console.error(result.error.message);
  const ok = result.status === 0;
  const took = performance.now() - started;
  results.push({ name, ...count(ok), took });
  console.log(`${ok ? '✓' : '✗'} ${name}: ${ok ? 'passed' : 'failed'} in ${seconds(took)}`);
  return ok;
}

function step(name, command, args, extraEnv) {
  return run(name, command, args, extraEnv, (ok) => ({ passed: ok ? 1 : 0, failed: ok ? 0 : 1 }));
}

function vitest(name, project, extraEnv) {
  const report = `test-results/${project}.json`;
  rmSync(report, { force: true });
  const args = ['run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`];
  return run(name, 'vitest', args, extraEnv, (ok) => {
    if (!existsSync(report)) return { passed: 0, failed: 1 };
    const json = JSON.parse(readFileSync(report, 'utf8'));
    // A failure outside any test (setup, import) counts as one.
    return { passed: json.numPassedTests, failed: !ok && json.numFailedTests === 0 ? 1 : json.numFailedTests };
  });
}

step('Formatting (Prettier)', 'prettier', ['--check', '.']);
step('Lint (ESLint)', 'eslint', ['.']);
step('Types (astro check)', 'astro', ['check']);
step('Unused code and dependencies (knip)', 'knip', []);
step('No import cycles (dependency-cruiser)', 'depcruise', ['src', '--config', '.dependency-cruiser.cjs']);
vitest('Unit and plugin tests (Vitest)', 'unit');
vitest('Bad content fails the build (Vitest: loaders in-process, a few astro sync)', 'content');
// The same build as `npm run build`: the site, then the search index over it. Under a
// far-east time zone: tests/e2e/timezone.test.ts compares it with a far-west build.
const built = step('Build (astro build + Pagefind)', 'npm', ['run', 'build'], { TZ: 'Pacific/Kiritimati' });
if (built) {
  step('HTML validity (html-validate)', 'html-validate', ['dist/**/*.html']);
  // The W3C Nu Html Checker, as publishers use it (needs Java; .ci/run installs it on a bare machine).
  step('HTML validity (W3C Nu Html Checker)', 'java', [
    '-jar',
    'node_modules/vnu-jar/build/dist/vnu.jar',
    '--errors-only',
    '--skip-non-html',
    'dist',
  ]);
  step('Links and fragments (linkinator)', 'linkinator', ['/', '/404.html', '--server-root', 'dist']);
  let browserOk = true;
  try {
    console.log(`\nBrowser: ${findBrowser()}`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    browserOk = false;
    results.push({ name: 'Browser found', passed: 0, failed: 1, took: 0 });
  }
  if (browserOk) vitest('Browser tests (Playwright + Chromium)', 'e2e', { LAGEBILD_SKIP_BUILD: '1' });
} else {
  results.push({ name: 'Steps that need the build', passed: 0, failed: 3, took: 0 });
}

const passed = results.reduce((sum, r) => sum + r.passed, 0);
const failed = results.reduce((sum, r) => sum + r.failed, 0);
const total = results.reduce((sum, r) => sum + r.took, 0);
console.log(`\nSummary (${seconds(total)} in all)`);
for (const r of results) {
  console.log(`  ${r.failed ? '✗' : '✓'} ${r.name}: ${r.passed} passed, ${r.failed} failed, ${seconds(r.took)}`);
}
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
