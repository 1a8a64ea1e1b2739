/**
 * analyseArticle(): the one analysis of an article. It parses the body once
 * and finds, in the text of each paragraph, every evidence quote and every
 * mention of a registered actor or place (as character ranges), the
 * sentences, and the date each report's expression resolves to. The
 * integrity checks are assertions over this result; the Markdown plugins,
 * the pages, the feeds and the exports read it instead of matching again.
 */
import { refusedLinks } from './links.ts';
import { appendFileSync } from 'node:fs';
import type { PhrasingContent, Root, RootContent } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import type { ArticleData } from '../../schemas/article.ts';
import {
  ANAPHORIC_EXPRESSION,
  dateAgrees,
  parseDateOrRange,
  resolveAnaphoricExpression,
  resolveDateExpression,
  type ExpressionPrecision,
  type ResolvedExpression,
} from '../format/dates.ts';
import { evidenceAnchor, type EvidenceKind } from '../format/evidence.ts';
import { subheadingId } from '../format/urls.ts';
import { citations, unknownIdHint, type Registries, type RegistryKind } from './registries.ts';
import { short, type Problem } from './problems.ts';

export interface Range {
  start: number;
  end: number;
}

export interface Paragraph {
  /** 1-based: #absatz-N. */
  n: number;
  text: string;
  /** Sentence ranges (Intl.Segmenter, German; not cut after ordinal dates such as »am 13. Januar«). */
  sentences: Range[];
}

export interface EvidenceRange extends Range {
  kind: EvidenceKind;
  /** The event id for a report, else the item's id. */
  id: string;
  anchor: string;
  /** 1-based paragraph, or 0 for the photo caption. */
  paragraph: number;
}

export type EntityKind = 'actor' | 'place';

export interface MentionRange extends Range {
  kind: EntityKind;
  id: string;
  paragraph: number;
}

interface ReportDate {
  event: string;
  /** The day or range ("YYYY-MM-DD/YYYY-MM-DD") the expression resolves to, where there is one. */
  resolved?: string | undefined;
  precision?: ExpressionPrecision | undefined;
  /** How: "Dienstag der Woche des Bezugsdatums", "der Tag des Ereignisses x". */
  rule?: string | undefined;
  /** The text states another date than the event's (the report says why, a fact check says what is right). */
  differs?: boolean | undefined;
}

/** A subheading of the text (»## …«): not a paragraph, with an id of its own. */
interface Subheading {
  id: string;
  text: string;
}

export interface ArticleAnalysis {
  paragraphs: Paragraph[];
  subheadings: Subheading[];
  evidence: EvidenceRange[];
  mentions: MentionRange[];
  dates: ReportDate[];
}

export interface AnalysisInput {
  slug: string;
  data: ArticleData;
  body: string;
  /** The file line of the body's first line, for problems in the text. */
  bodyLine?: number;
}

/** Where a test asks to see each parse (one line per article and parse). */
const PARSE_LOG = process.env.LAGEBILD_PARSE_LOG;

/** The body's Markdown syntax tree: the only place Lagebild parses an article body. */
function parseBody(slug: string, markdown: string): Root {
  if (PARSE_LOG) appendFileSync(PARSE_LOG, `${slug}\n`);
  return unified().use(remarkParse).use(remarkGfm).parse(markdown);
}

/**
 * The top-level blocks whose text the reader sees as paragraphs (numbered
 * #absatz-N). rehype-paragraph-ids numbers the same blocks (top-level <p>):
 * a subheading, a list or a block quote is no paragraph in either.
 */
const PARAGRAPH_TYPES = new Set<RootContent['type']>(['paragraph']);
/** The heading level of a subheading (»## …«); the title is the frontmatter's. */
const SUBHEADING_DEPTH = 2;

const MONTH_START =
  /^\s*(?:Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|Jahrhundert|Jahrtausend)\b/;

/**
 * Sentences of a German paragraph. Intl.Segmenter (the platform's own
 * segmentation) ends a sentence after every "13."; ICU has no German
 * ordinals, so a break after a number with a full stop that is followed by
 * a month name or a lowercase word is joined again.
 */
export function sentences(text: string): Range[] {
  const segmenter = new Intl.Segmenter('de', { granularity: 'sentence' });
  const out: Range[] = [];
  for (const s of segmenter.segment(text)) {
    const range = { start: s.index, end: s.index + s.segment.length };
    const previous = out.at(-1);
    const before = previous ? text.slice(previous.start, previous.end) : '';
    if (previous && /\b\d{1,2}\.\s*$/.test(before) && (MONTH_START.test(s.segment) || /^\s*\p{Ll}/u.test(s.segment))) {
      previous.end = range.end;
    } else {
      out.push(range);
    }
  }
  return out;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A quote matches verbatim except for whitespace (a line break in Markdown, a space in YAML). */
export function findQuote(text: string, quote: string): Range | undefined {
  const words = quote.trim().split(/\s+/).map(escapeRegExp);
  const match = new RegExp(words.join('\\s+'), 'u').exec(text);
  return match ? { start: match.index, end: match.index + match[0].length } : undefined;
}

/** Two ranges that overlap without one containing the other cannot be nested as marks. */
export function crosses(a: Range, b: Range): boolean {
  return (
    (a.start < b.start && b.start < a.end && a.end < b.end) || (b.start < a.start && a.start < b.end && b.end < a.end)
  );
}

/**
 * A pattern for one name as a whole word: not inside a longer word
 * ("Russland" not in "Russlands"; an inflected form is its own alias), with
 * any whitespace where the name has a space.
 */
export function namePattern(name: string): RegExp {
  const body = name.trim().split(/\s+/).map(escapeRegExp).join('\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, 'gu');
}

export interface NameForm {
  form: string;
  kind: EntityKind;
  id: string;
}

/** Every (form → entity) of the article, longest first so "Jewgeni Primakow" wins over "Primakow". */
export function nameForms(data: ArticleData, registries: Registries): NameForm[] {
  const forms: NameForm[] = [];
  const add = (kind: EntityKind, id: string, names: readonly string[]) => {
    for (const form of new Set(names.map((n) => n.trim()).filter(Boolean))) forms.push({ form, kind, id });
  };
  for (const m of data.actors) {
    const actor = registries.actors.get(m.id);
    if (actor) add('actor', m.id, [actor.data.name, ...actor.data.aliases, ...m.forms]);
  }
  for (const m of data.places) {
    const place = registries.places.get(m.id);
    if (place) add('place', m.id, [place.data.name, ...place.data.aliases, ...m.forms]);
  }
  return forms.sort((a, b) => b.form.length - a.form.length || a.form.localeCompare(b.form));
}

/**
 * The text of a paragraph as the rendered HTML has it, so that the plugins'
 * offsets match: a hard line break is a line break, an image is no text
 * (its alt text is an attribute). mdast-util-to-string differs on both.
 */
function textOf(node: RootContent | PhrasingContent): string {
  if (node.type === 'break') return '\n';
  if (node.type === 'image' || node.type === 'imageReference') return '';
  if ('value' in node && typeof node.value === 'string') return node.value;
  return 'children' in node ? (node.children as PhrasingContent[]).map(textOf).join('') : '';
}

function paragraphBlocks(tree: Root): RootContent[] {
  return tree.children.filter((node) => PARAGRAPH_TYPES.has(node.type));
}

function paragraphOf(node: RootContent, i: number): Paragraph {
  const text = textOf(node);
  return { n: i + 1, text, sentences: sentences(text) };
}

/**
 * The paragraphs of a text and their sentences, numbered as analyseArticle
 * numbers them; parsed through parseBody, so that a test sees every parse.
 */
export function bodyParagraphs(markdown: string, slug = '(draft)'): Paragraph[] {
  return paragraphBlocks(parseBody(slug, markdown)).map(paragraphOf);
}

/** Ranges of links and code in a paragraph's text: mentions are not linked inside them. */
function linkRanges(node: RootContent): Range[] {
  const ranges: Range[] = [];
  let offset = 0;
  const walk = (children: readonly PhrasingContent[]) => {
    for (const child of children) {
      const length = textOf(child).length;
      if (child.type === 'link' || child.type === 'linkReference' || child.type === 'inlineCode') {
        ranges.push({ start: offset, end: offset + length });
      } else if ('children' in child) {
        walk(child.children as PhrasingContent[]);
        continue;
      }
      offset += length;
    }
  };
  if ('children' in node) walk(node.children as PhrasingContent[]);
  return ranges;
}

/** The mention ranges of one paragraph: longer forms first, no overlap, none inside a link. */
function findMentions(text: string, paragraph: number, forms: readonly NameForm[], links: Range[]): MentionRange[] {
  const taken: Range[] = [...links];
  const found: MentionRange[] = [];
  for (const { form, kind, id } of forms) {
    for (const match of text.matchAll(namePattern(form))) {
      const range = { start: match.index, end: match.index + match[0].length };
      if (taken.some((t) => t.start < range.end && range.start < t.end)) continue;
      taken.push(range);
      found.push({ ...range, kind, id, paragraph });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** A resolved range's precision in a problem message. */
const PRECISION_NAMES: Record<ExpressionPrecision, string> = {
  day: 'a day',
  'part-of-day': 'part of a day',
  week: 'a week',
  month: 'a month',
  approximate: 'approximate',
};

const KIND_NAME: Record<RegistryKind, string> = {
  actors: 'actor',
  places: 'place',
  sources: 'source',
  events: 'event',
};

type Report = (path: (string | number)[], message: string, line?: number) => void;
type ArticleReport = ArticleData['reports'][number];

/** The subheadings of the text (»## …«), and problems with its Markdown: other heading levels, raw HTML, footnotes. */
function readStructure(tree: Root, input: AnalysisInput, report: Report): Subheading[] {
  const bodyLine = (node: { position?: { start: { line: number } } | undefined }) =>
    node.position ? node.position.start.line + (input.bodyLine ?? 1) - 1 : undefined;
  const subheadings: Subheading[] = [];
  for (const node of tree.children) {
    if (node.type !== 'heading') continue;
    if (node.depth !== SUBHEADING_DEPTH) {
      report(
        ['body'],
        `a heading of level ${node.depth} (${'#'.repeat(node.depth)} ${short(textOf(node))}); expected "## " for a subheading (the title is the frontmatter's title; the text has one level of subheadings)`,
        bodyLine(node),
      );
      continue;
    }
    const text = textOf(node);
    const id = subheadingId(text, subheadings.length + 1, new Set(subheadings.map((h) => h.id)));
    subheadings.push({ id, text });
  }
  visit(tree, 'html', (node) => {
    report(
      ['body'],
      `raw HTML is not allowed: ${JSON.stringify(short(node.value))}; expected plain Markdown text`,
      bodyLine(node),
    );
  });
  for (const link of refusedLinks(tree)) {
    report(['body'], `${JSON.stringify(short(link.url))} is ${link.reason}`, bodyLine(link.node));
  }
  visit(tree, ['footnoteReference', 'footnoteDefinition'], (node) => {
    report(
      ['body'],
      'footnotes are not supported in article text; expected the note as a fact check (factChecks) or in the text itself',
      bodyLine(node),
    );
  });
  return subheadings;
}

/** Every reference to a registry resolves (an unknown id is answered with the ids it likely means); ids listed once. */
function checkReferences(data: ArticleData, registries: Registries, report: Report): void {
  const ref = (kind: RegistryKind, id: string | undefined, path: (string | number)[]) => {
    if (id !== undefined && !registries[kind].has(id)) {
      report(
        path,
        `unknown ${KIND_NAME[kind]} "${id}"; expected a registered ${KIND_NAME[kind]} (a file content/${kind}/${id}.yaml)${unknownIdHint(registries, kind, id)}`,
      );
    }
  };
  const unique = (list: readonly { id: string }[], field: string, what: string) => {
    const seen = new Set<string>();
    list.forEach((item, i) => {
      if (seen.has(item.id)) report([field, i], `"${item.id}" is listed twice; expected each ${what} once`);
      seen.add(item.id);
    });
  };
  data.actors.forEach((m, i) => ref('actors', m.id, ['actors', i]));
  data.places.forEach((m, i) => ref('places', m.id, ['places', i]));
  unique(data.actors, 'actors', 'actor');
  unique(data.places, 'places', 'place');
  unique(data.claims, 'claims', 'claim id');
  unique(data.factChecks, 'factChecks', 'fact check id');
  unique(
    data.reports.map((r) => ({ id: r.event })),
    'reports',
    'event (one report per event and article)',
  );
  if (data.photo?.place) ref('places', data.photo.place, ['photo', 'place']);
  data.reports.forEach((r, i) => {
    ref('events', r.event, ['reports', i, 'event']);
    ref('events', r.dateAnchor, ['reports', i, 'dateAnchor']);
  });
  const about = (path: (string | number)[], a: ArticleData['claims'][number]['about']) => {
    a.actors.forEach((id, j) => ref('actors', id, [...path, 'actors', j]));
    a.places.forEach((id, j) => ref('places', id, [...path, 'places', j]));
    a.events.forEach((id, j) => ref('events', id, [...path, 'events', j]));
  };
  data.claims.forEach((c, i) => {
    ref('actors', c.speaker, ['claims', i, 'speaker']);
    ref('actors', c.reportedBy, ['claims', i, 'reportedBy']);
    about(['claims', i, 'about'], c.about);
    if (c.quote === undefined && !c.sources) {
      report(
        ['claims', i, 'quote'],
        `claim "${c.id}" has neither a quote from the text nor sources; expected one of them`,
      );
    }
  });
  data.factChecks.forEach((f, i) => about(['factChecks', i, 'about'], f.about));
  for (const c of citations(data)) ref('sources', c.id, c.path);
}

/** Characters of context a message shows around the place where a quote stops matching. */
const CONTEXT = 30;

/**
 * Where a quote that is not in the texts stops matching: the longest
 * beginning of it that stands in one of them (found by bisection: every
 * shorter beginning of a matching one matches too), told with what the text
 * and the quote say from there on, or that not even its first word matches.
 */
function whereQuoteStops(texts: readonly string[], quote: string, where: (i: number) => string): string {
  const words = quote.trim().replace(/\s+/g, ' ');
  const at = (length: number) => {
    const prefix = words.slice(0, length);
    for (const [i, text] of texts.entries()) {
      const range = findQuote(text, prefix);
      if (range) return { i, range };
    }
    return undefined;
  };
  let low = 0;
  let high = words.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (at(mid)) low = mid;
    else high = mid - 1;
  }
  // Back to the start of the word where it stops (»am Montag« against »am Mittwoch« stops before »Montag«).
  if (low < words.length && low > 0 && words[low - 1] !== ' ') low = words.lastIndexOf(' ', low) + 1;
  if (low === 0) return '; not even its first word stands there';
  const { i, range } = at(low)!;
  const text = texts[i]!;
  // The context in whole words: the last ones before the point, the first ones after it.
  const matched = text.slice(range.start, range.end);
  const before = matched.length > CONTEXT ? `…${matched.slice(-CONTEXT).replace(/^\S*\s/, '')}` : matched;
  const cut = (value: string) => (value.length > CONTEXT ? `${value.slice(0, CONTEXT).replace(/\s\S*$/, '')}…` : value);
  const goesOn = text.slice(range.end).replace(/\s+/g, ' ').trimStart();
  return `; it agrees with ${where(i)} up to "${before}", where the text goes on "${cut(goesOn) || '(end of the paragraph)'}" and the quote "${cut(words.slice(low).trimStart())}"`;
}

/** Each quote stands in one paragraph (or the caption); quotes of a paragraph nest or stay apart. */
function findEvidence(data: ArticleData, paragraphs: readonly Paragraph[], report: Report): EvidenceRange[] {
  const evidence: EvidenceRange[] = [];
  const paths = new Map<EvidenceRange, (string | number)[]>();
  const texts = paragraphs.map((p) => p.text);
  const quote = (kind: EvidenceKind, id: string, text: string | undefined, path: (string | number)[]) => {
    if (text === undefined) return;
    const index = paragraphs.findIndex((p) => findQuote(p.text, text));
    if (index < 0) {
      report(
        path,
        `quote not found in the article text: "${short(text)}"${whereQuoteStops(texts, text, (i) => `paragraph ${i + 1}`)}; expected words copied verbatim from one paragraph of the body`,
      );
      return;
    }
    const range = findQuote(paragraphs[index]!.text, text)!;
    const item: EvidenceRange = { ...range, kind, id, anchor: evidenceAnchor(kind, id), paragraph: index + 1 };
    const crossing = evidence.find((e) => e.paragraph === item.paragraph && crosses(e, item));
    if (crossing) {
      report(
        path,
        `quote overlaps the quote of ${paths.get(crossing)!.join('.')} without containing it or lying inside it; expected quotes that nest or stay apart`,
      );
      return;
    }
    evidence.push(item);
    paths.set(item, path);
  };
  data.reports.forEach((r, i) => {
    if (r.evidenceIn === 'body') {
      quote('event', r.event, r.evidence, ['reports', i, 'evidence']);
    } else if (!data.photo) {
      report(
        ['reports', i, 'evidenceIn'],
        'evidence is in the caption, but the article has no photo; expected evidenceIn: body',
      );
    } else {
      const range = findQuote(data.photo.caption, r.evidence);
      if (range)
        evidence.push({ ...range, kind: 'event', id: r.event, anchor: evidenceAnchor('event', r.event), paragraph: 0 });
      else
        report(
          ['reports', i, 'evidence'],
          `quote not found in the photo caption: "${short(r.evidence)}"${whereQuoteStops([data.photo.caption], r.evidence, () => 'the caption')}; expected words copied verbatim from photo.caption`,
        );
    }
  });
  data.places.forEach((p, i) => quote('place', p.id, p.evidence, ['places', i, 'evidence']));
  data.claims.forEach((c, i) => quote('claim', c.id, c.quote, ['claims', i, 'quote']));
  data.factChecks.forEach((f, i) => quote('factCheck', f.id, f.evidence, ['factChecks', i, 'evidence']));
  return evidence;
}

/** Each name, alias or form names one entity; every mention found as a range. */
function findAllMentions(
  data: ArticleData,
  registries: Registries,
  blocks: RootContent[],
  paragraphs: Paragraph[],
  report: Report,
) {
  const forms = nameForms(data, registries);
  const byForm = new Map<string, Set<string>>();
  for (const f of forms) byForm.set(f.form, (byForm.get(f.form) ?? new Set()).add(`${f.kind} ${f.id}`));
  for (const [form, entities] of byForm) {
    if (entities.size > 1) {
      const path = data.actors.some((m) => m.forms.includes(form))
        ? ['actors']
        : data.places.some((m) => m.forms.includes(form))
          ? ['places']
          : [];
      report(
        path,
        `"${form}" names more than one entity (${[...entities].sort().join(', ')}); expected each name, alias or form to belong to one actor or place`,
      );
    }
  }
  return blocks.flatMap((node, i) => findMentions(paragraphs[i]!.text, i + 1, forms, linkRanges(node)));
}

/** Whether the words occur in a text, whatever the whitespace and the case (»Heute« at a sentence's start). */
function occursIn(text: string, words: string): boolean {
  const pattern = words.trim().split(/\s+/).map(escapeRegExp).join('\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${pattern}(?![\\p{L}\\p{N}])`, 'iu').test(text);
}

/**
 * A report's dateExpression is words of the text: they stand in its evidence
 * or in the paragraph (or caption) the evidence stands in.
 */
function checkExpressionInText(
  r: ArticleReport,
  i: number,
  data: ArticleData,
  paragraphs: readonly Paragraph[],
  evidence: readonly EvidenceRange[],
  report: Report,
): void {
  const own = evidence.find((e) => e.kind === 'event' && e.id === r.event);
  if (r.dateExpression === undefined || !own || occursIn(r.evidence, r.dateExpression)) return;
  const where = own.paragraph === 0 ? data.photo?.caption : paragraphs[own.paragraph - 1]?.text;
  if (where !== undefined && occursIn(where, r.dateExpression)) return;
  // A caption's closing date (»… in Almaty (11.1.2022)«) is kept as the photo's date, not in its words.
  const resolved = resolveDateExpression(r.dateExpression, data.referenceDate.date);
  if (own.paragraph === 0 && resolved.ok && resolved.date === data.photo?.date) return;
  report(
    ['reports', i, 'dateExpression'],
    `"${r.dateExpression}" stands neither in this report's evidence nor in ${own.paragraph === 0 ? 'the caption (nor is it the photo’s date)' : `paragraph ${own.paragraph}`}, where the evidence is; expected the words of the text that date the event, as they stand there (or no dateExpression and dateSources in the event's file)`,
  );
}

/** The day or range a report's expression resolves to, or undefined after reporting why there is none. */
function resolveReport(
  r: ArticleReport & { dateExpression: string },
  i: number,
  data: ArticleData,
  registries: Registries,
  report: Report,
): Pick<ResolvedExpression, 'date' | 'range' | 'precision' | 'rule'> | undefined {
  if (ANAPHORIC_EXPRESSION.test(r.dateExpression.trim())) {
    const anchor = r.dateAnchor ? registries.events.get(r.dateAnchor) : undefined;
    if (!anchor && !r.dateAnchor)
      report(
        ['reports', i, 'dateAnchor'],
        `"${r.dateExpression}" refers to another event's day; expected dateAnchor with that event's id`,
      );
    return anchor && resolveAnaphoricExpression(r.dateExpression, anchor.data);
  }
  const result = resolveDateExpression(r.dateExpression, data.referenceDate.date);
  if (!result.ok) report(['reports', i, 'dateExpression'], result.reason);
  return result.ok ? result : undefined;
}

/**
 * Each report's expression resolves to its event's date (dateAgrees: a day,
 * or a range that contains it), or says why the text states another date;
 * what the article reports as having happened lies no later than its date.
 */
function checkReportDate(
  r: ArticleReport,
  i: number,
  data: ArticleData,
  registries: Registries,
  evidence: readonly EvidenceRange[],
  report: Report,
): ReportDate {
  const event = registries.events.get(r.event);
  if (!event) return { event: r.event };
  const eventStart = parseDateOrRange(event.data.date)!.start;
  if (r.status === 'reported' && eventStart > data.referenceDate.date) {
    report(
      ['reports', i, 'status'],
      `event "${r.event}" begins on ${eventStart}, after the article's reference date ${data.referenceDate.date}, but the report says it happened (reported); expected announced, planned or disputed`,
    );
  }
  if (r.dateExpression === undefined) {
    if (!event.data.dateSources) {
      report(
        ['reports', i, 'dateExpression'],
        `neither this report's dateExpression (the words of the text that date it) nor ${event.file} (dateSources) dates event "${r.event}"; expected one of them`,
      );
    }
    return { event: r.event };
  }
  const resolved = resolveReport({ ...r, dateExpression: r.dateExpression }, i, data, registries, report);
  if (!resolved) return { event: r.event };
  const { date, range, precision, rule } = resolved;
  const agrees = dateAgrees(resolved, event.data);
  if (r.dateDiscrepancy) {
    if (agrees) {
      report(
        ['reports', i, 'dateDiscrepancy'],
        `"${r.dateExpression}" resolves to ${date}, which agrees with event "${r.event}" (${event.data.date}); expected no dateDiscrepancy`,
      );
    } else {
      // A text that errs about a date: the passage needs a fact check that says what is right.
      const own = evidence.find((e) => e.kind === 'event' && e.id === r.event);
      const checked = evidence.some(
        (e) => e.kind === 'factCheck' && own && e.paragraph === own.paragraph && e.start < own.end && own.start < e.end,
      );
      if (!checked) {
        report(
          ['reports', i, 'dateDiscrepancy'],
          `the text states another date (${date}) than event "${r.event}" (${event.data.date}); expected a fact check (factChecks) whose evidence overlaps this report's evidence and says what is right`,
        );
      }
    }
  }
  if (!agrees && !r.dateDiscrepancy) {
    const single = range.start === range.end;
    report(
      ['reports', i, 'dateExpression'],
      `"${r.dateExpression}" resolves to ${date} (${single ? '' : `${PRECISION_NAMES[precision]}, `}${rule}, reference date ${data.referenceDate.date}), but event "${r.event}" is dated "${event.data.date}" in ${event.file}; ` +
        (single ? 'expected the same date' : "expected a range that contains the event's date") +
        ', or dateDiscrepancy: "…" saying why the text states another date',
    );
  }
  return { event: r.event, resolved: date, precision, rule, ...(agrees ? {} : { differs: true }) };
}

/**
 * Analyses one article against the registries. Returns the analysis and
 * every problem (each with the path of its field), so that the loader can
 * report all of them at once.
 */
export function analyseArticle(
  input: AnalysisInput,
  registries: Registries,
): { analysis: ArticleAnalysis; problems: Problem[] } {
  const { data, body } = input;
  const problems: Problem[] = [];
  const report: Report = (path, message, line) => problems.push({ path, message, line });

  // 1. The text, parsed once.
  const tree = parseBody(input.slug, body);
  const blocks = paragraphBlocks(tree);
  const paragraphs = blocks.map(paragraphOf);
  const subheadings = readStructure(tree, input, report);
  // 2. References to the registries.
  checkReferences(data, registries, report);
  // 3. Evidence: each quote stands in one paragraph; quotes of a paragraph nest or stay apart.
  const evidence = findEvidence(data, paragraphs, report);
  // 4. Mentions: each form names one entity; every mention found as a range.
  const mentions = findAllMentions(data, registries, blocks, paragraphs, report);
  // 5. Dates: words of the text that resolve to the event's date.
  const dates = data.reports.map((r, i) => {
    checkExpressionInText(r, i, data, paragraphs, evidence, report);
    return checkReportDate(r, i, data, registries, evidence, report);
  });
  return { analysis: { paragraphs, subheadings, evidence, mentions, dates }, problems };
}
