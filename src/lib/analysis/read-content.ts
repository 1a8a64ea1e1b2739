/**
 * Reads a content folder from disk the way the content loader does
 * (registries, then every article through the schema and analyseArticle):
 * for tools and tests that need the analysis without a build.
 */
import { readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { articleSchema } from '../../schemas/article.ts';
import { analyseArticle } from './analyse.ts';
import type { CorpusArticleInput } from './corpus.ts';
import type { Problem } from './problems.ts';
import { assertRegistries, contentFiles, readRegistries, type Registries } from './registries.ts';
import { splitFrontmatter } from './yaml.ts';

export interface ReadContent {
  registries: Registries;
  articles: (CorpusArticleInput & { body: string; problems: Problem[] })[];
}

export function readContent(contentRoot: string, projectRoot: string): ReadContent {
  const registries = assertRegistries(readRegistries(contentRoot, projectRoot));
  const articles = contentFiles(join(contentRoot, 'articles'), ['.md']).map((path) => {
    const file = relative(projectRoot, path);
    const slug = basename(path, '.md');
    const { frontmatter, body, bodyLine } = splitFrontmatter(readFileSync(path, 'utf8'), file);
    const data = articleSchema.parse(frontmatter.value);
    const { analysis, problems } = analyseArticle({ slug, data, body, bodyLine }, registries);
    return { slug, file, data, analysis, body, problems };
  });
  return { registries, articles };
}
