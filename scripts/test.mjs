// The whole test suite, as `npm test` runs it (and CI through .ci/run):
// format, lint, types, unused code, unit and plugin tests, bad-content cases, the build,
// html-validate and linkinator over dist/, and the browser tests.
// Every step runs even when an earlier one failed (except what needs the
// build); the last line sums up: "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { findBrowser } from './find-browser.mjs';

const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
const results = []; // { name, passed, failed }
mkdirSync('test-results', { recursive: true });

function run(command, args, extraEnv = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...env, ...extraEnv } });
  if (result.error) console.error(result.error.message);
  return result.status === 0;
}

function step(name, command, args, extraEnv) {
  console.log(`\n▶ ${name}`);
  const ok = run(command, args, extraEnv);
  results.push({ name, passed: ok ? 1 : 0, failed: ok ? 0 : 1 });
  if (!ok) console.error(`✗ ${name} failed`);
  return ok;
}

function vitest(name, project, extraEnv) {
  console.log(`\n▶ ${name}`);
  const report = `test-results/${project}.json`;
  const ok = run(
    'vitest',
    ['run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`],
    extraEnv,
  );
  let passed = 0;
  let failed = 0;
  if (existsSync(report)) {
    const json = JSON.parse(readFileSync(report, 'utf8'));
    passed = json.numPassedTests;
    failed = json.numFailedTests;
  } else {
    failed = 1;
  }
  if (!ok && failed === 0) failed = 1; // a failure outside any test (setup, import)
  results.push({ name, passed, failed });
  if (!ok) console.error(`✗ ${name} failed`);
  return ok;
}

step('Formatting (Prettier)', 'prettier', ['--check', '.']);
step('Lint (ESLint)', 'eslint', ['.']);
step('Types (astro check)', 'astro', ['check']);
step('Unused code and dependencies (knip)', 'knip', []);
step('No import cycles (dependency-cruiser)', 'depcruise', ['src', '--config', '.dependency-cruiser.cjs']);
vitest('Unit and plugin tests (Vitest)', 'unit');
vitest('Bad content fails the build (Vitest + astro sync)', 'content');
// The same build as `npm run build`: the site, then the search index over it.
const built = step('Build (astro build + Pagefind)', 'npm', ['run', 'build']);
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
    results.push({ name: 'Browser found', passed: 0, failed: 1 });
  }
  if (browserOk) vitest('Browser tests (Playwright + Chromium)', 'e2e', { LAGEBILD_SKIP_BUILD: '1' });
} else {
  results.push({ name: 'Steps that need the build', passed: 0, failed: 3 });
}

const passed = results.reduce((sum, r) => sum + r.passed, 0);
const failed = results.reduce((sum, r) => sum + r.failed, 0);
console.log('\nSummary');
for (const r of results) console.log(`  ${r.failed ? '✗' : '✓'} ${r.name}: ${r.passed} passed, ${r.failed} failed`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
