import type { VFile } from 'vfile';
import type { RenderData } from '../lib/analysis/render-data.ts';

/**
 * The analysis the content loader hands to the Markdown plugins (see
 * src/lib/analysis/render-data.ts): ranges in the text of each top-level
 * paragraph, the subheadings' ids and the fact-check notes. A file without
 * it gets none.
 */
export function renderDataOf(file: VFile): RenderData {
  const astro = (file.data as { astro?: { frontmatter?: { lagebild?: Partial<RenderData> } } }).astro;
  const data = astro?.frontmatter?.lagebild;
  return {
    subheadings: data?.subheadings ?? [],
    evidence: data?.evidence ?? [],
    mentions: data?.mentions ?? [],
    factChecks: data?.factChecks ?? [],
  };
}
