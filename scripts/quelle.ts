/**
 * npm run quelle -- <URL> [--id <id>] [--archivieren] [--zeitlimit <Sekunden>]
 * npm run quelle -- --fehlende-archive [--archivieren] [--zeitlimit <Sekunden>]
 *
 * Registers a web page as a source: reads its own metadata (src/lib/editor/page.ts)
 * and writes content/sources/<id>.yaml (the folder LAGEBILD_CONTENT names, as
 * for the build), never over an existing file, with the Internet Archive's
 * capture nearest today where the archive answers. What the page does not say
 * stays a TODO. --fehlende-archive adds the archived copy to every registered
 * web source that lacks one (with --archivieren, a new capture where the
 * archive has none). Messages are German, for the editor.
 */
import { commandLine, stop } from './cli.ts';
import { mkdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { format } from 'date-fns/format';
import { describeProblems } from '../src/lib/analysis/problems.ts';
import { todoProblems } from '../src/lib/analysis/todos.ts';
import { parseYaml } from '../src/lib/analysis/yaml.ts';
import { waybackLookupUrl } from '../src/lib/format/archive.ts';
import { EditorError, fetchPage, readPageMetadata } from '../src/lib/editor/page.ts';
import {
  fillMissingArchives,
  freeId,
  proposeId,
  registeredWith,
  sourceEntry,
  writeSourceFile,
} from '../src/lib/editor/source-file.ts';
import { archiveEndpoints, closestSnapshot, saveSnapshot } from '../src/lib/editor/wayback.ts';

const USAGE = [
  'Aufruf: npm run quelle -- <Adresse> [--id <kennung>] [--archivieren] [--zeitlimit <Sekunden>]',
  '        npm run quelle -- --fehlende-archive [--archivieren] [--zeitlimit <Sekunden>]',
].join('\n');
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** The page may be slow; the archive answers fast or not at all (it is unreachable from some networks). */
const PAGE_SECONDS = 15;
const ARCHIVE_SECONDS = 6;
/** Save Page Now loads the page itself before it answers. */
const SAVE_SECONDS = 60;

const args = commandLine(
  {
    allowPositionals: true,
    options: {
      id: { type: 'string' },
      archivieren: { type: 'boolean' },
      'fehlende-archive': { type: 'boolean' },
      zeitlimit: { type: 'string' },
    },
  },
  USAGE,
);
const { id: idOption, archivieren, 'fehlende-archive': fillArchives, zeitlimit } = args.values;
const seconds = zeitlimit === undefined ? undefined : Number(zeitlimit);
if (seconds !== undefined && !(seconds > 0))
  stop(`--zeitlimit: erwartet wird eine Zahl von Sekunden größer 0, nicht »${zeitlimit}«.\n${USAGE}`);
const pageMs = (seconds ?? PAGE_SECONDS) * 1000;
const archiveMs = (seconds ?? ARCHIVE_SECONDS) * 1000;
const saveMs = Math.max(archiveMs, (seconds ?? SAVE_SECONDS) * 1000);

const root = process.cwd();
const content = resolve(root, process.env.LAGEBILD_CONTENT ?? 'content');
const sources = join(content, 'sources');
const shown = (file: string) => relative(root, file);
const today = format(new Date(), 'yyyy-MM-dd');
const endpoints = archiveEndpoints();

if (fillArchives) {
  if (args.positionals.length || idOption) stop(`--fehlende-archive nimmt keine Adresse und keine --id.\n${USAGE}`);
  const result = await fillMissingArchives(sources, today, endpoints, archiveMs, archivieren ? saveMs : undefined);
  if (result.unreachable) {
    stop(
      `${result.unreachable}\nKeine Datei geändert. Versuchen Sie es mit einer Verbindung zum Internet Archive noch einmal.`,
    );
  }
  for (const { id, url } of result.added) console.log(`${id}: archived: ${url}`);
  console.log(
    `${result.added.length} Archivkopie${result.added.length === 1 ? '' : 'n'} eingetragen in ${shown(sources)}/.`,
  );
  if (result.notFound.length) {
    console.log(
      `Ohne Kopie im Archiv (npm run quelle -- --fehlende-archive --archivieren lässt sie anlegen): ${result.notFound.join(', ')}`,
    );
  }
  for (const { id, reason } of result.failed) console.log(`${id}: ohne Archivkopie: ${reason}`);
  process.exit(result.failed.length ? 1 : 0);
}

const [address] = args.positionals;
if (!address || args.positionals.length > 1) stop(USAGE);
if (idOption !== undefined && !ID.test(idOption)) {
  stop(
    `--id: »${idOption}« ist keine Kennung; erwartet werden Kleinbuchstaben, Ziffern und einzelne Bindestriche (»tass-abzug-odkb«).`,
  );
}

/** A page already registered (by its address, or the address it redirects to) is cited, not registered again. */
function refuseRegistered(addresses: string[]): void {
  mkdirSync(sources, { recursive: true });
  const known = registeredWith(sources, addresses);
  if (!known.length) return;
  stop(
    `Diese Seite ist schon registriert: ${known.map((id) => `${shown(join(sources, id))}.yaml`).join(', ')}. ` +
      `Zitieren Sie ihre Kennung (${known.join(', ')}), statt sie ein zweites Mal anzulegen.`,
  );
}

// Before the page is fetched: a registered address needs no network (and gets this answer offline, too).
refuseRegistered([address]);
let page;
try {
  page = await fetchPage(address, pageMs);
} catch (error) {
  if (!(error instanceof EditorError)) throw error;
  if (!error.unreachable) stop(error.message);
  // Offline, or the site does not answer: the address and the access date are known, the rest stays a TODO.
  console.log(
    `${error.message} Die Quelle wird mit ihrer Adresse und dem heutigen Zugriffsdatum angelegt; ` +
      'was die Seite über sich sagt, bleibt TODO (npm run quelle erneut, sobald sie erreichbar ist: vorher die Datei löschen).',
  );
  page = { url: address, html: '' };
}
const metadata = await readPageMetadata(page.html);
if (page.url !== address) console.log(`Weitergeleitet nach ${page.url}; die Quelle erhält diese Adresse.`);

refuseRegistered([page.url]);
const proposed = idOption ?? proposeId(metadata, page.url);
const id = freeId(sources, proposed);
if (idOption && id !== idOption) {
  stop(
    `${shown(join(sources, idOption))}.yaml gibt es schon; wählen Sie mit --id eine andere Kennung (frei wäre »${id}«).`,
  );
}

let archived: string | undefined;
const snapshot = await closestSnapshot(page.url, today, endpoints, archiveMs);
if (snapshot.status === 'unreachable') {
  console.log(
    `${snapshot.reason} Die Quelle wird ohne Archivkopie geschrieben; ` +
      'npm run quelle -- --fehlende-archive trägt sie nach, sobald das Archiv erreichbar ist.',
  );
} else if (archivieren) {
  console.log(`Das Internet Archive legt eine neue Kopie an (bis zu ${saveMs / 1000} Sekunden) …`);
  const saved = await saveSnapshot(page.url, endpoints, saveMs);
  if (saved.status === 'saved') archived = saved.url;
  else {
    archived = snapshot.status === 'found' ? snapshot.url : undefined;
    console.log(
      `${saved.reason}${archived ? ' Eingetragen ist die vorhandene Kopie, die dem heutigen Tag am nächsten ist.' : ''}`,
    );
  }
} else if (snapshot.status === 'found') {
  archived = snapshot.url;
} else {
  console.log(
    `Das Internet Archive hat keine Kopie dieser Seite. --archivieren legt eine an; nachsehen: ${waybackLookupUrl(page.url)}`,
  );
}

const entry = sourceEntry(metadata, page.url, today, archived);
let file;
try {
  file = writeSourceFile(sources, id, entry);
} catch (error) {
  stop(`${shown(join(sources, id))}.yaml: ${error instanceof Error ? error.message : error}`);
}
console.log(`Geschrieben: ${shown(file)}${id !== proposed ? ` (»${proposed}« ist schon vergeben)` : ''}`);
if (archived) console.log(`Archivkopie: ${archived}`);

// The TODOs as the build names them, with line and field.
const yaml = parseYaml(readFileSync(file, 'utf8'), shown(file));
const todos = describeProblems(todoProblems(yaml.value), yaml.value, yaml);
if (todos.length) {
  console.log(`Noch zu tun (Build und npm run pruefen lehnen die Datei ab, bis es erledigt ist):`);
  for (const todo of todos) console.log(`  ${todo}`);
} else {
  console.log(`Zitieren Sie die Quelle mit ihrer Kennung: ${id}`);
}
