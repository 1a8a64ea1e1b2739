/**
 * The registries: actors, places, sources and events, one YAML file each
 * (content/<kind>/<id>.yaml; the file name is the id). Read once per load,
 * validated with the zod schemas of src/schemas/, and checked for references
 * between them (a place `within` another, an event's actors and places, every
 * citation's source).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join, relative } from 'node:path';
import type { z } from 'astro/zod';
import { actorSchema, type ActorData } from '../../schemas/actor.ts';
import { eventSchema, type EventData } from '../../schemas/event.ts';
import { placeSchema, type PlaceData } from '../../schemas/place.ts';
import type { Citation } from '../../schemas/shared.ts';
import { sourceSchema, type SourceData } from '../../schemas/source.ts';
import { MIRROR_HOSTS } from '../../config/sources.ts';
import { DESIGNATED_OUTLETS, type DesignatedOutlet } from '../../config/outlets.ts';
import { outsideArea } from './areas.ts';
import { describeProblems, nearestIds, type FileProblems, type NamedId, type Problem } from './problems.ts';
import { todoProblems } from './todos.ts';
import { ContentError, parseYaml, type ParsedYaml } from './yaml.ts';

export interface Entry<T> {
  id: string;
  /** The file, relative to the project root. */
  file: string;
  data: T;
}

export interface Registries {
  actors: Map<string, Entry<ActorData>>;
  places: Map<string, Entry<PlaceData>>;
  sources: Map<string, Entry<SourceData>>;
  events: Map<string, Entry<EventData>>;
}

export const REGISTRY_KINDS = ['actors', 'places', 'sources', 'events'] as const;
export type RegistryKind = (typeof REGISTRY_KINDS)[number];

const SCHEMAS = { actors: actorSchema, places: placeSchema, sources: sourceSchema, events: eventSchema } as const;
const KIND_NAME: Record<RegistryKind, string> = {
  actors: 'actor',
  places: 'place',
  sources: 'source',
  events: 'event',
};

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function listFiles(dir: string, extensions: readonly string[]): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names.sort().flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return listFiles(path, extensions);
    return extensions.includes(extname(name)) ? [path] : [];
  });
}

/** Whether a URL lies on `listed` or one of its subdomains. */
function onHost(url: string | undefined, listed: string): boolean {
  if (!url) return false;
  const host = new URL(url).hostname.replace(/^www\./, '');
  return host === listed || host.endsWith(`.${listed}`);
}

/** The listed mirror host a URL is on, or undefined. */
function mirrorHost(url: string | undefined): string | undefined {
  return MIRROR_HOSTS.find((mirror) => onHost(url, mirror));
}

/** The designated outlet (src/config/outlets.ts) a URL is on, with the host it matched, or undefined. */
function designatedOutlet(url: string | undefined): { outlet: DesignatedOutlet; host: string } | undefined {
  for (const outlet of DESIGNATED_OUTLETS) {
    const host = outlet.hosts.find((h) => onHost(url, h));
    if (host) return { outlet, host };
  }
  return undefined;
}

/**
 * A source on a designated outlet's host: it must carry the `designation`
 * the reader sees beside it, and the outlet's designation must rest on a
 * registered source.
 */
function designationProblems(source: SourceData, registries: Registries, broken: ReadonlySet<string>): Problem[] {
  const found = designatedOutlet(source.url);
  if (!found) return [];
  const { outlet, host } = found;
  const problems: Problem[] = [];
  if (!source.designation) {
    problems.push({
      path: ['url'],
      message: `${host} is designated as a state-linked or disinformation outlet (src/config/outlets.ts); expected designation: "${outlet.label}" (the note readers see beside the source)`,
    });
  }
  if (!registries.sources.has(outlet.designatedBy) && !broken.has(outlet.designatedBy)) {
    problems.push({
      path: ['url'],
      message: `src/config/outlets.ts names "${outlet.designatedBy}" as the source of the designation of ${host}; expected the id of a file in content/sources/${unknownIdHint(registries, 'sources', outlet.designatedBy)}`,
    });
  }
  return problems;
}

/** The names a text or an editor may use for each entry of a registry: names, aliases, other spellings, titles. */
function namedIds(registries: Registries, kind: RegistryKind): NamedId[] {
  const named = (id: string, names: (string | undefined)[]) => ({ id, names: names.filter((n) => n !== undefined) });
  if (kind === 'actors')
    return [...registries.actors.values()].map(({ id, data }) =>
      named(id, [data.name, ...data.aliases, ...data.names.map((n) => n.name)]),
    );
  if (kind === 'places')
    return [...registries.places.values()].map(({ id, data }) =>
      named(id, [data.name, data.mapLabel, ...data.aliases]),
    );
  if (kind === 'events') return [...registries.events.values()].map(({ id, data }) => named(id, [data.title]));
  return [...registries.sources.values()].map(({ id, data }) => named(id, [data.title]));
}

/** What to say after an unknown id of a registry: the id it most likely means (problems.ts, nearestIds). */
export function unknownIdHint(registries: Registries, kind: RegistryKind, id: string): string {
  return nearestIds(id, namedIds(registries, kind));
}

/** Files of a content folder, recursively: Markdown articles or YAML entries. */
export function contentFiles(dir: string, extensions: readonly string[]): string[] {
  return listFiles(dir, extensions);
}

/** zod issues as problems: the path into the data and the schema's message. */
export function schemaProblems(error: z.ZodError, prefix: (string | number)[] = []): Problem[] {
  return error.issues.flatMap((issue): Problem[] => {
    const path = [...prefix, ...(issue.path as (string | number)[])];
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        path: [...path, key],
        message: `unknown field "${key}"; check the spelling (the schema in src/schemas/ lists every field)`,
      }));
    }
    let message = issue.message.replace(/^Invalid input: /, '');
    if (issue.code === 'invalid_type' && /received undefined$/.test(message)) {
      message = `missing; ${message.replace(/, received undefined$/, '')}`;
    }
    return [{ path, message }];
  });
}

/** Every citation in an entry, with its path, for the reference check. */
export function citations(value: unknown, path: (string | number)[] = []): { path: (string | number)[]; id: string }[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => citations(item, [...path, i]));
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, child]) => {
    if (key === 'coordinatesSource' && child) {
      const c = child as Citation;
      return [{ path: [...path, key], id: typeof c === 'string' ? c : c.source }];
    }
    if ((key === 'sources' || key === 'dateSources') && Array.isArray(child)) {
      return (child as Citation[]).map((c, i) => ({
        path: [...path, key, i],
        id: typeof c === 'string' ? c : c.source,
      }));
    }
    return citations(child, [...path, key]);
  });
}

/** The lines of a ContentError below its first ("Lagebild could not read …"), as problems of its file. */
export function contentErrorLines(error: ContentError): string[] {
  return error.message
    .split('\n')
    .slice(1)
    .map((line) => line.trim());
}

export interface RegistryResult {
  registries: Registries;
  failures: FileProblems[];
  /** The ids of entries whose files have problems: known, but not in `registries`. */
  broken: Record<RegistryKind, Set<string>>;
  /** What the articles' digests depend on: every registry file's text. */
  digestInput: string;
}

/**
 * The references between registry entries (citations, a place within
 * another, an event's actors and places) and the checks of a source's and a
 * place's own fields. An id whose file is broken is known: no second message.
 */
function checkEntries(
  registries: Registries,
  broken: Record<RegistryKind, Set<string>>,
  parsed: ReadonlyMap<string, { yaml: ParsedYaml; raw: unknown }>,
  failures: FileProblems[],
): void {
  const check = (entry: Entry<unknown>, found: Problem[]) => {
    if (!found.length) return;
    const { yaml, raw } = parsed.get(entry.file)!;
    failures.push({ file: entry.file, problems: describeProblems(found, raw, yaml) });
  };
  const ref = (kind: RegistryKind, id: string | undefined, path: (string | number)[], found: Problem[]) => {
    if (id !== undefined && !registries[kind].has(id) && !broken[kind].has(id)) {
      found.push({
        path,
        message: `unknown ${KIND_NAME[kind]} "${id}"; expected the id of a file in content/${kind}/${unknownIdHint(registries, kind, id)}`,
      });
    }
  };
  for (const kind of REGISTRY_KINDS) {
    for (const entry of (registries[kind] as Map<string, Entry<unknown>>).values()) {
      const found: Problem[] = [];
      for (const c of citations(entry.data)) ref('sources', c.id, c.path, found);
      if (kind === 'sources') {
        const source = entry.data as SourceData;
        const mirror = mirrorHost(source.url);
        if (mirror && !source.original && !source.noOriginal) {
          found.push({
            path: ['url'],
            message: `${mirror} mirrors or re-publishes others' texts (src/config/sources.ts); expected original: <the original's address>, or noOriginal: "<why there is none>"`,
          });
        }
        found.push(...designationProblems(source, registries, broken.sources));
        // Every source is dated, or says why it cannot be: a reader weighs a report by its day.
        if (source.date === undefined && !source.undated) {
          found.push({
            path: ['date'],
            message:
              'a source needs its publication date or the reason none is known; expected date: "YYYY-MM-DD" (or "YYYY-MM", "YYYY"), or undated: "<warum kein Datum bekannt ist>"',
          });
        }
        if (source.date !== undefined && source.undated) {
          found.push({
            path: ['undated'],
            message: 'undated says why no date is known, but date is given; expected only one of them',
          });
        }
        // A web page changes or goes away: the reader must know when the analysis read it.
        if (source.url && !source.accessed) {
          found.push({
            path: ['url'],
            message: 'a web source needs the day the analysis read it; expected accessed: "YYYY-MM-DD"',
          });
        }
      }
      if (kind === 'places') {
        const place = entry.data as PlaceData;
        ref('places', place.within, ['within'], found);
        if (place.within === entry.id) found.push({ path: ['within'], message: 'a place cannot lie within itself' });
        const container = place.within ? registries.places.get(place.within) : undefined;
        const outside = container && container.id !== entry.id ? outsideArea(place, container) : undefined;
        if (outside) {
          found.push({
            path: ['within'],
            message: `${outside}; expected a place inside the place it lies within (or another within, or a larger radiusKm in ${container!.file})`,
          });
        }
      }
      if (kind === 'events') {
        const event = entry.data as EventData;
        event.actors.forEach((id, i) => ref('actors', id, ['actors', i], found));
        event.places.forEach((id, i) => ref('places', id, ['places', i], found));
      }
      check(entry, found);
    }
  }
}

/**
 * The last result, with the files it was read from. A build's five content
 * loaders (four registries and the articles) each ask for the registries; at
 * 1,000 articles they hold some 12,000 files, and parsing and checking them
 * took about 3 s a time. The files are still read every time (a tenth of
 * that): a changed file reads them anew, so a dev server never sees stale
 * entries. The result is shared: callers do not change it.
 */
let last: { contentRoot: string; projectRoot: string; digestInput: string; result: RegistryResult } | undefined;

/**
 * Reads content/{actors,places,sources,events}/ under `contentRoot`.
 * Every problem is collected (syntax errors, remaining TODOs, schema, references).
 */
export function readRegistries(contentRoot: string, projectRoot: string): RegistryResult {
  const files = REGISTRY_KINDS.flatMap((kind) =>
    listFiles(join(contentRoot, kind), ['.yaml', '.yml']).map((path) => {
      const file = relative(projectRoot, path);
      return { kind, path, file, text: readFileSync(path, 'utf8') };
    }),
  );
  const digestInput = files.map(({ file, text }) => `${file}\n${text}\n`).join('');
  if (
    last &&
    last.contentRoot === contentRoot &&
    last.projectRoot === projectRoot &&
    last.digestInput === digestInput
  ) {
    return last.result;
  }
  const result = parseRegistries(files, digestInput);
  last = { contentRoot, projectRoot, digestInput, result };
  return result;
}

function parseRegistries(
  files: readonly { kind: RegistryKind; path: string; file: string; text: string }[],
  digestInput: string,
): RegistryResult {
  const registries = {
    actors: new Map(),
    places: new Map(),
    sources: new Map(),
    events: new Map(),
  } as Registries;
  const failures: FileProblems[] = [];
  const parsed = new Map<string, { yaml: ParsedYaml; raw: unknown }>();
  const broken: Record<RegistryKind, Set<string>> = {
    actors: new Set(),
    places: new Set(),
    sources: new Set(),
    events: new Set(),
  };
  for (const { kind, path, file, text } of files) {
    const map = registries[kind] as Map<string, Entry<unknown>>;
    const id = basename(path, extname(path));
    const problems: string[] = [];
    if (!ID.test(id)) {
      problems.push(
        `file name: "${id}" is not a valid id; expected lowercase ASCII letters, digits and single hyphens (e.g. "hafen-aktau.yaml")`,
      );
    }
    const other = map.get(id);
    if (other) {
      problems.push(
        `the ${KIND_NAME[kind]} id "${id}" is also defined in ${other.file}; expected each ${KIND_NAME[kind]} id once (one file per ${KIND_NAME[kind]})`,
      );
    }
    let yaml: ParsedYaml;
    try {
      yaml = parseYaml(text, file);
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      failures.push({ file, problems: [...problems, ...contentErrorLines(error)] });
      broken[kind].add(id);
      continue;
    }
    // A remaining TODO is the only problem told: the rest is checked once it is done.
    const todos = todoProblems(yaml.value);
    if (todos.length) problems.push(...describeProblems(todos, yaml.value, yaml));
    const result = todos.length ? undefined : SCHEMAS[kind].safeParse(yaml.value ?? {});
    if (result && !result.success) problems.push(...describeProblems(schemaProblems(result.error), yaml.value, yaml));
    if (problems.length || !result?.success) {
      failures.push({ file, problems });
      // Known but broken: references to it are not reported a second time.
      broken[kind].add(id);
      continue;
    }
    map.set(id, { id, file, data: result.data });
    parsed.set(file, { yaml, raw: yaml.value });
  }

  checkEntries(registries, broken, parsed, failures);
  return { registries, failures, broken, digestInput };
}

/** Throws the registries' problems as one clear error (no stack trace is useful here). */
export function assertRegistries(result: RegistryResult): Registries {
  if (result.failures.length) {
    const count = result.failures.reduce((n, f) => n + f.problems.length, 0);
    throw new ContentError(
      [
        `Lagebild found ${count} problem${count === 1 ? '' : 's'} in the registries:`,
        ...result.failures.map((f) => `${f.file}\n${f.problems.map((p) => `  ${p}`).join('\n')}`),
      ].join('\n'),
    );
  }
  return result.registries;
}
