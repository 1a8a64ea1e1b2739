/**
 * `npm run neu` writes the draft and a stub file for each new actor, place
 * and event, and never overwrites a file: run on a copy of a fixture content
 * folder, from a folder of its own (so that no editor list of this checkout
 * is touched).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from './helpers.ts';

const work = mkdtempSync(join(tmpdir(), 'lagebild-neu-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
cpSync(join(ROOT, 'tests', 'fixtures', 'draft'), join(work, 'content'), { recursive: true });

function neu(...args: string[]) {
  const result = spawnSync(
    process.execPath,
    [join(ROOT, 'scripts', 'neu.ts'), join(work, 'content', 'text.txt'), '--datum', '2022-01-19', ...args],
    { cwd: work, encoding: 'utf8', env: { ...process.env, LAGEBILD_CONTENT: 'content' } },
  );
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

// Each run starts Node on the scripts' TypeScript: seconds, not milliseconds.
describe('npm run neu', { timeout: 60_000 }, () => {
  it('writes the article and a file with TODOs for each new actor, place and event', () => {
    const { status, output } = neu('--slug', 'erster-entwurf');
    expect(status, output).toBe(0);
    expect(output).toContain(
      'Wrote content/articles/erster-entwurf.md: 3 paragraphs and 1 subheadings; 2 registered actors, 1 registered places; 4 reports from date expressions (3 with a proposed registered event, 1 with a new event file); 5 names no registry knows (a new actor or place file each).',
    );
    expect(output).toContain(
      [
        'Wrote 6 registry files with TODOs:',
        '  content/actors/staatsfernsehen.yaml',
        '  content/actors/parlament.yaml',
        '  content/actors/smailow.yaml',
        '  content/places/armenien.yaml',
        '  content/places/belarus.yaml',
        '  content/events/parlament-2022-01-18.yaml',
      ].join('\n'),
    );
    expect(readFileSync(join(work, 'content', 'places', 'belarus.yaml'), 'utf8')).toContain('name: Belarus\n');
  });

  it('never overwrites a file: an existing stub stays as the editor left it', () => {
    const edited = join(work, 'content', 'actors', 'parlament.yaml');
    writeFileSync(edited, 'name: Parlament der Republik Kasachstan\n');
    const { status, output } = neu('--slug', 'zweiter-entwurf');
    expect(status, output).toBe(0);
    // The names are the same, so are the files: each is left as it is.
    expect(output).toContain(
      'Left as they are (a draft never overwrites a file):\n  content/actors/staatsfernsehen.yaml\n  content/actors/parlament.yaml\n',
    );
    expect(readFileSync(edited, 'utf8')).toBe('name: Parlament der Republik Kasachstan\n');
    expect(neu('--slug', 'zweiter-entwurf').output).toContain(
      'content/articles/zweiter-entwurf.md exists; a draft never overwrites a file',
    );
  });
});
