/**
 * The content store's module as the pages import it (src/lib/content-store.ts): a static build reads
 * each part from disk when Astro reads it; `astro dev` reads the collections the loaders hold, and the
 * parts on disk only before there are any.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { announceContentChange, storeModule } from '../../src/lib/content-store.ts';

const LIVE = Symbol.for('lagebild.liveContent');
const live = globalThis as typeof globalThis & { [LIVE]?: unknown };
const dirs: string[] = [];

function partsDir(parts: Record<string, Record<string, string>>): URL {
  const dir = mkdtempSync(join(tmpdir(), 'lagebild-store-'));
  dirs.push(dir);
  mkdirSync(join(dir, 'data-store'));
  const manifest: Record<string, string[]> = {};
  for (const [collection, files] of Object.entries(parts)) {
    manifest[collection] = Object.keys(files);
    for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, 'data-store', file), text);
  }
  writeFileSync(join(dir, 'data-store', 'manifest.json'), JSON.stringify(manifest));
  return pathToFileURL(join(dir, 'data-store/'));
}

/** Evaluates the generated module as Vite would, and returns its default export. */
async function evaluate(code: string): Promise<unknown> {
  const dir = mkdtempSync(join(tmpdir(), 'lagebild-module-'));
  dirs.push(dir);
  const file = join(dir, 'store.mjs');
  writeFileSync(file, code);
  return ((await import(pathToFileURL(file).href)) as { default: unknown }).default;
}

afterEach(() => {
  delete live[LIVE];
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('the content store module', () => {
  it('in a build, lists each collection part by part and reads a part only when Astro reads it', async () => {
    const parts = partsDir({ articles: { 'a.txt': 'erster Teil\n', 'b.txt': 'zweiter Teil\n' } });
    const store = (await evaluate(storeModule(parts, false)!)) as Record<string, { default: string }[]>;
    expect(Object.keys(store)).toEqual(['articles']);
    writeFileSync(new URL('b.txt', parts), 'zweiter Teil, neu geschrieben\n');
    expect(store.articles!.map((part) => part.default)).toEqual(['erster Teil\n', 'zweiter Teil, neu geschrieben\n']);
  });

  it('in a build without a store on disk, leaves the module to Astro', () => {
    expect(storeModule(new URL('file:///nirgends/data-store/'), false)).toBeUndefined();
  });

  it('in dev, hands the pages the collections the loaders hold, not the copy on disk', async () => {
    const parts = partsDir({ articles: { 'a.txt': 'alter Stand\n' } });
    const collections = new Map([['articles', new Map([['basis', { id: 'basis' }]])]]);
    live[LIVE] = { collections: () => collections, changed: () => {} };
    expect(await evaluate(storeModule(parts, true)!)).toBe(collections);
  });

  it('in dev before the first sync, reads the parts on disk, or an empty store where there are none', async () => {
    const parts = partsDir({ articles: { 'a.txt': 'alter Stand\n' } });
    live[LIVE] = { collections: () => undefined, changed: () => {} };
    const store = (await evaluate(storeModule(parts, true)!)) as Record<string, { default: string }[]>;
    expect(store.articles!.map((part) => part.default)).toEqual(['alter Stand\n']);
    const empty = await evaluate(storeModule(new URL('file:///nirgends/data-store/'), true)!);
    expect(empty).toBeInstanceOf(Map);
    expect((empty as Map<string, unknown>).size).toBe(0);
  });

  it('passes a change on to the dev server that listens, and does nothing where none does', () => {
    expect(() => announceContentChange()).not.toThrow();
    let changes = 0;
    live[LIVE] = { collections: () => undefined, changed: () => (changes += 1) };
    announceContentChange();
    expect(changes).toBe(1);
  });
});
