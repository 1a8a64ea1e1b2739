/**
 * A source registry file from a web page (content/sources/<id>.yaml), and
 * archive links added to the files already registered. Every value comes
 * from the page, the archive or the day of reading; what the page does not
 * say is written as a TODO, which the build refuses until an editor decides.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { parseDocument, stringify } from 'yaml';
import { isCalendarDate } from '../format/dates.ts';
import { contentFiles } from '../analysis/registries.ts';
import { idWords, type PageMetadata } from './page.ts';
import { closestSnapshot, saveSnapshot, type ArchiveEndpoints } from './wayback.ts';

/** The values of a new source file, in the order of the schema; TODOs where the page is silent. */
export function sourceEntry(
  page: PageMetadata,
  url: string,
  accessed: string,
  archived: string | undefined,
): Record<string, string> {
  const date =
    page.date ??
    (page.unreadDate
      ? `TODO: die Seite datiert sich »${page.unreadDate}«; tragen Sie das Datum als "YYYY-MM-DD" (oder "YYYY-MM", "YYYY") ein`
      : 'TODO: die Seite nennt kein Erscheinungsdatum; tragen Sie es als "YYYY-MM-DD" ein oder ersetzen Sie die Zeile durch undated: "<warum keins bekannt ist>"');
  return {
    title: page.title ?? 'TODO: die Seite nennt keinen Titel; tragen Sie ihn ein, wie die Quelle ihn schreibt',
    author: page.author ?? 'TODO: die Seite nennt keinen Autor; tragen Sie ihn ein oder löschen Sie die Zeile',
    publisher:
      page.publisher ??
      'TODO: die Seite nennt keinen Herausgeber; tragen Sie ihn ein (Agentur, Zeitung, Ministerium) oder löschen Sie die Zeile',
    url,
    date,
    language: page.language ?? 'TODO: die Seite nennt ihre Sprache nicht; tragen Sie das Kürzel ein (»de«, »en«, »ru«)',
    accessed,
    ...(archived && { archived }),
  };
}

/** The text of a new source file. */
const sourceYaml = (entry: Record<string, string>): string => stringify(entry, { lineWidth: 0 });

const ID_LENGTH = 60;

/** An id from the publisher (or the host) and the title's first words: »tass-putin-odkb-vypolnila-zadachu«. */
export function proposeId(page: PageMetadata, url: string): string {
  const who = idWords(page.publisher ?? new URL(url).hostname.replace(/^www\./, ''), 3) || 'quelle';
  const words = page.title ? idWords(page.title, 5) : idWords(new URL(url).pathname, 5);
  let id = words ? `${who}-${words}` : who;
  while (id.length > ID_LENGTH && id.includes('-')) id = id.slice(0, id.lastIndexOf('-'));
  return id;
}

const sourceFile = (sources: string, id: string) => join(sources, `${id}.yaml`);
const taken = (sources: string, id: string) =>
  existsSync(sourceFile(sources, id)) || existsSync(join(sources, `${id}.yml`));

/** The id itself where no file has it yet, else the first free »<id>-2«, »<id>-3« … */
export function freeId(sources: string, id: string): string {
  let free = id;
  for (let n = 2; taken(sources, free); n += 1) free = `${id}-${n}`;
  return free;
}

/** Writes a new file, never over an existing one (the flag »wx« fails if it exists). */
export function writeSourceFile(sources: string, id: string, entry: Record<string, string>): string {
  const file = sourceFile(sources, id);
  writeFileSync(file, sourceYaml(entry), { flag: 'wx' });
  return file;
}

/** An address without its fragment and trailing slash, for comparing two. */
const sameAddress = (url: string) => url.replace(/#.*$/, '').replace(/\/+$/, '');

interface SourceFileText {
  id: string;
  file: string;
  text: string;
}

function sourceFiles(sources: string): SourceFileText[] {
  return contentFiles(sources, ['.yaml', '.yml']).map((file) => ({
    id: basename(file, extname(file)),
    file,
    text: readFileSync(file, 'utf8'),
  }));
}

/** The registered sources whose url or original is this address (before or after its redirects). */
export function registeredWith(sources: string, urls: readonly string[]): string[] {
  const wanted = new Set(urls.map(sameAddress));
  return sourceFiles(sources).flatMap(({ id, text }) => {
    const doc = parseDocument(text);
    if (doc.errors.length) return []; // npm run pruefen names the file's own problem
    const value = doc.toJS() as Record<string, unknown> | null;
    const own = [value?.url, value?.original].filter((u): u is string => typeof u === 'string');
    return own.some((u) => wanted.has(sameAddress(u))) ? [id] : [];
  });
}

export interface ArchiveFill {
  /** Why the archive could not be asked at all (nothing was changed). */
  unreachable?: string;
  added: { id: string; url: string }[];
  notFound: string[];
  /** Sources the archive could not be asked about after the first answer. */
  failed: { id: string; reason: string }[];
}

/**
 * The file with `archived: <url>` as its last line, every other byte kept
 * (the yaml library would keep comments but not their spacing). Where a line
 * at the end would not be read as that field (a flow mapping `{ … }`), the
 * yaml Document writes it, comments and order kept.
 */
function withArchived(text: string, url: string): string {
  const expected = { ...(parseDocument(text).toJS() as object), archived: url };
  const appended = `${text}${text.endsWith('\n') || !text ? '' : '\n'}archived: ${url}\n`;
  if (isDeepStrictEqual(parseDocument(appended).toJS(), expected)) return appended;
  const doc = parseDocument(text);
  doc.set('archived', url);
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}

/**
 * Adds `archived` (the capture nearest the day the source was read) to every
 * web source that has none; only that line is added to each file
 * (withArchived). Stops at once when the archive cannot be reached.
 */
export async function fillMissingArchives(
  sources: string,
  today: string,
  endpoints: ArchiveEndpoints,
  timeoutMs: number,
  /** With a time limit: ask for a new capture of each page the archive has none of. */
  saveTimeoutMs?: number,
): Promise<ArchiveFill> {
  const result: ArchiveFill = { added: [], notFound: [], failed: [] };
  for (const { id, file, text } of sourceFiles(sources)) {
    const doc = parseDocument(text);
    if (doc.errors.length) continue; // npm run pruefen names the file's own problem
    const url = doc.get('url');
    if (typeof url !== 'string' || !/^https?:\/\//.test(url) || doc.has('archived')) continue;
    const accessed = doc.get('accessed');
    const day = typeof accessed === 'string' && isCalendarDate(accessed) ? accessed : today;
    const snapshot = await closestSnapshot(url, day, endpoints, timeoutMs);
    if (snapshot.status === 'unreachable') {
      if (!result.added.length && !result.notFound.length && !result.failed.length) {
        return { ...result, unreachable: snapshot.reason };
      }
      result.failed.push({ id, reason: snapshot.reason });
      continue;
    }
    let capture = snapshot.status === 'found' ? snapshot.url : undefined;
    if (!capture && saveTimeoutMs) {
      const saved = await saveSnapshot(url, endpoints, saveTimeoutMs);
      if (saved.status === 'saved') capture = saved.url;
      else result.failed.push({ id, reason: saved.reason });
    }
    if (capture) {
      writeFileSync(file, withArchived(text, capture));
      result.added.push({ id, url: capture });
    } else if (!saveTimeoutMs) {
      result.notFound.push(id);
    }
  }
  return result;
}
