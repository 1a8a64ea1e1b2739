/**
 * Problems found in content, and how they are told to the editor: the file,
 * the line, the field (list items named by their id, not their index) and
 * what was expected. Never a stack trace.
 */
import { distance } from 'fastest-levenshtein';
import { slugify } from '../format/urls.ts';
import type { ParsedYaml } from './yaml.ts';

export interface Problem {
  /** Path into the file's data: ["reports", 2, "dateExpression"]. */
  path: (string | number)[];
  message: string;
  /** A body line, where the problem stands in the text rather than the frontmatter. */
  line?: number | undefined;
}

/** The key that names a list item: its id, or for a report the event it reports. */
function itemName(item: unknown): string | undefined {
  if (typeof item === 'string') return item;
  if (!item || typeof item !== 'object') return undefined;
  const record = item as Record<string, unknown>;
  for (const key of ['id', 'event', 'source']) if (typeof record[key] === 'string') return record[key];
  return undefined;
}

/** "reports[abzug-beginn].dateExpression" for ["reports", 2, "dateExpression"]. */
function fieldName(data: unknown, path: readonly (string | number)[]): string {
  let out = '';
  let node: unknown = data;
  for (const key of path) {
    const next = node && typeof node === 'object' ? (node as Record<string | number, unknown>)[key] : undefined;
    if (typeof key === 'number') {
      const name = itemName(next);
      out += name ? `[${name}]` : `[${key + 1}]`;
    } else {
      out += out ? `.${key}` : key;
    }
    node = next;
  }
  return out || '(file)';
}

export interface FileProblems {
  file: string;
  problems: string[];
}

/** Each problem as one line: "line 12, reports[x].dateExpression: …". */
export function describeProblems(problems: readonly Problem[], data: unknown, yaml?: ParsedYaml): string[] {
  return problems.map((p) => {
    const line = p.line ?? (p.path.length ? yaml?.lineOf(p.path) : undefined);
    const field = p.path.length ? fieldName(data, p.path) : undefined;
    return [line === undefined ? undefined : `line ${line}`, field].filter(Boolean).join(', ') + `: ${p.message}`;
  });
}

/** One message for every file with problems, as the build prints it. */
export function formatFileProblems(files: readonly FileProblems[]): string {
  const count = files.reduce((n, f) => n + f.problems.length, 0);
  return [
    `Lagebild found ${count} problem${count === 1 ? '' : 's'} in the content:`,
    ...files.map((f) => `${f.file}\n${f.problems.map((p) => `  ${p}`).join('\n')}`),
  ].join('\n');
}

/** A text cut to at most `max` characters for a message, with »…« where it was cut. */
export const short = (text: string, max = 80) => (text.length > max ? `${text.slice(0, max - 3)}…` : text);

/** A registered id with the names texts use for it (name, aliases, inflected forms, other spellings). */
export interface NamedId {
  id: string;
  names: readonly string[];
}

/** Endings a German text adds to a name (Tokajews, Kasachstans), taken off an unknown id before it is compared. */
const INFLECTED_ID = /(?:es|en|s|n)$/;
/** How many of the nearest ids a message names. */
const NEAREST = 3;

/** How many edits an id may be off to count as a misspelling of it: one in short ids, two from five letters. */
const misspelt = (id: string, distance: number) => distance <= (id.length >= 5 ? 2 : 1);

/**
 * What to say about an unknown id: the registered id it names by one of its
 * names or an inflected form (»tokajews« → tokajew), else the ids it is a
 * misspelling of, else the nearest ids by spelling. Levenshtein distance
 * (fastest-levenshtein) over the ids and the slugs of their names.
 */
export function nearestIds(unknown: string, entries: Iterable<NamedId>): string {
  const list = [...entries];
  if (!list.length) return ' (there are none)';
  const stem = unknown.replace(INFLECTED_ID, '');
  const names = (slug: string) =>
    slug === unknown || slug === stem || (unknown.length >= 4 && slug.endsWith(`-${unknown}`));
  const scored = list.map((entry) => {
    const slugs = entry.names.map(slugify);
    const named = names(entry.id) ? entry.id : entry.names.find((_, i) => slugs[i] && names(slugs[i]!));
    const spelling = Math.min(...[entry.id, ...slugs.filter(Boolean)].map((key) => distance(unknown, key)));
    return { id: entry.id, named, spelling };
  });
  const byName = scored.filter((s) => s.named);
  if (byName.length)
    return `; did you mean ${byName.map((s) => `"${s.id}"${s.named === s.id ? '' : ` (named "${s.named}")`}`).join(' or ')}?`;
  const sorted = scored.sort((a, b) => a.spelling - b.spelling || a.id.localeCompare(b.id));
  const close = sorted.filter((s) => misspelt(unknown, s.spelling));
  if (close.length)
    return `; did you mean ${close
      .slice(0, NEAREST)
      .map((s) => `"${s.id}"`)
      .join(' or ')}?`;
  return ` (the nearest: ${sorted
    .slice(0, NEAREST)
    .map((s) => s.id)
    .join(', ')})`;
}
