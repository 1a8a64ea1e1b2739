/**
 * A warm build renders an article again when code its HTML depends on
 * changes, even code outside the analysis folders: here the module that
 * names the evidence anchors (src/lib/format/evidence.ts), which the plugins
 * import. The project's code is copied to a scratch folder (so that the
 * change touches nothing else), `astro sync` fills the content cache, the
 * module changes, and a second `astro sync` must store the new HTML.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const work = mkdtempSync(join(tmpdir(), 'lagebild-warm-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

for (const entry of ['src', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
  cpSync(join(ROOT, entry), join(work, entry), { recursive: true });
}
symlinkSync(join(ROOT, 'node_modules'), join(work, 'node_modules'), 'dir');
const cache = join(work, '.cache');

function sync(): void {
  const result = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'sync'], {
    cwd: work,
    encoding: 'utf8',
    env: {
      ...process.env,
      LAGEBILD_CONTENT: join(ROOT, 'tests', 'content', 'base'),
      LAGEBILD_CACHE_DIR: cache,
      ASTRO_TELEMETRY_DISABLED: '1',
    },
  });
  expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
}

/** Everything the content cache holds (the rendered HTML among it), as text. */
function cached(): string {
  // One file, or (experimental.collectionStorage: 'chunked') the parts in a data-store folder.
  const files = readdirSync(work, { recursive: true, encoding: 'utf8' }).filter(
    (f) => f.endsWith('data-store.json') || /(^|\/)data-store\/[^/]+$/.test(f),
  );
  expect(files.length, 'the content cache was written').toBeGreaterThan(0);
  return files.map((f) => readFileSync(join(work, f), 'utf8')).join('\n');
}

describe('the content cache', () => {
  it('renders an article again when a module its HTML imports changes', () => {
    sync();
    expect(cached()).toContain('beleg-ereignis-ankuendigung');
    const module = join(work, 'src', 'lib', 'format', 'evidence.ts');
    writeFileSync(module, readFileSync(module, 'utf8').replace("'beleg-ereignis-'", "'beleg-vorfall-'"));
    sync();
    const after = cached();
    expect(after).toContain('beleg-vorfall-ankuendigung');
    expect(after).not.toContain('beleg-ereignis-ankuendigung');
  });
});
