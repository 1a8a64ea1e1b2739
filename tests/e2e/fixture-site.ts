/**
 * The fixture site: the multi-article fixture corpus (tests/fixtures/corpus,
 * all in January 2022) with one more article, made here, that reports an
 * event of December 2021 and one of February 2022, so that its timeline spans
 * three months, and a second article of the same day that reports the
 * February event with another status (which of two reports of one day
 * stands for the event is decided once). Built once per test run (with a log
 * of every parse of an article body) for the corpus tests and the archive
 * tests.
 */
import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './build.ts';
import { servedCorpus, type ServedCorpus } from './served-corpus.ts';

const ARTICLE = `---
title: "Rückblick und Ausblick"
dek: Was vor der Krise geschah und wann der Abzug endet.
published: 2022-02
referenceDate:
  date: 2022-02-11
  note: Geschrieben am Freitag, dem 11. Februar.
source:
  outlet: Testzeitung
language: de
actors: [ovks]
places: [kasachstan]
reports:
  - event: vorgeschichte
    status: reported
    evidence: Schon Mitte Dezember hatten Proteste begonnen.
  - event: abzug-ende
    status: reported
    evidence: Die letzten Soldaten der OVKS verließen das Land am Donnerstag.
    dateExpression: am Donnerstag
---

Schon Mitte Dezember hatten Proteste begonnen.

Die letzten Soldaten der OVKS verließen das Land am Donnerstag.
`;

/** Written the same day as ARTICLE: it doubts what ARTICLE reports. */
const SAME_DAY = `---
title: "Zweifel am Abzug"
dek: Nicht alle glauben, dass die Truppe fort ist.
published: 2022-02
referenceDate:
  date: 2022-02-11
  note: Geschrieben am Freitag, dem 11. Februar.
source:
  outlet: Testzeitung
language: de
actors: [ovks]
places: [kasachstan]
reports:
  - event: abzug-ende
    status: disputed
    evidence: Ob am Donnerstag wirklich die letzten Soldaten gingen, ist umstritten.
    dateExpression: am Donnerstag
---

Ob am Donnerstag wirklich die letzten Soldaten gingen, ist umstritten.
`;

/** The content folder of the fixture site below its work folder. */
export const contentOf = (work: string): string => join(work, 'content');
/** The log of parses of article bodies (one line per article and parse). */
export const parseLogOf = (work: string): string => join(work, 'parses.log');

export const fixtureSite = (): ServedCorpus =>
  servedCorpus(
    'fixture-site',
    (work) => {
      const content = contentOf(work);
      cpSync(join(ROOT, 'tests', 'fixtures', 'corpus'), content, { recursive: true });
      writeFileSync(join(content, 'articles', 'rueckblick.md'), ARTICLE);
      writeFileSync(join(content, 'articles', 'zweifel.md'), SAME_DAY);
      writeFileSync(
        join(content, 'events', 'vorgeschichte.yaml'),
        'title: Proteste beginnen\ndate: 2021-12-16\nplaces: [kasachstan]\ndateSources: [testagentur-abzug]\n',
      );
      writeFileSync(
        join(content, 'events', 'abzug-ende.yaml'),
        'title: Die letzten Soldaten ziehen ab\ndate: 2022-02-10\nactors: [ovks]\nplaces: [kasachstan]\n',
      );
      return content;
    },
    (work) => ({ LAGEBILD_PARSE_LOG: parseLogOf(work) }),
  );
