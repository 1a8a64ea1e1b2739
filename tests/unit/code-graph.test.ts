/**
 * The digest of an article's cached HTML follows what the code really
 * imports: the modules the plugins use for labels, URLs and evidence anchors
 * are in it (a hand-kept list of folders left them out, so a warm build
 * served old HTML after they changed).
 */
import { describe, expect, it } from 'vitest';
import { contentCodeFiles } from '../../src/lib/analysis/code-graph.ts';
import { ROOT } from './helpers.ts';

describe('the code behind an article’s HTML', () => {
  const files = contentCodeFiles(ROOT);

  it('holds the modules the Markdown plugins and the analysis import', () => {
    for (const file of [
      'src/plugins/index.ts',
      'src/content.config.ts',
      'src/lib/analysis/analyse.ts',
      'src/lib/format/urls.ts',
      'src/lib/format/labels.ts',
      'src/lib/format/evidence.ts',
      'src/lib/format/dates.ts',
      'src/schemas/article.ts',
    ]) {
      expect(files, file).toContain(file);
    }
  });

  it('leaves out what no article page’s HTML depends on through the content layer', () => {
    expect(files).not.toContain('src/scripts/place-map.ts');
    expect(files.some((f) => f.startsWith('node_modules/'))).toBe(false);
  });
});
