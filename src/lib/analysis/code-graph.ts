/**
 * The site's own modules that shape an article's analysis and HTML: the
 * module graph from the content layer (src/content.config.ts) and the
 * Markdown plugins (src/plugins/index.ts), as the bundler resolves it. The
 * digest that keys an article's cached analysis and HTML is made of these
 * files, so that a change to any module they import (a label, a URL helper)
 * renders the article again; a hand-kept list of folders missed some.
 * esbuild is the bundler under Astro's Vite; type-only imports drop out, as
 * they change no output.
 */
import { buildSync } from 'esbuild';
import { join } from 'node:path';

const ENTRIES = ['src/content.config.ts', 'src/plugins/index.ts'];

/** The project files (relative to `root`) that the content layer and the plugins import, sorted. */
export function contentCodeFiles(root: string): string[] {
  const result = buildSync({
    absWorkingDir: root,
    entryPoints: ENTRIES.map((entry) => join(root, entry)),
    bundle: true,
    write: false,
    metafile: true,
    platform: 'node',
    format: 'esm',
    outdir: join(root, '.code-graph'),
    logLevel: 'silent',
    // Packages are the lock file's business; Astro's virtual modules and Vite's ?raw / ?url imports are no files.
    packages: 'external',
    external: ['astro:*', '*?raw', '*?url'],
  });
  return Object.keys(result.metafile.inputs)
    .filter((file) => !file.startsWith('node_modules/'))
    .sort();
}
