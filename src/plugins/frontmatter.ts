import type { VFile } from 'vfile';

/**
 * The raw (not yet schema-checked) frontmatter Astro hands to Markdown plugins.
 * Plugins read it defensively: the schema and integrity checks report bad
 * content with file and field; a plugin only skips what it cannot use.
 */
export function frontmatterOf(file: VFile): Record<string, unknown> {
  const astro = (file.data as { astro?: { frontmatter?: unknown } }).astro;
  const frontmatter = astro?.frontmatter;
  return frontmatter && typeof frontmatter === 'object' ? (frontmatter as Record<string, unknown>) : {};
}

export function arrayField(frontmatter: Record<string, unknown>, key: string): Record<string, unknown>[] {
  const value = frontmatter[key];
  return Array.isArray(value)
    ? value.filter((item): item is Record<string, unknown> => !!item && typeof item === 'object')
    : [];
}
