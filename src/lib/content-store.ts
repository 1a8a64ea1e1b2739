/**
 * How pages read the content store (Astro's `astro:data-layer-content` module), in a static build and in
 * `astro dev`.
 *
 * Build: the store's parts stay files, read once when the pages are rendered. Astro bundles each part (up
 * to 20 MiB of the archive as JSON) into the prerender bundle as a string literal, which the bundler parses
 * and writes again, and the module keeps the text alive for the whole build (140 MB of text at 1,000
 * articles; about a gigabyte of memory while bundling, 8 of 8.5 s of it). The pages are rendered on this
 * machine right after bundling, from the cache directory where the content sync wrote the parts: the
 * store's module lists them, and each part is read when Astro reads the store and then let go
 * (bench/RESULTS.md). Astro tags the module as content data, so the incremental build leaves it out of the
 * pages' code digest (their cacheKey holds the content); the tag is kept.
 *
 * Dev: the pages read the store the content loaders keep in memory, in the same process, instead of its
 * copy on disk. After every save Astro serialises the whole store to disk (about 4 s at 1,000 articles),
 * then Vite transforms each part as a module of one string literal and the runtime parses it again (9 s);
 * only then did a page show the edit. Now the loaders announce a change as soon as they have stored it
 * (`announceContentChange`, src/content.config.ts) and the pages' next request reads the entries as the
 * loaders left them, unchanged articles as the same objects. Astro still writes its copy for the next start
 * and reloads the page again when it has (the same content).
 *
 * Astro exports neither its content layer nor its invalidation of the store's module: the layer is found
 * by its file (as Astro imports it, through Node's own loader) and the invalidation does what Astro's own
 * does (src/content/vite-plugin-content-virtual-mod.js: invalidateDataStore). If a new Astro moves them,
 * the pages read the store from disk again, and only the speed changes.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { LoaderContext } from 'astro/loaders';
import type { ViteDevServer } from 'vite';

const require = createRequire(import.meta.url);
const STORE_MODULE = '\0astro:data-layer-content';
/** Shared by the three module graphs that meet here: the config's, the content loaders' and the pages'. */
const LIVE = Symbol.for('lagebild.liveContent');

interface LiveContent {
  /** The collections as the loaders keep them (Astro's MutableDataStore), or undefined before the first sync. */
  collections: () => unknown;
  /** Makes the pages read the store again on their next request and reloads the browser. */
  changed: () => void;
}

type WithLive = typeof globalThis & { [LIVE]?: LiveContent };

/** Astro's content layer (the running sync, with its store), as Astro itself imported it. */
function contentLayer(): { loading?: boolean; store?: { collections?: () => unknown } } | null | undefined {
  const instance = join(dirname(require.resolve('astro/package.json')), 'dist', 'content', 'instance.js');
  if (!existsSync(instance)) return undefined;
  return require(instance).globalContentLayer?.get?.();
}

/** An article's HTML as the content loader renders it (Astro's `rendered` of an entry). */
export type RenderedContent = Awaited<ReturnType<LoaderContext['renderMarkdown']>>;
type ArticleRenderer = (slug: string) => Promise<RenderedContent | undefined>;
const RENDERER = Symbol.for('lagebild.renderArticle');
type WithRenderer = typeof globalThis & { [RENDERER]?: ArticleRenderer };

/** Called by the articles' loader in `astro dev`, which renders an article when its page asks for it. */
export function registerArticleRenderer(render: ArticleRenderer): void {
  (globalThis as WithRenderer)[RENDERER] = render;
}

/**
 * In `astro dev`, an article's HTML as its file is now (src/content.config.ts renders it on the first
 * request and keeps it); undefined where the loader knows no such article.
 */
export async function renderArticleInDev(slug: string): Promise<RenderedContent | undefined> {
  return (globalThis as WithRenderer)[RENDERER]?.(slug);
}

/**
 * Called by the content loaders once a change is in the store: in `astro dev` the pages show it on their
 * next request; elsewhere nothing happens.
 */
export function announceContentChange(): void {
  (globalThis as WithLive)[LIVE]?.changed();
}

function invalidateStore(server: ViteDevServer): void {
  const timestamp = Date.now();
  for (const environment of Object.values(server.environments)) {
    const module = environment.moduleGraph.getModuleById(STORE_MODULE);
    if (!module) continue;
    environment.moduleGraph.invalidateModule(module, undefined, timestamp, true);
    const runner = 'runner' in environment ? (environment.runner as ModuleRunnerLike) : undefined;
    const evaluated = runner?.evaluatedModules.getModuleById(STORE_MODULE);
    if (evaluated) runner!.evaluatedModules.invalidateModule(evaluated);
    // Astro clears its cache of getStaticPaths() on this message.
    environment.hot.send('astro:content-changed', {});
  }
  server.environments.client?.hot.send({ type: 'full-reload', path: '*' });
}

interface ModuleRunnerLike {
  evaluatedModules: { getModuleById(id: string): unknown; invalidateModule(module: unknown): void };
}

/** The store's module: the live collections in dev where there are any, else each part read from disk when read. */
export function storeModule(parts: URL, dev: boolean): string | undefined {
  const manifest = new URL('manifest.json', parts);
  if (!existsSync(manifest) && !dev) return undefined;
  const collections = existsSync(manifest)
    ? (JSON.parse(readFileSync(manifest, 'utf8')) as Record<string, string[]>)
    : undefined;
  const files = Object.entries(collections ?? {}).map(
    ([name, names]) =>
      `${JSON.stringify(name)}: [${names.map((file) => `part(${JSON.stringify(fileURLToPath(new URL(file, parts)))})`).join(', ')}]`,
  );
  const disk = collections ? `{ ${files.join(', ')} }` : 'new Map()';
  return [
    "import { readFileSync } from 'node:fs';",
    "const part = (file) => ({ get default() { return readFileSync(file, 'utf8'); } });",
    dev
      ? `export default globalThis[Symbol.for('lagebild.liveContent')]?.collections() ?? ${disk};`
      : `export default ${disk};`,
  ].join('\n');
}

export const contentStoreIntegration: AstroIntegration = {
  name: 'lagebild-content-store',
  hooks: {
    /*
     * The content sync's own copy of the store (every entry: 250 MB at 1,000 articles) is not read again once
     * the sync has written the parts, but Astro keeps it referenced for the whole build; let it go.
     */
    'astro:build:start': () => {
      const instance = join(dirname(require.resolve('astro/package.json')), 'dist', 'content', 'instance.js');
      if (existsSync(instance)) require(instance).globalContentLayer?.dispose?.();
    },
    'astro:server:setup': ({ server }) => {
      let timer: ReturnType<typeof setTimeout> | undefined;
      (globalThis as WithLive)[LIVE] = {
        // While Astro itself syncs (after a change to the configuration it clears the store and fills it again),
        // the pages read the last complete copy on disk; Astro reloads them when it has written the new one.
        collections: () => {
          const layer = contentLayer();
          if (!layer || layer.loading) return undefined;
          const collections = layer.store?.collections?.();
          return collections instanceof Map ? collections : undefined;
        },
        // Several loaders store one save (a registry and the articles that show it): the pages read once.
        changed: () => {
          clearTimeout(timer);
          timer = setTimeout(() => invalidateStore(server), 10);
        },
      };
    },
    'astro:config:setup': ({ command, config, updateConfig }) => {
      if (command !== 'build' && command !== 'dev') return;
      const dev = command === 'dev';
      // Where Astro's content layer writes the parts (src/content/paths.js: getDataStoreDir).
      const parts = new URL('data-store/', dev ? new URL('.astro/', config.root) : config.cacheDir);
      updateConfig({
        vite: {
          plugins: [
            {
              name: 'lagebild-content-store',
              // Before Astro's own load of the store, which would inline every part.
              load: {
                order: 'pre',
                handler(id: string) {
                  if (id !== STORE_MODULE) return undefined;
                  const code = storeModule(parts, dev);
                  if (code === undefined) return undefined;
                  return { code, map: { mappings: '' }, meta: { astroIncremental: { kind: 'content-data' } } };
                },
              },
            },
          ],
        },
      });
    },
  },
};
