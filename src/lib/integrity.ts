/**
 * Cross-checks of one article that a schema cannot express: references
 * resolve, ids are unique, quotes stand in the text, relative dates resolve
 * to the dates given. Each problem names the field and what was expected.
 */
import type { ArticleData } from '../schemas/article.ts';
import { ANAPHORIC_EXPRESSION, parseDateOrRange, resolveDateExpression } from './dates.ts';
import { ambiguousAliases, mentionTable } from './entities.ts';
import { crosses, findQuote, type Range } from './evidence.ts';
import { bodyParagraphs, rawHtml } from './text.ts';

export interface Problem {
  field: string;
  message: string;
}

type Kind = 'actors' | 'places' | 'events' | 'claims' | 'factChecks';
const KIND_NAMES: Record<Kind, string> = {
  actors: 'actor',
  places: 'place',
  events: 'event',
  claims: 'claim',
  factChecks: 'fact check',
};

const short = (text: string) => (text.length > 80 ? `${text.slice(0, 77)}…` : text);

/**
 * @param lineOffset lines of the file before the body (the frontmatter), so
 *   that problems in the body are reported with the line of the file.
 */
export function checkArticle(data: ArticleData, body: string, lineOffset = 0): Problem[] {
  const problems: Problem[] = [];
  const report = (field: string, message: string) => problems.push({ field, message });

  // 1. Unique ids per kind.
  const ids = {} as Record<Kind, Set<string>>;
  for (const kind of Object.keys(KIND_NAMES) as Kind[]) {
    ids[kind] = new Set();
    data[kind].forEach((item, i) => {
      if (ids[kind].has(item.id)) {
        report(
          `${kind}.${i}.id`,
          `duplicate ${KIND_NAMES[kind]} id "${item.id}"; expected each ${KIND_NAMES[kind]} id once per article`,
        );
      }
      ids[kind].add(item.id);
    });
  }

  // 2. References resolve.
  const ref = (field: string, kind: Kind, id: string | undefined) => {
    if (id !== undefined && !ids[kind].has(id)) {
      const known = [...ids[kind]];
      report(
        field,
        `unknown ${KIND_NAMES[kind]} "${id}"; expected the id of one of this article's ${kind}` +
          (known.length ? ` (${short(known.join(', '))})` : ' (there are none)'),
      );
    }
  };
  if (data.photo?.place) ref('photo.place', 'places', data.photo.place);
  data.places.forEach((p, i) => ref(`places.${i}.within`, 'places', p.within));
  data.events.forEach((e, i) => {
    e.actors.forEach((id, j) => ref(`events.${i}.actors.${j}`, 'actors', id));
    e.places.forEach((id, j) => ref(`events.${i}.places.${j}`, 'places', id));
    ref(`events.${i}.dateAnchor`, 'events', e.dateAnchor);
  });
  const about = (field: string, a: { actors: string[]; places: string[]; events: string[]; claims: string[] }) => {
    (['actors', 'places', 'events', 'claims'] as const).forEach((kind) =>
      a[kind].forEach((id, j) => ref(`${field}.${kind}.${j}`, kind, id)),
    );
  };
  data.claims.forEach((c, i) => {
    ref(`claims.${i}.speaker`, 'actors', c.speaker);
    ref(`claims.${i}.reportedBy`, 'actors', c.reportedBy);
    about(`claims.${i}.about`, c.about);
    c.contradicts.forEach((id, j) => ref(`claims.${i}.contradicts.${j}`, 'claims', id));
    if (c.quote === undefined && !c.sources) {
      report(
        `claims.${i}.quote`,
        `claim "${c.id}" has neither a quote from the text nor sources; expected one of them`,
      );
    }
  });
  data.factChecks.forEach((f, i) => about(`factChecks.${i}.about`, f.about));

  // 3. Quotes stand in the text, each within one paragraph; quotes of one
  //    paragraph either nest or stay apart (they become nested marks).
  const paragraphs = bodyParagraphs(body);
  const found: { field: string; paragraph: number; range: Range }[] = [];
  const quote = (field: string, text: string | undefined) => {
    if (text === undefined) return;
    const paragraph = paragraphs.findIndex((p) => findQuote(p, text));
    if (paragraph < 0) {
      report(
        field,
        `quote not found in the article text: "${short(text)}"; expected words copied verbatim from one paragraph of the body`,
      );
      return;
    }
    const range = findQuote(paragraphs[paragraph]!, text)!;
    const crossing = found.find((f) => f.paragraph === paragraph && crosses(f.range, range));
    if (crossing) {
      report(
        field,
        `quote overlaps the quote of ${crossing.field} without containing it or lying inside it; expected quotes that nest or stay apart`,
      );
    }
    found.push({ field, paragraph, range });
  };
  data.events.forEach((e, i) => {
    if (e.evidenceIn === 'body') {
      quote(`events.${i}.evidence`, e.evidence);
    } else if (!data.photo) {
      report(
        `events.${i}.evidenceIn`,
        'evidence is in the caption, but the article has no photo; expected evidenceIn: body',
      );
    } else if (!findQuote(data.photo.caption, e.evidence)) {
      report(
        `events.${i}.evidence`,
        `quote not found in the photo caption: "${short(e.evidence)}"; expected words copied verbatim from photo.caption`,
      );
    }
  });
  data.places.forEach((p, i) => quote(`places.${i}.evidence`, p.evidence));
  data.claims.forEach((c, i) => quote(`claims.${i}.quote`, c.quote));
  data.factChecks.forEach((f, i) => quote(`factChecks.${i}.evidence`, f.evidence));

  // 4. Aliases name one entity only.
  for (const [alias, mentions] of ambiguousAliases(mentionTable(data.actors, data.places))) {
    report(
      'aliases',
      `"${alias}" names more than one entity (${mentions.map((m) => `${m.kind} ${m.id}`).join(', ')}); expected each name or alias to belong to one actor or place`,
    );
  }

  // 5. The body is Markdown text: raw HTML would reach the page unescaped.
  for (const html of rawHtml(body)) {
    report(
      `body${html.line === undefined ? '' : ` (line ${html.line + lineOffset})`}`,
      `raw HTML is not allowed: ${JSON.stringify(short(html.value))}; expected plain Markdown text`,
    );
  }

  // 6. Dates: the expression of the text resolves to the date given.
  const byId = new Map(data.events.map((e) => [e.id, e]));
  data.events.forEach((e, i) => {
    const range = parseDateOrRange(e.date)!;
    if (e.dateExpression === undefined) {
      if (!e.dateSources) {
        report(
          `events.${i}.dateExpression`,
          `event "${e.id}" has neither dateExpression (the words of the text that date it) nor dateSources; expected one of them`,
        );
      }
      return;
    }
    let resolved: string;
    let how: string;
    if (ANAPHORIC_EXPRESSION.test(e.dateExpression.trim())) {
      const anchor = e.dateAnchor ? byId.get(e.dateAnchor) : undefined;
      if (!anchor) {
        if (!e.dateAnchor)
          report(
            `events.${i}.dateAnchor`,
            `"${e.dateExpression}" refers to another event's day; expected dateAnchor with that event's id`,
          );
        return;
      }
      resolved = parseDateOrRange(anchor.date)!.start;
      how = `the day of event "${anchor.id}"`;
    } else {
      const result = resolveDateExpression(e.dateExpression, data.referenceDate.date);
      if (!result.ok) {
        report(`events.${i}.dateExpression`, result.reason);
        return;
      }
      resolved = result.date;
      how = `${result.rule}, reference date ${data.referenceDate.date}`;
    }
    if (resolved !== range.start && resolved !== range.end) {
      report(
        `events.${i}.date`,
        `"${e.dateExpression}" resolves to ${resolved} (${how}), but date is "${e.date}"; expected ${resolved}`,
      );
    }
  });

  return problems;
}

/** One error for all problems of a file, each on its own line with the field. */
export function formatProblems(filePath: string, problems: readonly Problem[]): string {
  const lines = problems.map((p) => `  ${p.field}: ${p.message}`);
  return `Lagebild found ${problems.length} problem${problems.length === 1 ? '' : 's'} in ${filePath}:\n${lines.join('\n')}`;
}

/** Lines of a file before its body: where the body's line 1 stands in the file, minus one. */
export function bodyLineOffset(fileText: string, body: string): number {
  const index = body.trim() ? fileText.indexOf(body) : -1;
  return index < 0 ? 0 : fileText.slice(0, index).split('\n').length - 1;
}
