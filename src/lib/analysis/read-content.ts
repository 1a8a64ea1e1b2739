/**
 * Reads a content folder from disk the way the content loader does
 * (registries, then every article through the schema and analyseArticle):
 * for tools and tests that need the analysis without a build. The loader
 * (src/content.config.ts) reads each article file with readArticleFile;
 * checkContent runs every check of a build and collects every problem.
 */
import { readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { articleSchema, type ArticleData } from '../../schemas/article.ts';
import { analyseArticle, type ArticleAnalysis } from './analyse.ts';
import { checkCorpus, type CorpusArticleInput } from './corpus.ts';
import { describeProblems, type FileProblems, type Problem } from './problems.ts';
import {
  assertRegistries,
  contentErrorLines,
  contentFiles,
  readRegistries,
  schemaProblems,
  type Registries,
  type RegistryKind,
} from './registries.ts';
import { todoProblems } from './todos.ts';
import { ContentError, splitFrontmatter, type ParsedYaml } from './yaml.ts';

export interface ReadContent {
  registries: Registries;
  articles: (CorpusArticleInput & { body: string; problems: Problem[] })[];
}

/** The content as it is, for tests on the real articles: registries, and every article with its problems. */
export function readContent(contentRoot: string, projectRoot: string): ReadContent {
  const registries = assertRegistries(readRegistries(contentRoot, projectRoot));
  const articles = articlePaths(contentRoot).flatMap((path) => {
    const loaded = loadArticle(path, projectRoot, registries);
    if (!loaded.ok) throw new ContentError(`${loaded.file}: ${loaded.problems.join('; ')}`);
    const { slug, file, data, analysis, body, problems } = loaded;
    return [{ slug, file, data, analysis, body, problems }];
  });
  return { registries, articles };
}

/** The article files of a content folder. */
export function articlePaths(contentRoot: string): string[] {
  return contentFiles(join(contentRoot, 'articles'), ['.md']);
}

export type LoadedArticle =
  | { ok: false; file: string; problems: string[] }
  | {
      ok: true;
      file: string;
      slug: string;
      text: string;
      data: ArticleData;
      frontmatter: ParsedYaml;
      body: string;
      bodyLine: number;
      analysis: ArticleAnalysis;
      /** The analysis's problems, not yet described (callers may leave some out). */
      problems: Problem[];
    };

/**
 * One article file read, validated and analysed: the one way the build, the
 * checks and the tests load an article (the build keeps an unchanged file's
 * stored entry instead, see src/content.config.ts).
 */
export function loadArticle(path: string, projectRoot: string, registries: Registries): LoadedArticle {
  const file = relative(projectRoot, path);
  const slug = basename(path, '.md');
  const text = readFileSync(path, 'utf8');
  const read = readArticleFile(text, file);
  if (!read.ok) return { ok: false, file, problems: read.problems };
  const { data, frontmatter, body, bodyLine } = read;
  const { analysis, problems } = analyseArticle({ slug, data, body, bodyLine }, registries);
  return { ok: true, file, slug, text, data, frontmatter, body, bodyLine, analysis, problems };
}

export type ArticleFile =
  | { ok: true; data: ArticleData; frontmatter: ParsedYaml; body: string; bodyLine: number }
  | { ok: false; problems: string[] };

/**
 * One article file up to its analysis: the frontmatter (YAML syntax), the
 * TODOs a draft left (refused before anything else, so that a draft fails
 * with exactly its TODOs), the schema. Problems come as the loader prints
 * them: "line 14, reports[TODO-1].status: TODO: …".
 */
export function readArticleFile(text: string, file: string): ArticleFile {
  let parsed;
  try {
    parsed = splitFrontmatter(text, file);
  } catch (error) {
    if (error instanceof ContentError) return { ok: false, problems: contentErrorLines(error) };
    throw error;
  }
  const { frontmatter, body, bodyLine } = parsed;
  const todos = todoProblems(frontmatter.value);
  if (todos.length) return { ok: false, problems: describeProblems(todos, frontmatter.value, frontmatter) };
  const result = articleSchema.safeParse(frontmatter.value ?? {});
  if (!result.success) {
    return { ok: false, problems: describeProblems(schemaProblems(result.error), frontmatter.value, frontmatter) };
  }
  return { ok: true, data: result.data, frontmatter, body, bodyLine };
}

const UNKNOWN_REFERENCE = /^unknown (actor|place|source|event) "([^"]+)"/;

export interface CheckedContent {
  registries: Registries;
  /** The articles that passed every check of their own. */
  articles: (CorpusArticleInput & { body: string })[];
  /** How many files were read. */
  files: { articles: number; registries: number };
  /** Every problem, by file, as the build prints them. */
  failures: FileProblems[];
}

/**
 * Every check of a build, without the build: the registries, each article
 * (readArticleFile, analyseArticle) and the checks across articles
 * (checkCorpus). Unlike the build, it does not stop at the registries'
 * problems: articles are checked too, without repeating that an entry with
 * problems of its own is unknown.
 */
export function checkContent(contentRoot: string, projectRoot: string): CheckedContent {
  const { registries, failures: registryFailures, broken } = readRegistries(contentRoot, projectRoot);
  const failures: FileProblems[] = [...registryFailures];
  const paths = articlePaths(contentRoot);
  const articles: (CorpusArticleInput & { body: string; frontmatter: ParsedYaml })[] = [];
  const isBroken = (problem: Problem) => {
    const match = UNKNOWN_REFERENCE.exec(problem.message);
    return !!match && broken[`${match[1]}s` as RegistryKind].has(match[2]!);
  };
  for (const path of paths) {
    const loaded = loadArticle(path, projectRoot, registries);
    if (!loaded.ok) {
      failures.push({ file: loaded.file, problems: loaded.problems });
      continue;
    }
    const { slug, file, data, analysis, body, frontmatter, problems } = loaded;
    const own = problems.filter((p) => !isBroken(p));
    if (own.length) failures.push({ file, problems: describeProblems(own, frontmatter.value, frontmatter) });
    if (problems.length) continue;
    articles.push({ slug, file, data, analysis, body, frontmatter });
  }
  for (const [file, problems] of checkCorpus(articles)) {
    const { frontmatter } = articles.find((a) => a.file === file)!;
    failures.push({ file, problems: describeProblems(problems, frontmatter.value, frontmatter) });
  }
  const kinds: RegistryKind[] = ['actors', 'places', 'sources', 'events'];
  const registryFiles = kinds.reduce(
    (n, kind) => n + contentFiles(join(contentRoot, kind), ['.yaml', '.yml']).length,
    0,
  );
  return {
    registries,
    articles: articles.map(({ frontmatter: _, ...article }) => article),
    files: { articles: paths.length, registries: registryFiles },
    failures,
  };
}
