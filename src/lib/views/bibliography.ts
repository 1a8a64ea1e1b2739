/**
 * The sources a page cites, each given in full once, in a list at the end of the
 * page's content; where a fact names its sources, it cites them short
 * (»junge Welt, 13. Januar 2022«) and links the entry. A long page cites the same
 * few sources hundreds of times (a month of the timeline: 320 citations of 5
 * sources); in full each time they were half of its bytes.
 *
 * The page's layout opens the list before it renders its content and draws it
 * after (src/layouts/BaseLayout.astro); each list of sources on the page adds
 * what it cites (src/components/SourceList.astro). The entries are ordered by
 * their citation (publisher first, as the reader saw it), so the list is the
 * same whatever order the page renders in.
 */
import type { Source } from '../analysis/model.ts';
import { citeLabel, sourceEntryLabel } from '../format/labels.ts';

export interface Bibliography {
  /** Records a cited source; the entry shows the source itself, without the citation's page or quote. */
  cite(source: Source): void;
  /** The cited sources, once each, in the order of their citations. */
  entries(): Source[];
}

export function pageBibliography(): Bibliography {
  const cited = new Map<string, Source>();
  return {
    cite(source) {
      if (!cited.has(source.id)) cited.set(source.id, { ...source, locator: undefined, quote: undefined });
    },
    entries() {
      const collator = new Intl.Collator('de');
      return [...cited.values()]
        .map((source) => ({ source, label: citeLabel(source) }))
        .sort((a, b) => collator.compare(a.label, b.label) || a.source.id.localeCompare(b.source.id))
        .map(({ source }) => source);
    },
  };
}

/**
 * Each source of one list with its short citation; where two of them would read
 * the same (two articles of one publisher on one day), both are cited with their titles.
 */
export function citations(sources: readonly Source[]): { source: Source; label: string }[] {
  const labels = sources.map((source) => citeLabel(source));
  return sources.map((source, i) => ({
    source,
    label:
      labels.indexOf(labels[i]!) === labels.lastIndexOf(labels[i]!)
        ? labels[i]!
        : [sourceEntryLabel(source), source.locator].filter(Boolean).join(', '),
  }));
}
