/**
 * Input → output fixtures for each Markdown plugin of the project:
 * tests/plugins/fixtures/<plugin>/<case>/input.md and output.html, or
 * error.txt for a case whose rendering must fail with that message;
 * options.json, where present, holds the plugin list's options ({ base }).
 *
 * input.md is an article as the content loader reads it: its frontmatter is
 * the article's (title, dek, published, referenceDate, source and language
 * default as in tests/unit/helpers.ts), plus a fixture-only key `registry:`
 * with the registry entries the case needs ({ actors: { <id>: {…} }, places,
 * sources, events }). An entry gives what matters to the case; the fields
 * every entry of its kind needs default to: actor kind "person" and one
 * role; place kind "city", coordinates, precision 1 and the source
 * "testquelle"; event date 2022-01-11, dated by "testquelle".
 *
 * The harness takes the loader's path (src/content.config.ts): the
 * registries through their schemas, the frontmatter through the article
 * schema, analyseArticle() on the body, renderFrontmatter() handed to the
 * plugins as data.astro.frontmatter. The plugins come from the one plugin
 * list (src/plugins/index.ts); a single plugin's case runs its entry of that
 * list (and the entries it needs before it), the `pipeline` cases run the
 * whole list.
 *
 * The loader stops at any problem the analysis reports and never renders
 * such an article. A case may show such a problem: problems.txt holds what
 * the analysis reports (without it, the analysis must report none), and the
 * case still renders, to show what the plugins make of the analysis.
 *
 * UPDATE_FIXTURES=1 writes the current output.html and problems.txt (read
 * them before committing).
 */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified, type Pluggable, type PluggableList } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { analyseArticle } from '../../src/lib/analysis/analyse.ts';
import { describeProblems } from '../../src/lib/analysis/problems.ts';
import { renderFrontmatter } from '../../src/lib/analysis/render-data.ts';
import { splitFrontmatter } from '../../src/lib/analysis/yaml.ts';
import { lagebildRehypePlugins, lagebildRemarkPlugins } from '../../src/plugins/index.ts';
import rehypeEntityLinks from '../../src/plugins/rehype-entity-links.ts';
import rehypeEvidence from '../../src/plugins/rehype-evidence.ts';
import rehypeFactChecks from '../../src/plugins/rehype-fact-checks.ts';
import rehypeParagraphIds from '../../src/plugins/rehype-paragraph-ids.ts';
import rehypeParagraphLinks from '../../src/plugins/rehype-paragraph-links.ts';
import rehypeSubheadings from '../../src/plugins/rehype-subheadings.ts';
import remarkRejectHtml from '../../src/plugins/remark-reject-html.ts';
import { actor, articleData, place, testCorpus, TEST_SOURCE } from '../unit/helpers.ts';

const FIXTURES = join(import.meta.dirname, 'fixtures');
const UPDATE = process.env.UPDATE_FIXTURES === '1';

type Plugin = (...args: never[]) => unknown;
type Raw = Record<string, unknown>;

/**
 * The plugins each fixture folder runs, picked from the plugin list in its
 * order: the plugin itself and those whose output it reads.
 */
const selections: Record<string, { remark: Plugin[]; rehype: Plugin[] } | 'all'> = {
  'remark-reject-html': { remark: [remarkRejectHtml], rehype: [] },
  'rehype-paragraph-ids': { remark: [], rehype: [rehypeParagraphIds] },
  'rehype-subheadings': { remark: [], rehype: [rehypeSubheadings, rehypeParagraphIds] },
  'rehype-evidence': { remark: [], rehype: [rehypeEvidence] },
  'rehype-entity-links': { remark: [], rehype: [rehypeEntityLinks] },
  'rehype-paragraph-links': { remark: [], rehype: [rehypeParagraphIds, rehypeParagraphLinks] },
  'rehype-fact-checks': { remark: [], rehype: [rehypeParagraphIds, rehypeFactChecks] },
  pipeline: 'all',
};

const pluginOf = (entry: unknown): unknown => (Array.isArray(entry) ? entry[0] : entry);

/** The entries of `list` whose plugin is one of `plugins`, in the list's order. */
function pick(list: readonly unknown[], plugins: readonly Plugin[]): PluggableList {
  const picked = list.filter((entry) => plugins.includes(pluginOf(entry) as Plugin));
  expect(picked, 'every plugin of the case is in the plugin list').toHaveLength(plugins.length);
  return picked as Pluggable[];
}

function pipeline(plugin: string, base: string): { remark: PluggableList; rehype: PluggableList } {
  const remark = lagebildRemarkPlugins();
  const rehype = lagebildRehypePlugins({ base });
  const selection = selections[plugin]!;
  if (selection === 'all') return { remark: remark as PluggableList, rehype: rehype as PluggableList };
  return { remark: pick(remark, selection.remark), rehype: pick(rehype, selection.rehype) };
}

/** Registry entries with the fields every entry of their kind needs. */
function registryInput(registry: Raw = {}) {
  const each = (kind: string, fill: (entry: Raw) => Raw) =>
    Object.fromEntries(Object.entries((registry[kind] ?? {}) as Record<string, Raw>).map(([id, e]) => [id, fill(e)]));
  return {
    actors: each('actors', (e) => actor(String(e['name']), e)),
    places: each('places', (e) => place(String(e['name']), e)),
    sources: each('sources', (e) => e),
    events: each('events', (e) => ({ date: '2022-01-11', dateSources: [TEST_SOURCE], ...e })),
  };
}

/** The loader's path up to the render: schema, analysis, render frontmatter. */
function analyse(input: string) {
  const { frontmatter, body, bodyLine } = splitFrontmatter(input, 'input.md');
  const { registry, ...article } = (frontmatter.value ?? {}) as Raw;
  const { registries } = testCorpus({ ...registryInput(registry as Raw | undefined), articles: [] });
  const data = articleData('input', article);
  const { analysis, problems } = analyseArticle({ slug: 'input', data, body, bodyLine }, registries);
  // The loader hands it over as JSON in the frontmatter of the render.
  const lagebild = JSON.parse(JSON.stringify(renderFrontmatter({ data, analysis }, registries))) as Raw;
  return {
    body,
    lagebild,
    paragraphs: analysis.paragraphs.map((p) => p.n),
    problems: describeProblems(problems, frontmatter.value, frontmatter),
  };
}

async function render(plugin: string, body: string, frontmatter: Raw, base: string): Promise<string> {
  const { remark, rehype } = pipeline(plugin, base);
  const file = new VFile({ path: 'input.md', value: body, data: { astro: { frontmatter } } });
  const processor = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remark)
    .use(remarkRehype)
    .use(rehype)
    .use(rehypeStringify);
  return String(await processor.process(file));
}

const read = (path: string) => (existsSync(path) ? readFileSync(path, 'utf8').trim() : undefined);

describe('the plugin list', () => {
  it('has fixtures for every plugin', () => {
    const covered = Object.values(selections).flatMap((s) => (s === 'all' ? [] : [...s.remark, ...s.rehype]));
    for (const entry of [...lagebildRemarkPlugins(), ...lagebildRehypePlugins({ base: '/' })]) {
      expect(covered).toContain(pluginOf(entry));
    }
  });
});

for (const plugin of readdirSync(FIXTURES).sort()) {
  describe(plugin, () => {
    it('has a pipeline', () => expect(selections[plugin]).toBeDefined());
    for (const name of readdirSync(join(FIXTURES, plugin)).sort()) {
      const dir = join(FIXTURES, plugin, name);
      const input = readFileSync(join(dir, 'input.md'), 'utf8');
      const errorFile = join(dir, 'error.txt');
      const outputFile = join(dir, 'output.html');
      const problemsFile = join(dir, 'problems.txt');
      const options = (read(join(dir, 'options.json')) ? JSON.parse(read(join(dir, 'options.json'))!) : {}) as {
        base?: string;
      };
      const base = options.base ?? '/';

      it(`${name}: the analysis reports ${existsSync(problemsFile) ? 'the expected problems' : 'no problem'}`, () => {
        const { problems } = analyse(input);
        if (UPDATE) {
          if (problems.length) writeFileSync(problemsFile, `${problems.join('\n')}\n`);
          else rmSync(problemsFile, { force: true });
        }
        expect(problems.join('\n')).toBe(read(problemsFile) ?? '');
      });

      if (existsSync(errorFile)) {
        it(`${name}: fails with the expected message`, async () => {
          const { body, lagebild } = analyse(input);
          await expect(render(plugin, body, lagebild, base)).rejects.toThrow(read(errorFile)!);
        });
      } else {
        it(`${name}: renders the expected HTML`, async () => {
          const { body, lagebild } = analyse(input);
          const output = (await render(plugin, body, lagebild, base)).trim();
          if (UPDATE) writeFileSync(outputFile, `${output}\n`);
          expect(output).toBe(read(outputFile));
        });

        it(`${name}: numbers exactly the paragraphs the analysis counts`, async () => {
          const { body, lagebild, paragraphs } = analyse(input);
          const output = await render(plugin, body, lagebild, base);
          const numbered = [...output.matchAll(/<p id="absatz-(\d+)"/g)].map((m) => Number(m[1]));
          if (numbered.length) expect(numbered).toEqual(paragraphs);
        });
      }
    }
  });
}
