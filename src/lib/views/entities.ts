/**
 * Entity mentions as the views need them, read from the article's analysis
 * (the ranges were found once, by analyseArticle).
 */
import type { ArticleAnalysis, EntityKind } from '../analysis/analyse.ts';

export type { EntityKind };

/** "actor:tokajew" / "place:almaty": the key of an entity in the maps below. */
export const entityKey = (kind: EntityKind, id: string): string => `${kind}:${id}`;

/** For each entity, the 1-based numbers of the paragraphs that mention it, in order. */
export function mentionParagraphs(analysis: ArticleAnalysis): Map<string, number[]> {
  const result = new Map<string, number[]>();
  for (const m of analysis.mentions) {
    const key = entityKey(m.kind, m.id);
    const list = result.get(key) ?? [];
    if (!list.includes(m.paragraph)) list.push(m.paragraph);
    result.set(key, list);
  }
  for (const list of result.values()) list.sort((a, b) => a - b);
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

/** Every mention of every entity with its sentence as context, in text order. */
export function mentionsInContext(analysis: ArticleAnalysis): Map<string, MentionInContext[]> {
  const result = new Map<string, MentionInContext[]>();
  const ordered = [...analysis.mentions].sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
  for (const m of ordered) {
    const paragraph = analysis.paragraphs[m.paragraph - 1];
    if (!paragraph) continue;
    const sentence = paragraph.sentences.find((s) => m.start >= s.start && m.start < s.end) ?? {
      start: 0,
      end: paragraph.text.length,
    };
    const key = entityKey(m.kind, m.id);
    result.set(key, [
      ...(result.get(key) ?? []),
      {
        paragraph: m.paragraph,
        before: paragraph.text.slice(sentence.start, m.start).trimStart(),
        match: paragraph.text.slice(m.start, m.end),
        after: paragraph.text.slice(m.end, sentence.end).trimEnd(),
      },
    ]);
  }
  return result;
}
