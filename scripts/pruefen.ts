/**
 * npm run pruefen [-- <content folder>]
 *
 * Every check of a build without the build: the registries, each article
 * (YAML, remaining TODOs, schema, analyseArticle) and the checks across
 * articles (checkCorpus), with the functions the content loader uses. Prints
 * every problem at once, in the build's format; exit code 1 on problems.
 * The folder defaults to LAGEBILD_CONTENT, then content/.
 */
import { relative, resolve } from 'node:path';
import { formatFileProblems } from '../src/lib/analysis/problems.ts';
import { checkContent } from '../src/lib/analysis/read-content.ts';

const root = process.cwd();
const content = resolve(root, process.argv[2] ?? process.env.LAGEBILD_CONTENT ?? 'content');
const started = performance.now();
const { failures, files } = checkContent(content, root);
const took = `${Math.round(performance.now() - started)} ms`;
const checked = `${files.articles} article${files.articles === 1 ? '' : 's'} and ${files.registries} registry files in ${relative(root, content) || '.'}`;
if (failures.length) {
  console.error(formatFileProblems(failures));
  console.error(`\n(checked ${checked} in ${took})`);
  process.exit(1);
}
console.log(`No problems: checked ${checked} in ${took}.`);
