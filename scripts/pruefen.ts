/**
 * npm run pruefen [-- <content folder>]
 * npm run pruefen -- --ereignisse <YYYY-MM-DD/YYYY-MM-DD | YYYY-MM-DD | YYYY-MM> [<content folder>]
 *
 * Every check of a build without the build: the registries, each article
 * (YAML, remaining TODOs, schema, analyseArticle) and the checks across
 * articles (checkCorpus), with the functions the content loader uses. Prints
 * every problem at once, in the build's format; exit code 1 on problems.
 * With --ereignisse, lists the registered events of those days instead (the
 * date as the site shows it, the id, the title), for finding the event a
 * sentence reports. The folder defaults to LAGEBILD_CONTENT, then content/.
 */
import { commandLine, stop } from './cli.ts';
import { relative, resolve } from 'node:path';
import { listEvents, parseSpan } from '../src/lib/editor/event-list.ts';
import { formatFileProblems } from '../src/lib/analysis/problems.ts';
import { checkContent } from '../src/lib/analysis/read-content.ts';
import { readRegistries } from '../src/lib/analysis/registries.ts';
import { ContentError } from '../src/lib/analysis/yaml.ts';

const USAGE =
  'Aufruf: npm run pruefen [-- <Inhaltsordner>]\n        npm run pruefen -- --ereignisse JJJJ-MM-TT/JJJJ-MM-TT [<Inhaltsordner>]';

const args = commandLine({ allowPositionals: true, options: { ereignisse: { type: 'string' } } }, USAGE);
if (args.positionals.length > 1) stop(USAGE);
const root = process.cwd();
const content = resolve(root, args.positionals[0] ?? process.env.LAGEBILD_CONTENT ?? 'content');

if (args.values.ereignisse !== undefined) {
  const span = parseSpan(args.values.ereignisse);
  if (!span)
    stop(
      `--ereignisse: "${args.values.ereignisse}" is no span of days; expected "YYYY-MM-DD/YYYY-MM-DD" (start before end), a day "YYYY-MM-DD" or a month "YYYY-MM"\n${USAGE}`,
    );
  try {
    // Events with problems of their own are left out; npm run pruefen without --ereignisse lists those.
    const { registries } = readRegistries(content, root);
    console.log(listEvents(registries.events.values(), span).join('\n'));
  } catch (error) {
    if (error instanceof ContentError) stop(error.message);
    throw error;
  }
  process.exit(0);
}

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
