/**
 * A source on the host of a designated outlet (src/config/outlets.ts) is
 * accepted only with the note readers see beside it (`designation`), and the
 * outlet's designation must rest on a registered source. The registries are
 * small synthetic folders; the outlet is the first one configured.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DESIGNATED_OUTLETS } from '../../src/config/outlets.ts';
import { readRegistries } from '../../src/lib/analysis/registries.ts';
import { designationLabel } from '../../src/lib/format/labels.ts';

const work = mkdtempSync(join(tmpdir(), 'lagebild-outlets-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
let folders = 0;

const outlet = DESIGNATED_OUTLETS[0]!;
const host = outlet.hosts[0]!;

const DESIGNATING = `title: Bericht über Desinformation
publisher: Eine Behörde
url: https://example.org/bericht
date: 2020-08-05
accessed: 2026-12-05
`;

/** A source on `url`, with a designation where given. */
const relay = (url: string, designation?: string) =>
  `title: Mitteilung
url: ${url}
date: 2022-01-12
accessed: 2026-12-05
noOriginal: Das Original war nicht zu finden.
${designation ? `designation: ${designation}\n` : ''}`;

function problemsOf(files: Record<string, string>): { file: string; problems: string[] }[] {
  const dir = join(work, `inhalt-${(folders += 1)}`);
  mkdirSync(join(dir, 'sources'), { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, 'sources', name), text);
  return readRegistries(dir, dir).failures;
}

describe('sources of designated outlets', () => {
  it('refuses a source on the outlet’s host without a designation, naming the line and the label to write', () => {
    expect(
      problemsOf({
        [`${outlet.designatedBy}.yaml`]: DESIGNATING,
        'relais.yaml': relay(`https://${host}/2022/01/12/x`),
      }),
    ).toEqual([
      {
        file: 'sources/relais.yaml',
        problems: [
          `line 2, url: ${host} is designated as a state-linked or disinformation outlet (src/config/outlets.ts); expected designation: "${outlet.label}" (the note readers see beside the source)`,
        ],
      },
    ]);
  });

  it('matches the outlet’s subdomains and www, but not a host that only ends in the same letters', () => {
    const failures = problemsOf({
      [`${outlet.designatedBy}.yaml`]: DESIGNATING,
      'sub.yaml': relay(`https://de.${host}/a`),
      'www.yaml': relay(`https://www.${host}/b`),
      'fremd.yaml': relay(`https://not${host}/c`),
    });
    expect(failures.map((f) => f.file).sort()).toEqual(['sources/sub.yaml', 'sources/www.yaml']);
  });

  it('accepts the source once it carries its designation, and shows it as a note', () => {
    expect(
      problemsOf({
        [`${outlet.designatedBy}.yaml`]: DESIGNATING,
        'relais.yaml': relay(`https://${host}/x`, 'Ein eingestuftes Portal'),
      }),
    ).toEqual([]);
    expect(designationLabel({ designation: 'Ein eingestuftes Portal' })).toBe('Hinweis: Ein eingestuftes Portal');
    expect(designationLabel({})).toBeUndefined();
  });

  it('says when the source of the designation is not registered', () => {
    const [failure] = problemsOf({ 'relais.yaml': relay(`https://${host}/x`, 'Ein eingestuftes Portal') });
    expect(failure!.problems).toEqual([
      expect.stringContaining(
        `src/config/outlets.ts names "${outlet.designatedBy}" as the source of the designation of ${host}; expected the id of a file in content/sources/`,
      ),
    ]);
  });
});
