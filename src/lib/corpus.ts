/**
 * Checks across articles: one id means one actor, place, event or claim on
 * the whole site. Actors and places may recur (the same entity in several
 * articles, merged into one page) but must agree on their facts; events and
 * claims belong to one article. Each problem names both files.
 */
import type { ArticleData } from '../schemas/article.ts';

export interface CorpusEntry {
  file: string;
  data: ArticleData;
}

type Facts = Record<string, unknown>;

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function compare(
  kind: 'actor' | 'place',
  seen: Map<string, { file: string; facts: Facts }>,
  file: string,
  id: string,
  facts: Facts,
  problems: string[],
) {
  const first = seen.get(id);
  if (!first) {
    seen.set(id, { file, facts });
    return;
  }
  for (const [field, value] of Object.entries(facts)) {
    if (!same(first.facts[field], value)) {
      problems.push(
        `${kind} "${id}": ${field} is ${JSON.stringify(first.facts[field])} in ${first.file} but ${JSON.stringify(value)} in ${file}; ` +
          `expected the same ${field} for one ${kind} id in every article (or a different id for a different ${kind})`,
      );
    }
  }
}

export function checkCorpus(entries: readonly CorpusEntry[]): string[] {
  const problems: string[] = [];
  const actors = new Map<string, { file: string; facts: Facts }>();
  const places = new Map<string, { file: string; facts: Facts }>();
  const events = new Map<string, string>();
  const claims = new Map<string, string>();
  for (const { file, data } of entries) {
    for (const a of data.actors) compare('actor', actors, file, a.id, { name: a.name, kind: a.kind }, problems);
    for (const p of data.places) {
      compare(
        'place',
        places,
        file,
        p.id,
        { name: p.name, kind: p.kind, coordinates: p.coordinates, geoPrecision: p.geoPrecision },
        problems,
      );
    }
    for (const [kind, ids, map] of [
      ['event', data.events.map((e) => e.id), events],
      ['claim', data.claims.map((c) => c.id), claims],
    ] as const) {
      for (const id of ids) {
        const other = map.get(id);
        if (other && other !== file) {
          problems.push(
            `${kind} id "${id}" is used in ${other} and in ${file}; expected each ${kind} id once on the site`,
          );
        }
        map.set(id, file);
      }
    }
  }
  return problems;
}
