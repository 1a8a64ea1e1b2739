/**
 * What the Markdown plugins read: the analysis's ranges and the fact-check
 * notes with their sources, handed to the unified pipeline as the
 * frontmatter of the render (key `lagebild`). The plugins match nothing.
 */
import type { EvidenceRange, MentionRange } from './analyse.ts';
import { resolveCitations, type CorpusArticleInput } from './corpus.ts';
import type { Registries } from './registries.ts';
import { archiveLink, type ArchiveLink } from '../format/archive.ts';
import { designationLabel, sourceLabel } from '../format/labels.ts';

export interface RenderFactCheck {
  id: string;
  /** 1-based paragraph after which the note stands. */
  paragraph: number;
  /** The words of the text the note concerns (its evidence). */
  quote: string;
  note: string;
  checked: string;
  sources: {
    title: string;
    url?: string | undefined;
    archive?: ArchiveLink | undefined;
    /** The note on a designated outlet (src/config/outlets.ts). */
    designation?: string | undefined;
  }[];
}

export interface RenderData {
  /** The ids of the subheadings, in text order. */
  subheadings: string[];
  evidence: EvidenceRange[];
  mentions: MentionRange[];
  factChecks: RenderFactCheck[];
}

function renderData(input: Pick<CorpusArticleInput, 'data' | 'analysis'>, registries: Registries): RenderData {
  const { data, analysis } = input;
  const factChecks = data.factChecks.flatMap((f) => {
    const range = analysis.evidence.find((e) => e.kind === 'factCheck' && e.id === f.id);
    if (!range) return [];
    const sources = (resolveCitations(registries, f.sources) ?? []).map((s) => ({
      title: sourceLabel(s),
      url: s.url,
      archive: archiveLink(s),
      designation: designationLabel(s),
    }));
    return [{ id: f.id, paragraph: range.paragraph, quote: f.evidence, note: f.note, checked: f.checked, sources }];
  });
  return {
    subheadings: analysis.subheadings.map((h) => h.id),
    evidence: analysis.evidence.filter((e) => e.paragraph > 0),
    mentions: analysis.mentions,
    factChecks,
  };
}

export function renderFrontmatter(input: Pick<CorpusArticleInput, 'data' | 'analysis'>, registries: Registries) {
  return { lagebild: renderData(input, registries) };
}
