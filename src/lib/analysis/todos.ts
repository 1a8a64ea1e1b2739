/**
 * What only a person can decide is written into a draft as a value that
 * starts with "TODO" (`status: "TODO: decide the status …"`, `event: TODO-1`).
 * The content loader refuses every such value that is left, before any other
 * check: a draft builds only when all its TODOs are done.
 */
import type { Problem } from './problems.ts';

const TODO = /^TODO(?![A-Za-z])/;
/** A placeholder id: "TODO-3". */
const PLACEHOLDER = /^TODO-\d+$/;

export const isTodo = (value: unknown): value is string => typeof value === 'string' && TODO.test(value.trim());

/** Every value (at any depth) that is still a TODO, with its path; the message is the TODO itself. */
export function todoProblems(value: unknown, path: (string | number)[] = []): Problem[] {
  if (isTodo(value)) {
    const text = value.trim().replace(/\s+/g, ' ');
    const message = PLACEHOLDER.test(text)
      ? `${text}: a placeholder; expected a registered id (the comment above it proposes one)`
      : text;
    return [{ path, message }];
  }
  if (Array.isArray(value)) return value.flatMap((item, i) => todoProblems(item, [...path, i]));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, child]) => todoProblems(child, [...path, key]));
  }
  return [];
}
