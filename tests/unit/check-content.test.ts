/**
 * The fast check (`npm run pruefen`: checkContent) finds what the build finds:
 * every content case of tests/content/cases (the base content with one
 * change, see tests/content/case-folders.ts) gives the lines its expected.txt
 * names, in the build's format, and the real content and the base pass.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatFileProblems } from '../../src/lib/analysis/problems.ts';
import { checkContent } from '../../src/lib/analysis/read-content.ts';
import { ContentError } from '../../src/lib/analysis/yaml.ts';
import { caseNames, expectedLines, writeCase } from '../content/case-folders.ts';
import { ROOT } from './helpers.ts';

const CASES = join(ROOT, 'tests', 'content', 'cases');
const work = mkdtempSync(join(tmpdir(), 'lagebild-check-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const contentFor = (name: string): string => writeCase(name, join(work, name));

/** What `npm run pruefen` prints for a folder: the problems, or "" when there are none. */
function check(dir: string): string {
  try {
    const { failures } = checkContent(dir, ROOT);
    return failures.length ? formatFileProblems(failures) : '';
  } catch (error) {
    if (error instanceof ContentError) return error.message;
    throw error;
  }
}

describe('the fast check finds what the build finds', () => {
  it('passes the real content', () => {
    expect(check(join(ROOT, 'content'))).toBe('');
    expect(checkContent(join(ROOT, 'content'), ROOT).files.articles).toBeGreaterThan(0);
  });

  for (const name of caseNames()) {
    const expected = expectedLines(name);
    it(name, () => {
      const output = check(contentFor(name));
      if (name === 'valid') expect(output).toBe('');
      for (const line of expected) expect(output).toContain(line);
    });
  }

  it('prints every problem at once, across files', () => {
    const dir = contentFor('valid');
    cpSync(join(CASES, 'remaining-todo', 'articles'), join(dir, 'articles'), { recursive: true });
    cpSync(join(CASES, 'latitude-out-of-range', 'places'), join(dir, 'places'), { recursive: true });
    const output = check(dir);
    expect(output).toContain('Lagebild found 4 problems in the content:');
    expect(output).toContain('line 3, coordinates[1]: expected a latitude between -90 and 90');
    expect(output).toContain('reports[TODO-1].status: TODO: decide the status');
  });
});
