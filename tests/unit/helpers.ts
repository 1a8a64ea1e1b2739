import { parseFrontmatter } from '@astrojs/markdown-remark';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { articleSchema, type ArticleData } from '../../src/schemas/article.ts';

export const ROOT = join(import.meta.dirname, '..', '..');
export const SEED_ARTICLE = join(ROOT, 'content', 'articles', 'kasachstan-unklarer-als-gedacht.md');

/** Reads an article file the way the content layer does: frontmatter through the schema, and the body. */
export function loadArticle(path = SEED_ARTICLE): { data: ArticleData; body: string; raw: Record<string, unknown> } {
  const { frontmatter, content } = parseFrontmatter(readFileSync(path, 'utf8'));
  return { data: articleSchema.parse(frontmatter), body: content, raw: frontmatter as Record<string, unknown> };
}

/** A deep copy of the raw frontmatter, changed by `edit`, parsed again. */
export function variant(edit: (raw: Record<string, any>) => void) {
  const { raw, body } = loadArticle();
  const copy = structuredClone(raw) as Record<string, any>;
  edit(copy);
  return { result: articleSchema.safeParse(copy), body };
}
