/**
 * npm run neu -- <text.txt> --datum YYYY-MM-DD [--slug <slug>]
 *
 * Writes a draft article from a plain German text (src/lib/editor/draft.ts)
 * to content/articles/<slug>.md (the folder LAGEBILD_CONTENT names, as for
 * the build), and a stub file with TODOs for each new actor, place and event
 * it proposes (content/actors|places|events/<id>.yaml); never over an
 * existing file. Prints what it found and every TODO left for the editor,
 * as the build would print them.
 */
import { commandLine, stop } from './cli.ts';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import { draftArticle } from '../src/lib/editor/draft.ts';
import { readArticleFile } from '../src/lib/analysis/read-content.ts';
import { readRegistries } from '../src/lib/analysis/registries.ts';
import { ContentError } from '../src/lib/analysis/yaml.ts';
import { isCalendarDate } from '../src/lib/format/dates.ts';
import { listForEditor } from '../src/lib/editor/schema-docs.ts';
import { slugify } from '../src/lib/format/urls.ts';

const USAGE = 'Aufruf: npm run neu -- <text.txt> --datum JJJJ-MM-TT [--slug <kennung>]';
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const args = commandLine(
  {
    allowPositionals: true,
    options: { datum: { type: 'string' }, slug: { type: 'string' } },
  },
  USAGE,
);
const [input] = args.positionals;
const { datum, slug: slugOption } = args.values;
if (!input || args.positionals.length > 1) stop(USAGE);
if (!datum || !isCalendarDate(datum))
  stop(`--datum: expected the reference date of the text as "YYYY-MM-DD" (the day »heute« means)\n${USAGE}`);
if (!existsSync(input)) stop(`${input}: no such file`);
const slug = slugOption ?? slugify(basename(input, extname(input)));
if (!SLUG.test(slug)) stop(`--slug: "${slug}" is not a slug; expected lowercase ASCII letters, digits and hyphens`);

const root = process.cwd();
const content = resolve(root, process.env.LAGEBILD_CONTENT ?? 'content');
let registryResult;
try {
  registryResult = readRegistries(content, root);
} catch (error) {
  if (error instanceof ContentError) stop(error.message);
  throw error;
}
const { registries, failures } = registryResult;
const target = join(content, 'articles', `${slug}.md`);
const shown = relative(root, target);
if (existsSync(target))
  stop(`${shown} exists; a draft never overwrites a file: choose another --slug or move that file`);

const draft = draftArticle({ text: readFileSync(input, 'utf8'), referenceDate: datum, registries });
mkdirSync(join(content, 'articles'), { recursive: true });
try {
  writeFileSync(target, draft.markdown, { flag: 'wx' });
} catch (error) {
  stop(`${shown}: ${error instanceof Error ? error.message : error}`);
}
// The stub files: never over a file that exists (a stub of an earlier draft, or an entry with problems).
const written: string[] = [];
const kept: string[] = [];
for (const file of draft.files) {
  const path = join(content, file.path);
  mkdirSync(dirname(path), { recursive: true });
  try {
    writeFileSync(path, file.text, { flag: 'wx' });
    written.push(relative(root, path));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    kept.push(relative(root, path));
  }
}

const { found } = draft;
const proposed = found.reports.filter((r) => r.proposed).length;
const newEvents = draft.files.filter((f) => f.path.startsWith('events/')).length;
console.log(
  `Wrote ${shown}: ${found.paragraphs} paragraphs${found.subheadings.length ? ` and ${found.subheadings.length} subheadings` : ''}; ` +
    `${found.actors.length} registered actors, ${found.places.length} registered places; ` +
    `${found.reports.length} reports from date expressions (${proposed} with a proposed registered event, ${newEvents} with a new event file); ` +
    `${found.newNames.length} names no registry knows (a new actor or place file each).`,
);
if (written.length)
  console.log(`Wrote ${written.length} registry files with TODOs:\n${written.map((f) => `  ${f}`).join('\n')}`);
if (kept.length)
  console.log(`Left as they are (a draft never overwrites a file):\n${kept.map((f) => `  ${f}`).join('\n')}`);
if (listForEditor(root, target))
  console.log('Listed for the Astro extension of VS Code: it completes and explains the frontmatter as you type.');
for (const warning of draft.warnings) console.log(`Note: ${warning}`);
if (failures.length) console.log(`Check: the registries have problems of their own (npm run pruefen lists them).`);
const read = readArticleFile(draft.markdown, shown);
const todos = read.ok ? [] : read.problems;
console.log(
  todos.length
    ? `\n${todos.length} TODOs in the article: the build refuses the draft until each is done (npm run pruefen lists what is left, also in the new registry files):\n${todos.map((t) => `  ${t}`).join('\n')}`
    : '\nNo TODO left in the article.',
);
