/**
 * Builds the site the way `npm run build` does (astro build, then Pagefind
 * over the output), into any folder and with any environment: for the
 * time-zone, reproducibility and sub-path tests.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');
const ASTRO = join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
const PAGEFIND = join(ROOT, 'node_modules', 'pagefind', 'lib', 'runner', 'bin.cjs');

/**
 * The environment of a build from a shell: without the variables Vitest sets
 * for its own Vite (BASE_URL, MODE, DEV, PROD, SSR, NODE_ENV, VITEST…), which
 * would otherwise override the site's base path and mode in the child build.
 */
export function shellEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of Object.keys(env)) {
    if (/^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|TEST|VITEST.*)$/.test(name)) delete env[name];
  }
  return env;
}

export function buildSite(outDir: string, env: Record<string, string> = {}): void {
  const options = {
    cwd: ROOT,
    encoding: 'utf8' as const,
    env: { ...shellEnv(), ASTRO_TELEMETRY_DISABLED: '1', ...env },
  };
  for (const [name, args] of [
    ['astro build', [ASTRO, 'build', '--outDir', outDir]],
    ['pagefind', [PAGEFIND, '--site', outDir]],
  ] as const) {
    const result = spawnSync(process.execPath, [...args], options);
    if (result.status !== 0) {
      throw new Error(`${name} (${JSON.stringify(env)}) failed:\n${result.stdout}\n${result.stderr}`);
    }
  }
}
