/**
 * The registries are parsed and checked once while their files stay the same
 * (a build's five content loaders each ask for them), and read anew as soon as
 * an editor changes, adds or removes a file: a dev server never shows a stale
 * entry. The registry is a small synthetic folder.
 */
import { mkdirSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readRegistries } from '../../src/lib/analysis/registries.ts';

const dir = mkdtempSync(join(tmpdir(), 'lagebild-registries-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
mkdirSync(join(dir, 'actors'), { recursive: true });

const actor = (name: string) => `name: ${name}\nkind: person\nroles:\n  - role: Präsident Kasachstans\n`;
const write = (id: string, text: string) => writeFileSync(join(dir, 'actors', `${id}.yaml`), text);
const names = () =>
  [...readRegistries(dir, dir).registries.actors.values()].map((a) => (a.data as { name: string }).name);

describe('reading the registries again', () => {
  it('gives the same result while no file changed', () => {
    write('tokajew', actor('Kassym-Schomart Tokajew'));
    expect(readRegistries(dir, dir)).toBe(readRegistries(dir, dir));
  });

  it('sees a changed, an added and a removed file at once', () => {
    write('tokajew', actor('Kassym-Schomart Tokajew'));
    expect(names()).toEqual(['Kassym-Schomart Tokajew']);
    write('tokajew', actor('Qassym-Schomart Toqajew'));
    expect(names()).toEqual(['Qassym-Schomart Toqajew']);
    write('putin', actor('Wladimir Putin'));
    expect(names().sort()).toEqual(['Qassym-Schomart Toqajew', 'Wladimir Putin']);
    unlinkSync(join(dir, 'actors', 'putin.yaml'));
    expect(names()).toEqual(['Qassym-Schomart Toqajew']);
  });

  it('reads another folder as its own', () => {
    const other = mkdtempSync(join(tmpdir(), 'lagebild-registries-'));
    try {
      expect(readRegistries(other, other).registries.actors.size).toBe(0);
      write('tokajew', actor('Kassym-Schomart Tokajew'));
      expect(names()).toEqual(['Kassym-Schomart Tokajew']);
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });
});
