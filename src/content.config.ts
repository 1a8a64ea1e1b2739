import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { checkCorpus } from './lib/corpus.ts';
import { bodyLineOffset, checkArticle, formatProblems } from './lib/integrity.ts';
import { articleSchema, type ArticleData } from './schemas/article.ts';

/** Where the articles live; tests and benchmarks point it at other folders. */
const base = process.env.LAGEBILD_CONTENT ?? './content/articles';

/**
 * The glob loader, followed by Lagebild's cross-checks (references, quotes,
 * dates) over every entry, so that bad content fails `astro sync`, `dev` and
 * `build` alike with the file, the field and what was expected.
 */
function articlesLoader(): Loader {
  const files = glob({ pattern: '**/*.md', base });
  return {
    name: 'lagebild-articles',
    load: async (context) => {
      await files.load(context);
      const failures: string[] = [];
      for (const entry of context.store.values()) {
        const body = entry.body ?? '';
        const path = entry.filePath ? resolve(fileURLToPath(context.config.root), entry.filePath) : undefined;
        const offset = path ? bodyLineOffset(await readFile(path, 'utf8'), body) : 0;
        const problems = checkArticle(entry.data as ArticleData, body, offset);
        if (problems.length) failures.push(formatProblems(entry.filePath ?? entry.id, problems));
      }
      if (failures.length) throw new Error(failures.join('\n\n'));
      // Across articles: one id, one entity (with the same facts everywhere).
      const corpus = checkCorpus(
        [...context.store.values()].map((entry) => ({
          file: entry.filePath ?? entry.id,
          data: entry.data as ArticleData,
        })),
      );
      if (corpus.length) {
        throw new Error(
          `Lagebild found ${corpus.length} conflict${corpus.length === 1 ? '' : 's'} between articles:\n  ${corpus.join('\n  ')}`,
        );
      }
    },
  };
}

export const collections = {
  articles: defineCollection({ loader: articlesLoader(), schema: articleSchema }),
};
