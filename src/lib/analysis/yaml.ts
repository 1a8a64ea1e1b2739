/**
 * YAML with positions: content files (registry entries and article
 * frontmatter) are parsed here so that every problem can name the line of
 * the file it stands on. YAML 1.2 (the `yaml` library's default): an unquoted
 * 2022-01-11 stays the string "2022-01-11", as a calendar date should.
 */
import { isMap, isSeq, LineCounter, parseDocument, type Document } from 'yaml';

export interface ParsedYaml {
  value: unknown;
  /** The 1-based line of a path in the file, or undefined. */
  lineOf(path: readonly (string | number)[]): number | undefined;
}

export class ContentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ContentError';
  }
}

/**
 * @param firstLine the file line of the YAML's first line (2 for frontmatter after "---").
 */
export function parseYaml(source: string, file: string, firstLine = 1): ParsedYaml {
  const counter = new LineCounter();
  const doc: Document = parseDocument(source, { lineCounter: counter, prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length) {
    const lines = doc.errors.map((e) => {
      const line = e.linePos?.[0]?.line;
      const message = e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
      return `  ${line === undefined ? '' : `line ${line + firstLine - 1}: `}${message}; expected valid YAML (put text with a colon in quotes: title: "Krise: …")`;
    });
    throw new ContentError(`Lagebild could not read ${file}:\n${lines.join('\n')}`);
  }
  return {
    value: doc.toJS(),
    lineOf(path) {
      for (let depth = path.length; depth >= 0; depth -= 1) {
        const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth), true);
        const range = (node as { range?: [number, number, number] } | undefined)?.range;
        if (range && (isMap(node) || isSeq(node) || node)) return counter.linePos(range[0]).line + firstLine - 1;
      }
      return undefined;
    },
  };
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/;

/** Splits a Markdown file into its frontmatter (parsed) and body, with the body's first line. */
export function splitFrontmatter(
  source: string,
  file: string,
): { frontmatter: ParsedYaml; body: string; bodyLine: number } {
  const match = FRONTMATTER.exec(source);
  if (!match) {
    throw new ContentError(
      `Lagebild could not read ${file}:\n  line 1: expected the frontmatter between two lines "---" at the top of the file`,
    );
  }
  const frontmatter = parseYaml(match[1]!, file, 2);
  const body = source.slice(match[0].length);
  const bodyLine = match[0].split('\n').length;
  return { frontmatter, body, bodyLine };
}
