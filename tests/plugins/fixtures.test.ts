/**
 * Input → output fixtures for each Markdown plugin of the project:
 * tests/plugins/fixtures/<plugin>/<case>/input.md (with frontmatter) and
 * output.html, or error.txt for a case that must fail with that message;
 * options.json, where present, holds the options of the plugin under test.
 * UPDATE_FIXTURES=1 writes the current output (review it before committing).
 */
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified, type PluggableList } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import rehypeEntityLinks from '../../src/plugins/rehype-entity-links.ts';
import rehypeEvidence from '../../src/plugins/rehype-evidence.ts';
import rehypeParagraphIds from '../../src/plugins/rehype-paragraph-ids.ts';
import rehypeFactChecks from '../../src/plugins/rehype-fact-checks.ts';
import rehypeParagraphLinks from '../../src/plugins/rehype-paragraph-links.ts';
import remarkRejectHtml from '../../src/plugins/remark-reject-html.ts';

const FIXTURES = join(import.meta.dirname, 'fixtures');

type Pipeline = (options: unknown) => { remark: PluggableList; rehype: PluggableList };

const pipelines: Record<string, Pipeline> = {
  'remark-reject-html': () => ({ remark: [remarkRejectHtml], rehype: [] }),
  'rehype-paragraph-ids': () => ({ remark: [], rehype: [rehypeParagraphIds] }),
  'rehype-evidence': () => ({ remark: [], rehype: [rehypeEvidence] }),
  'rehype-entity-links': (options) => ({ remark: [], rehype: [[rehypeEntityLinks, options]] }),
  'rehype-paragraph-links': () => ({ remark: [], rehype: [rehypeParagraphIds, rehypeParagraphLinks] }),
  'rehype-fact-checks': () => ({ remark: [], rehype: [rehypeParagraphIds, rehypeFactChecks] }),
  // The order of astro.config.mjs.
  pipeline: () => ({
    remark: [remarkRejectHtml],
    rehype: [rehypeEvidence, rehypeEntityLinks, rehypeParagraphIds, rehypeParagraphLinks, rehypeFactChecks],
  }),
};

async function render(plugin: string, input: string, options?: unknown): Promise<string> {
  const { frontmatter, content } = parseFrontmatter(input);
  const { remark, rehype } = pipelines[plugin]!(options);
  const file = new VFile({ path: 'input.md', value: content, data: { astro: { frontmatter } } });
  const processor = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remark)
    .use(remarkRehype)
    .use(rehype)
    .use(rehypeStringify);
  return String(await processor.process(file));
}

for (const plugin of readdirSync(FIXTURES).sort()) {
  describe(plugin, () => {
    it('has a pipeline', () => expect(pipelines[plugin]).toBeDefined());
    for (const name of readdirSync(join(FIXTURES, plugin)).sort()) {
      const dir = join(FIXTURES, plugin, name);
      const input = readFileSync(join(dir, 'input.md'), 'utf8');
      const errorFile = join(dir, 'error.txt');
      const outputFile = join(dir, 'output.html');
      const optionsFile = join(dir, 'options.json');
      const options = existsSync(optionsFile) ? JSON.parse(readFileSync(optionsFile, 'utf8')) : undefined;
      if (existsSync(errorFile)) {
        it(`${name}: fails with the expected message`, async () => {
          await expect(render(plugin, input, options)).rejects.toThrow(readFileSync(errorFile, 'utf8').trim());
        });
      } else {
        it(`${name}: renders the expected HTML`, async () => {
          const output = await render(plugin, input, options);
          if (process.env.UPDATE_FIXTURES === '1') writeFileSync(outputFile, `${output.trim()}\n`);
          expect(output.trim()).toBe(readFileSync(outputFile, 'utf8').trim());
        });
      }
    }
  });
}
