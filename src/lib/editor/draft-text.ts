/**
 * The text of a draft as delivered, made into the article's Markdown body
 * without losing a word:
 *
 * - the metadata line (»date 2022-01 credit caption«): its date, and either
 *   a photo credit with its caption or, where it names no credit, the lede
 *   that follows the date, which stays in the text as its first paragraph;
 * - paragraphs: blank lines between them, or one line each where the text
 *   has none;
 * - subheadings: a short line without final punctuation between two
 *   paragraphs becomes »## …« (a subheading, not a numbered paragraph).
 */
import { isPartialDate } from '../format/dates.ts';
import { short } from '../analysis/problems.ts';

/** A delivered text's first line: »date 2022-01 Valery Sharifulin/imago images/ITAR-TASS Friedenstruppe …«. */
const METADATA = /^\s*date\s+(\d{4}(?:-\d{2}){0,2})(?:\s+(.+?))?\s*$/;
/** A caption's closing date in parentheses: »… in Almaty (11.1.2022)«. */
const CAPTION_DATE = /\s*\(([^()]+)\)\s*$/;
/**
 * A credit's word with a slash (»Sharifulin/imago«, »REUTERS/Pavel«) stands
 * among the first words of a photo line; a slash further on is part of a
 * sentence (»die 50/50-Regel«), not a credit.
 */
const CREDIT_WORDS = 6;

interface Metadata {
  published: string;
  /** A photo line: the credit and the caption (with the date it closes with, as written). */
  photo?: { credit: string; caption: string; captionDate?: string | undefined } | undefined;
  /** A line whose words after the date name no credit: the lede, now the body's first paragraph. */
  lede?: string | undefined;
}

/**
 * The metadata line: its date, then credit and caption. A photo credit names
 * its agency with a slash (»Name/Agentur«), so the credit ends with the last
 * such word among the line's first words. Where the agency comes first
 * (»REUTERS/Pavel Mikheyev«, »dpa/Michael Kappeler«: an agency in capitals or
 * lower case before the slash, a given name after it), the photographer's
 * surname is the credit's last word. Many sites name the credit last,
 * after the caption (»… in der Stadt hinterlassen. Foto: EPA«). A line
 * without either names no photo: its words are the text's beginning.
 */
function readMetadata(line: string): Metadata | undefined {
  const match = METADATA.exec(line);
  if (!match || !isPartialDate(match[1]!)) return undefined;
  const published = match[1]!;
  const rest = match[2];
  if (!rest) return { published };
  const trailing = TRAILING_CREDIT.exec(rest);
  if (trailing) return { published, photo: { credit: trailing[2]!, ...captionAndDate(trailing[1]!) } };
  const words = rest.split(/\s+/);
  let last = words.slice(0, CREDIT_WORDS).findLastIndex((w) => /\p{L}\/\p{L}/u.test(w));
  if (last < 0) return { published, lede: rest };
  const [agency = '', givenName = ''] = words[last]!.split('/').slice(-2);
  const agencyFirst = /^(?:\p{Lu}{2,}|\p{Ll}+)$/u.test(agency) && /^\p{Lu}\p{Ll}+$/u.test(givenName);
  if (agencyFirst && last < words.length - 2 && /^\p{Lu}\p{Ll}+$/u.test(words[last + 1]!)) last += 1;
  return {
    published,
    photo: { credit: words.slice(0, last + 1).join(' '), ...captionAndDate(words.slice(last + 1).join(' ')) },
  };
}

/** A credit after the caption: »Foto: EPA«, »Bild: Reuters/Pavel Mikheyev« (a few words, no sentence). */
const TRAILING_CREDIT = /^(.+?[.!?…«»)])\s+(?:Foto|Fotos|Bild|Bilder):\s*([^.!?]{1,60})$/u;

/** A caption and the date it closes with, as written (»… (11.1.2022)«). */
function captionAndDate(text: string): { caption: string; captionDate?: string | undefined } {
  const date = CAPTION_DATE.exec(text);
  return date ? { caption: text.slice(0, date.index), captionDate: date[1] } : { caption: text };
}

/** A subheading is short: at most this many characters and words. */
const SUBHEADING_CHARACTERS = 70;
const SUBHEADING_WORDS = 8;
/** A sentence, a quote or a list item ends with one of these; a subheading does not. */
const FINAL_PUNCTUATION = /[.!?:;,…"'«»“”‘’)\]–-]$/u;
/** A line Markdown reads as something else than a paragraph (a list, a quote, a heading, a table). */
const MARKDOWN_BLOCK = /^(?:[#>*+|-]|\d+[.)]\s)/u;

function isSubheading(block: string): boolean {
  const line = block.trim();
  return (
    !line.includes('\n') &&
    line.length <= SUBHEADING_CHARACTERS &&
    line.split(/\s+/).length <= SUBHEADING_WORDS &&
    /^[\p{Lu}\p{N}]/u.test(line) &&
    !FINAL_PUNCTUATION.test(line) &&
    !MARKDOWN_BLOCK.test(line)
  );
}

export interface DraftText {
  /** The Markdown body: paragraphs, with »## « before each subheading. */
  body: string;
  metadata?: Metadata | undefined;
  subheadings: string[];
  /** What was changed in the text's form, for the editor (no word is lost). */
  warnings: string[];
}

/** The delivered text as the article's body (see the module's comment). */
export function draftText(text: string): DraftText {
  const warnings: string[] = [];
  const lines = text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n');
  const metadata = readMetadata(lines[0] ?? '');
  const rest = (metadata ? lines.slice(1) : lines).join('\n').trim();
  let blocks = rest ? rest.split(/\n[ \t]*\n/) : [];
  if (blocks.length === 1 && blocks[0]!.includes('\n')) {
    blocks = blocks[0]!.split(/\n/).filter((l) => l.trim());
    warnings.push('The text had no blank lines between paragraphs: each line became a paragraph.');
  }
  if (metadata?.lede) {
    blocks.unshift(metadata.lede);
    warnings.push(
      `The metadata line names no photo credit (no word like »Name/Agentur«): its words after the date are the first paragraph (»${short(metadata.lede, 60)}«); the draft has no photo.`,
    );
  }
  const subheadings: string[] = [];
  blocks = blocks.map((block, i) => {
    if (i === 0 || i === blocks.length - 1 || !isSubheading(block)) return block.trimEnd();
    subheadings.push(block.trim());
    return `## ${block.trim()}`;
  });
  for (const heading of subheadings)
    warnings.push(`A short line without final punctuation between paragraphs became a subheading: »## ${heading}«.`);
  return { body: blocks.length ? `${blocks.join('\n\n')}\n` : '\n', metadata, subheadings, warnings };
}
