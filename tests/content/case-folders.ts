/**
 * The bad-content cases: tests/content/base is a small valid content folder
 * (articles and registries); each folder under tests/content/cases changes
 * one thing of it: its files replace or join the base's (delete.txt lists
 * base files it removes), and expected.txt holds the lines the error must
 * contain (lines starting with # are comments). The build's tests
 * (cases.test.ts) and the fast check's (tests/unit/check-content.test.ts)
 * read the same cases.
 */
import { cpSync, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const BASE = join(import.meta.dirname, 'base');
const CASES = join(import.meta.dirname, 'cases');

/** The case folders' names, sorted. */
export const caseNames = (): string[] => readdirSync(CASES).sort();

/** The lines the case's message must contain (none for `valid`). */
export function expectedLines(name: string): string[] {
  return readFileSync(join(CASES, name, 'expected.txt'), 'utf8')
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'));
}

/** Writes the base content with the case's files laid over it to `dir` (emptied first); returns `dir`. */
export function writeCase(name: string, dir: string): string {
  rmSync(dir, { recursive: true, force: true });
  cpSync(BASE, dir, { recursive: true });
  const caseDir = join(CASES, name);
  for (const entry of readdirSync(caseDir)) {
    if (entry === 'expected.txt' || entry === 'delete.txt') continue;
    cpSync(join(caseDir, entry), join(dir, entry), { recursive: true });
  }
  const deletions = join(caseDir, 'delete.txt');
  if (existsSync(deletions)) {
    for (const path of readFileSync(deletions, 'utf8').split('\n').filter(Boolean)) rmSync(join(dir, path));
  }
  return dir;
}
