/**
 * The content layer without starting Astro: the collections of
 * src/content.config.ts, each loader's load() run as `astro sync` runs it
 * (in the collections' order, stopping at the first error), with a data store
 * and Astro's Markdown renderer built from the project's own processor
 * (astro.config.mjs). A loader's error message is exactly what `astro sync`
 * prints for it; cases.test.ts checks that on a few cases against the real
 * `astro sync`.
 *
 * The loaders validate every file with the schemas of src/schemas/ themselves
 * and do not call Astro's parseData, so Astro's own schema check never sees
 * an entry the loaders did not already accept.
 *
 * src/content.config.ts reads LAGEBILD_CONTENT once, when it is imported: a
 * layer reads one folder, which the caller rewrites between loads.
 */
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { markdownConfigDefaults } from '@astrojs/markdown-remark';
import type { DataStore, Loader, LoaderContext } from 'astro/loaders';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = join(import.meta.dirname, '..', '..');

type Collections = (typeof import('../../src/content.config.ts'))['collections'];
type DataEntry = Parameters<DataStore['set']>[0];
type Renderer = Awaited<ReturnType<NonNullable<LoaderContext['renderMarkdown']>>>;

/** What a load gives: the entries of every collection, or the message `astro sync` would print. */
export type LoadResult = { ok: true; entries: Record<string, DataEntry[]> } | { ok: false; message: string };

function memoryStore(): DataStore {
  const entries = new Map<string, DataEntry>();
  return {
    get: <T extends Record<string, unknown>>(key: string) => entries.get(key) as (DataEntry & { data: T }) | undefined,
    entries: () => [...entries.entries()],
    set: (entry) => {
      entries.set(entry.id, entry);
      return true;
    },
    values: () => [...entries.values()],
    keys: () => [...entries.keys()],
    delete: (key) => void entries.delete(key),
    clear: () => entries.clear(),
    has: (key) => entries.has(key),
    addModuleImport: () => {},
  };
}

/** Astro's renderMarkdown for loaders (content-layer.js #processMarkdown), with the project's processor. */
async function markdownRenderer(): Promise<(content: string, options?: { fileURL?: URL }) => Promise<Renderer>> {
  const { default: config } = await import('../../astro.config.mjs');
  const markdown = { ...markdownConfigDefaults, ...config.markdown };
  const processor = markdown.processor!;
  // The options Astro hands the processor (its config, with its defaults).
  const { syntaxHighlight, shikiConfig, gfm, smartypants } = markdown;
  const renderer = await processor.createRenderer({ syntaxHighlight, shikiConfig, gfm, smartypants } as Parameters<
    typeof processor.createRenderer
  >[0]);
  return async (content, options) => {
    const { frontmatter, content: body } = parseFrontmatter(content);
    const { code, metadata } = await renderer.render(body, {
      frontmatter,
      ...(options?.fileURL ? { fileURL: options.fileURL } : {}),
    });
    return { html: code, metadata: { ...metadata, imagePaths: [] } };
  };
}

const digest = (data: Record<string, unknown> | string) =>
  createHash('sha256')
    .update(typeof data === 'string' ? data : JSON.stringify(data))
    .digest('hex');

/**
 * A content layer over `contentDir`. Each load starts from empty stores, as a
 * sync with an empty cache does.
 */
export async function contentLayer(contentDir: string): Promise<() => Promise<LoadResult>> {
  process.env.LAGEBILD_CONTENT = contentDir;
  const { collections }: { collections: Collections } = await import('../../src/content.config.ts');
  const renderMarkdown = await markdownRenderer();
  return async () => {
    const entries: Record<string, DataEntry[]> = {};
    for (const [name, collection] of Object.entries(collections)) {
      const store = memoryStore();
      const context = {
        collection: name,
        store,
        config: { root: pathToFileURL(`${ROOT}/`) },
        generateDigest: digest,
        renderMarkdown,
      } as unknown as LoaderContext;
      try {
        await ((collection as { loader: Loader }).loader.load(context) as Promise<void>);
      } catch (error) {
        if (error instanceof Error && error.name === 'ContentError') return { ok: false, message: error.message };
        throw error;
      }
      entries[name] = store.values();
    }
    return { ok: true, entries };
  };
}
