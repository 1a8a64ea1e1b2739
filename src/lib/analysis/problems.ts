/**
 * Problems found in content, and how they are told to the editor: the file,
 * the line, the field (list items named by their id, not their index) and
 * what was expected. Never a stack trace.
 */
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

/** "(a, b, c)" or "(there are none)" for an error that lists what would be valid. */
export function knownIds(ids: Iterable<string>, max = 8): string {
  const list = [...ids].sort();
  if (!list.length) return ' (there are none)';
  return ` (${list.slice(0, max).join(', ')}${list.length > max ? `, … ${list.length - max} more` : ''})`;
}
