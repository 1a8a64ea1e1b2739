/**
 * Entity mentions: which words of the text name which actor or place.
 */

export type EntityKind = 'actor' | 'place';

export interface Mention {
  /** The form as it stands in the text. */
  alias: string;
  kind: EntityKind;
  id: string;
  name: string;
}

interface Named {
  id?: unknown;
  name?: unknown;
  aliases?: unknown;
}

function formsOf(entity: Named): string[] {
  const forms = [entity.name, ...(Array.isArray(entity.aliases) ? entity.aliases : [])];
  return [...new Set(forms.filter((f): f is string => typeof f === 'string' && f.trim() !== '').map((f) => f.trim()))];
}

/** All (alias → entity) pairs, longest alias first so "Jewgeni Primakow" wins over "Primakow". */
export function mentionTable(actors: readonly Named[], places: readonly Named[]): Mention[] {
  const table: Mention[] = [];
  const add = (kind: EntityKind, entity: Named) => {
    if (typeof entity.id !== 'string' || typeof entity.name !== 'string') return;
    for (const alias of formsOf(entity)) table.push({ alias, kind, id: entity.id, name: entity.name });
  };
  actors.forEach((a) => add('actor', a));
  places.forEach((p) => add('place', p));
  return table.sort((a, b) => b.alias.length - a.alias.length || a.alias.localeCompare(b.alias));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A pattern for one alias as a whole word: not inside a longer word
 * ("Russland" not in "Russlands"; an inflected form is its own alias), with
 * any whitespace where the alias has a space.
 */
export function aliasPattern(alias: string): RegExp {
  const body = alias.trim().split(/\s+/).map(escapeRegExp).join('\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, 'gu');
}

/** Aliases that name more than one entity: ambiguous, so the build refuses them. */
export function ambiguousAliases(table: readonly Mention[]): Map<string, Mention[]> {
  const byAlias = new Map<string, Mention[]>();
  for (const m of table) byAlias.set(m.alias, [...(byAlias.get(m.alias) ?? []), m]);
  return new Map([...byAlias].filter(([, ms]) => new Set(ms.map((m) => `${m.kind}:${m.id}`)).size > 1));
}

/**
 * For each entity ("actor:id" / "place:id"), the 1-based numbers of the
 * paragraphs that mention it. Like the links in the article, longer aliases
 * win: "Almaty" inside "Flughafen von Almaty" counts for the airport only.
 */
export function mentionParagraphs(paragraphs: readonly string[], table: readonly Mention[]): Map<string, number[]> {
  const result = new Map<string, number[]>();
  const texts = [...paragraphs];
  for (const mention of table) {
    const key = `${mention.kind}:${mention.id}`;
    const pattern = aliasPattern(mention.alias);
    texts.forEach((text, index) => {
      const masked = text.replace(pattern, (match) => '\u0000'.repeat(match.length));
      if (masked !== text) {
        texts[index] = masked;
        const list = result.get(key) ?? [];
        if (!list.includes(index + 1)) list.push(index + 1);
        result.set(
          key,
          list.sort((a, b) => a - b),
        );
      }
    });
  }
  return result;
}

export interface MentionInContext {
  /** 1-based paragraph number (#absatz-N). */
  paragraph: number;
  /** The sentence around the mention, split into the part before, the mention, and after. */
  before: string;
  match: string;
  after: string;
}

/**
 * Every mention of every entity with its sentence as context. Sentences come
 * from Intl.Segmenter (German rules), the platform's own segmentation.
 * Longer aliases win, as in the article's links.
 */
export function mentionsInContext(
  paragraphs: readonly string[],
  table: readonly Mention[],
): Map<string, MentionInContext[]> {
  const segmenter = new Intl.Segmenter('de', { granularity: 'sentence' });
  const sentences = paragraphs.map((text) =>
    [...segmenter.segment(text)].map((s) => ({ start: s.index, text: s.segment })),
  );
  const masked = [...paragraphs];
  const result = new Map<string, MentionInContext[]>();
  for (const mention of table) {
    const key = `${mention.kind}:${mention.id}`;
    const pattern = aliasPattern(mention.alias);
    masked.forEach((text, index) => {
      for (const match of text.matchAll(pattern)) {
        const at = match.index;
        const sentence = sentences[index]!.find((s) => at >= s.start && at < s.start + s.text.length)!;
        const offset = at - sentence.start;
        const original = paragraphs[index]!;
        const list = result.get(key) ?? [];
        list.push({
          paragraph: index + 1,
          before: sentence.text.slice(0, offset).trimStart(),
          match: original.slice(at, at + match[0].length),
          after: sentence.text.slice(offset + match[0].length).trimEnd(),
        });
        result.set(key, list);
      }
      masked[index] = text.replace(pattern, (m) => '\u0000'.repeat(m.length));
    });
  }
  for (const list of result.values()) list.sort((a, b) => a.paragraph - b.paragraph);
  return result;
}
