import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { checkArticle, formatProblems } from './lib/integrity.ts';
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
        const problems = checkArticle(entry.data as ArticleData, entry.body ?? '');
        if (problems.length) failures.push(formatProblems(entry.filePath ?? entry.id, problems));
      }
      if (failures.length) throw new Error(failures.join('\n\n'));
    },
  };
}

export const collections = {
  articles: defineCollection({ loader: articlesLoader(), schema: articleSchema }),
};
