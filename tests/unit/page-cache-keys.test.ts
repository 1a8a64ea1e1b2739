/**
 * The incremental build copies a page from the last build only when it has a
 * cacheKey (src/lib/views/cache-keys.ts); a page from getStaticPaths() without
 * one renders on every build, and a new page that forgets it goes unnoticed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const PAGES = join(import.meta.dirname, '..', '..', 'src', 'pages');

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

describe('the pages of the incremental build', () => {
  it('give every path from getStaticPaths() a cacheKey', () => {
    const dynamic = files(PAGES).filter((file) => readFileSync(file, 'utf8').includes('getStaticPaths'));
    expect(dynamic.length).toBeGreaterThan(0);
    const without = dynamic.filter((file) => !/\bcacheKey\s*:/.test(readFileSync(file, 'utf8')));
    expect(without.map((file) => relative(PAGES, file))).toEqual([]);
  });
});
