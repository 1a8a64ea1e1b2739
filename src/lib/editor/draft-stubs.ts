/**
 * The registry files a draft proposes: one per new actor, place and event,
 * with what the text gives filled in and every other required field a TODO
 * that the build refuses (src/lib/analysis/todos.ts), so that no guess is
 * ever published. `npm run neu` writes them beside the article and never
 * over an existing file.
 */
import { Document } from 'yaml';
import type { EventStub } from './draft-events.ts';
import { isPersonName, type NewName } from './draft-names.ts';

export interface StubFile {
  /** Relative to the content folder: "actors/massimow.yaml". */
  path: string;
  text: string;
}

function yamlFile(header: readonly string[], data: Record<string, unknown>): string {
  const doc = new Document(data);
  doc.commentBefore = header.map((l) => ` ${l}`).join('\n');
  return doc.toString({ lineWidth: 0 });
}

const where = (name: NewName) => `Absatz ${name.paragraphs.join(', ')}`;

/** An actor or place the text names and no registry knows. */
export function entityStub(id: string, name: NewName): StubFile {
  const header = [
    `Proposed by the draft: the text names »${name.name}« (${where(name)}) and no registry knows it.`,
    'Check the name, fill in every TODO, or delete this file (and the id from the article) if it is no',
    `${name.kind === 'actor' ? 'actor' : 'place'} the analysis needs.`,
  ];
  const person = isPersonName(name.name);
  if (name.kind === 'actor')
    return {
      path: `actors/${id}.yaml`,
      text: yamlFile(header, {
        name: name.name,
        kind: `TODO: the kind of actor (person, organisation, state-body, media, state)${person ? '; the name looks like a person’s' : ''}`,
        roles: [{ role: 'TODO: the role, in German (»Präsident Kasachstans«)' }],
        // A text names a person by the surname once it has named them in full.
        aliases: person ? [name.name.split(' ').at(-1)] : [],
      }),
    };
  return {
    path: `places/${id}.yaml`,
    text: yamlFile(header, {
      name: name.name,
      kind: 'TODO: the kind of place (city, country, region, transport, government, …)',
      coordinates: 'TODO: [latitude, longitude]',
      geoPrecision: 'TODO: 1 (an exact place), 2 (an approximate location) or 3 (only a region)',
      aliases: [],
      sources: 'TODO: [the ids of the sources (content/sources/) that locate the place]',
      coordinatesSource: 'TODO: the id of the source of the coordinates (or coordinatesEstimated: how)',
    }),
  };
}

/** A new event for a sentence that no registered event fits. */
export function eventStubFile(stub: EventStub): StubFile {
  return {
    path: `events/${stub.id}.yaml`,
    text: yamlFile(
      [
        `Proposed by the draft for »${stub.sentence}«:`,
        `»${stub.expression}« resolves to ${stub.date} (${stub.rule}); actors and places are those the sentence names.`,
        'Check them, write the title, or delete this file if the sentence reports a registered event',
        '(npm run pruefen -- --ereignisse <days> lists them) or none.',
      ],
      {
        title: 'TODO: what happened, as a short German heading (»Beginn des Abzugs der Friedenstruppe«)',
        date: stub.date,
        timePrecision: stub.timePrecision,
        ...(stub.timeOfDay ? { timeOfDay: stub.timeOfDay } : {}),
        actors: stub.actors,
        places: stub.places,
      },
    ),
  };
}
