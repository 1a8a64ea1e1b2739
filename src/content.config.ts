import { defineCollection } from 'astro:content';
import type { Loader, LoaderContext } from 'astro/loaders';
import { readFileSync } from 'node:fs';
import { basename, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { ArticleAnalysis } from './lib/analysis/analyse.ts';
import { contentCodeFiles } from './lib/analysis/code-graph.ts';
import { announceContentChange, registerArticleRenderer, type RenderedContent } from './lib/content-store.ts';
import { checkCorpus, type CorpusArticleInput } from './lib/analysis/corpus.ts';
import { describeProblems, formatFileProblems, type FileProblems } from './lib/analysis/problems.ts';
import { renderFrontmatter } from './lib/analysis/render-data.ts';
import { articlePaths, loadArticle } from './lib/analysis/read-content.ts';
import { assertRegistries, readRegistries, type RegistryKind } from './lib/analysis/registries.ts';
import { ContentError, splitFrontmatter } from './lib/analysis/yaml.ts';
import { actorSchema } from './schemas/actor.ts';
import { articleSchema, type ArticleData } from './schemas/article.ts';
import { eventSchema } from './schemas/event.ts';
import { placeSchema } from './schemas/place.ts';
import { sourceSchema } from './schemas/source.ts';

/**
 * Where the content lives (articles/, actors/, places/, sources/, events/);
 * tests and benchmarks point it at other folders.
 */
const CONTENT = process.env.LAGEBILD_CONTENT ?? './content';
/** Changes when the render data that the plugins read changes shape. */
const RENDER_VERSION = '3';

/**
 * The code that shapes an article's analysis and HTML (every module the
 * content layer and the plugins import): part of each article's digest, so
 * that a changed check, plugin or label analyses and renders again even
 * where the content did not change.
 */
function codeDigest(root: string): string {
  return contentCodeFiles(root)
    .map((file) => `${file}\n${readFileSync(join(root, file), 'utf8')}`)
    .join('\n');
}

const paths = (context: LoaderContext) => {
  const root = fileURLToPath(context.config.root);
  return { root, content: resolve(root, CONTENT) };
};

/**
 * Content errors are the editor's to fix: the message names file, line,
 * field and expectation; a stack trace would only hide it.
 */
function fail(message: string): never {
  const error = new ContentError(message);
  error.stack = '';
  throw error;
}

function registries(context: LoaderContext) {
  const { root, content } = paths(context);
  try {
    const result = readRegistries(content, root);
    return { registries: assertRegistries(result), digest: context.generateDigest(result.digestInput) };
  } catch (error) {
    if (error instanceof ContentError) fail(error.message);
    throw error;
  }
}

/**
 * In `astro dev`, loads the collection again when an editor saves, adds or
 * removes a file in `folders` (Astro's own glob() loader does the same; a
 * loader that reads its files itself must ask the watcher), and the pages
 * show it on their next request (src/lib/content-store.ts). Saves close
 * together load once; a content error is logged, and the page keeps what it
 * showed, until the file is fixed.
 */
function reloadOnChange(context: LoaderContext, folders: readonly string[], load: () => Promise<void>): void {
  const { watcher, logger } = context;
  if (!watcher) return;
  for (const folder of folders) watcher.add(folder);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const changed = (path: string) => {
    if (!/\.(?:md|ya?ml)$/.test(path) || !folders.some((folder) => path.startsWith(`${folder}${sep}`))) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      load().then(
        () => {
          announceContentChange();
          logger.info(`reloaded after a change to ${basename(path)}`);
        },
        (error: unknown) => logger.error(error instanceof Error ? error.message : String(error)),
      );
    }, 50);
  };
  watcher.on('change', changed);
  watcher.on('add', changed);
  watcher.on('unlink', changed);
}

/** A registry collection: one entry per YAML file, validated and cross-checked once. */
function registryLoader(kind: RegistryKind): Loader {
  let watching = false;
  return {
    name: `lagebild-${kind}`,
    load: async (context) => {
      await loadRegistry(context, kind);
      if (watching) return;
      watching = true;
      reloadOnChange(context, [join(paths(context).content, kind)], () => loadRegistry(context, kind));
    },
  };
}

async function loadRegistry(context: LoaderContext, kind: RegistryKind): Promise<void> {
  const { registries: all } = registries(context);
  // Entries whose digest is unchanged stay as they are (store.set keeps them): a save to one registry file
  // replaces one entry, and in `astro dev` the pages keep reading the others as the same objects.
  for (const id of context.store.keys()) if (!all[kind].has(id)) context.store.delete(id);
  for (const entry of all[kind].values()) {
    context.store.set({
      id: entry.id,
      data: entry.data as Record<string, unknown>,
      filePath: entry.file,
      digest: context.generateDigest(entry.data as Record<string, unknown>),
    });
  }
}

/** The data an article entry holds: its frontmatter and its analysis. */
export type ArticleEntryData = ArticleData & { analysis: ArticleAnalysis };

/**
 * The articles: each file read, validated, analysed once (analyseArticle)
 * and checked against the registries and the other articles; then rendered
 * by the unified pipeline, whose plugins read the analysis. An article whose
 * file and registries are unchanged keeps its analysis and HTML.
 */
function articlesLoader(): Loader {
  let watching = false;
  return {
    name: 'lagebild-articles',
    load: async (context) => {
      await loadArticles(context);
      if (watching) return;
      watching = true;
      // The registries shape every article's analysis: a change to any of them loads the articles again.
      const { content } = paths(context);
      const folders = ['articles', 'actors', 'places', 'sources', 'events'].map((kind) => join(content, kind));
      reloadOnChange(context, folders, () => loadArticles(context));
    },
  };
}

async function loadArticles(context: LoaderContext): Promise<void> {
  const { root, content } = paths(context);
  const dev = context.watcher !== undefined;
  const { registries: all, digest: registryDigest } = registries(context);
  const code = context.generateDigest(codeDigest(root));
  const failures: FileProblems[] = [];
  const inputs: (CorpusArticleInput & { body: string; digest: string; path: string })[] = [];
  const digestOf = (text: string) => context.generateDigest(`${RENDER_VERSION}\n${code}\n${registryDigest}\n${text}`);
  for (const path of articlePaths(content)) {
    // An unchanged file (with unchanged registries and code) was read, checked, analysed and rendered
    // by an earlier build: its stored entry stands. Parsing the frontmatters again was most of a warm
    // build's content sync (13 of 35 s at 1,000 articles).
    const slug = basename(path, '.md');
    const text = readFileSync(path, 'utf8');
    const stored = context.store.get(slug);
    if ((stored?.rendered || dev) && stored?.body !== undefined && stored.digest === digestOf(text)) {
      const { analysis, ...data } = stored.data as ArticleEntryData;
      inputs.push({
        slug,
        file: relative(root, path),
        data,
        analysis,
        body: stored.body,
        digest: stored.digest,
        path,
      });
      continue;
    }
    const loaded = loadArticle(path, root, all);
    if (!loaded.ok) {
      failures.push({ file: loaded.file, problems: loaded.problems });
      continue;
    }
    const { file, data, analysis, body, frontmatter, problems } = loaded;
    if (problems.length) {
      failures.push({ file, problems: describeProblems(problems, frontmatter.value, frontmatter) });
      continue;
    }
    inputs.push({ slug, file, data, analysis, body, digest: digestOf(text), path });
  }
  for (const [file, problems] of checkCorpus(inputs)) {
    const input = inputs.find((i) => i.file === file)!;
    const { frontmatter } = splitFrontmatter(readFileSync(input.path, 'utf8'), file);
    failures.push({ file, problems: describeProblems(problems, frontmatter.value, frontmatter) });
  }
  if (failures.length) fail(formatFileProblems(failures));

  const keep = new Set(inputs.map((i) => i.slug));
  for (const id of context.store.keys()) if (!keep.has(id)) context.store.delete(id);
  const render = async (input: (typeof inputs)[number]) => {
    const rendered = await context.renderMarkdown(
      `---\n${JSON.stringify(renderFrontmatter(input, all))}\n---\n${input.body}`,
      { fileURL: pathToFileURL(input.path) },
    );
    // The frontmatter given to the Markdown plugins (renderFrontmatter) has done its work in the HTML: kept in
    // the store it would be a fifth of every article's entry, loaded again by every build and every page.
    return { ...rendered, metadata: { ...rendered.metadata, frontmatter: {} } };
  };
  for (const input of inputs) {
    const stored = context.store.get(input.slug);
    if (stored && stored.digest === input.digest && (stored.rendered || dev)) continue;
    context.store.set({
      id: input.slug,
      data: { ...input.data, analysis: input.analysis } as Record<string, unknown>,
      body: input.body,
      filePath: input.file,
      digest: input.digest,
      ...(dev ? {} : { rendered: await render(input) }),
    });
  }
  if (dev) {
    const bySlug = new Map(inputs.map((input) => [input.slug, input]));
    // A page that asks with an older digest (it was read just before this load) gets the article as it is now:
    // the newer text, not an empty body; the reload that follows shows the rest of the page anew.
    registerArticleRenderer(async (slug) => {
      const input = bySlug.get(slug);
      if (!input) return undefined;
      let html = renderedInDev.get(slug);
      if (html?.digest !== input.digest)
        renderedInDev.set(slug, (html = { digest: input.digest, rendered: render(input) }));
      return html.rendered;
    });
  }
}

/**
 * In `astro dev` (where the loaders have a watcher) an article's HTML is rendered when its page is first
 * asked for, and kept in memory, not in the store: rendering every article took 21 of the 50 s before the
 * dev server answered at 1,000 articles, and the HTML was half of the store Astro writes to disk after
 * every save. A build renders every article in the sync and stores it, as before.
 */
const renderedInDev = new Map<string, { digest: string; rendered: Promise<RenderedContent> }>();

export const collections = {
  actors: defineCollection({ loader: registryLoader('actors'), schema: actorSchema }),
  places: defineCollection({ loader: registryLoader('places'), schema: placeSchema }),
  sources: defineCollection({ loader: registryLoader('sources'), schema: sourceSchema }),
  events: defineCollection({ loader: registryLoader('events'), schema: eventSchema }),
  articles: defineCollection({ loader: articlesLoader(), schema: articleSchema }),
};
