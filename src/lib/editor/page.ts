/**
 * A web page and what it says about itself: fetched with Node's fetch
 * (redirects followed, a time limit), its metadata read with html-metadata.
 *
 * Why html-metadata and not metascraper: html-metadata (the library behind
 * Wikipedia's Citoid) returns each vocabulary as the page wrote it (JSON-LD,
 * Open Graph, Dublin Core, Highwire Press, schema.org microdata, <title>,
 * <html lang>), so the choice below is ours and never a guess; it installs
 * as two small packages. metascraper's rules decide for us and guess:
 * metascraper-date prefers JSON-LD `dateModified` to `datePublished` and
 * falls back to any text in elements whose class or id contains »date«; and
 * its helper package needs the native module re2, which npm compiles from
 * C++ here (more than five minutes on two cores, for npm's own Node 20, not
 * for the Node 24 the project runs on).
 */
import transliterate from '@sindresorhus/transliterate';
import htmlMetadata from 'html-metadata';
import { isPartialDate } from '../format/dates.ts';
import { slugify } from '../format/urls.ts';

/** What an editor can act on: the command prints the message alone, without a stack trace. */
export class EditorError extends Error {
  /** The page could not be reached at all (no answer, no connection), as opposed to an answer that refuses it. */
  readonly unreachable: boolean;
  constructor(message: string, options: { unreachable?: boolean } = {}) {
    super(message);
    this.name = 'EditorError';
    this.unreachable = options.unreachable ?? false;
  }
}

/** "15 Sekunden", "1 Sekunde". */
const secondsLabel = (ms: number): string => {
  const s = Math.round(ms / 100) / 10;
  return `${String(s).replace('.', ',')} Sekunde${s === 1 ? '' : 'n'}`;
};

/** Why a request failed, in words an editor can act on (`what`: »Die Seite«, »Das Internet Archive«). */
export function requestFailure(error: unknown, what: string, url: string, timeoutMs: number): string {
  const host = URL.canParse(url) ? new URL(url).host : url;
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
    return `${what} (${host}) hat in ${secondsLabel(timeoutMs)} nicht geantwortet.`;
  }
  const cause = error instanceof Error ? (error.cause as { code?: string; message?: string } | undefined) : undefined;
  const code = cause?.code ?? '';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN')
    return `${what} ist nicht erreichbar: den Server ${host} findet das Netz nicht (DNS).`;
  if (code === 'ECONNREFUSED') return `${what} ist nicht erreichbar: ${host} nimmt keine Verbindung an.`;
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET')
    return `${what} ist nicht erreichbar: ${host} hat die Verbindung abgebrochen.`;
  if (/redirect count exceeded/i.test(cause?.message ?? '')) return `${what} leitet endlos weiter (${host}).`;
  const detail = cause?.message ?? (error instanceof Error ? error.message : String(error));
  return `${what} ist nicht erreichbar (${host}: ${detail}).`;
}

export interface FetchedPage {
  /** The address the page was found at, after every redirect. */
  url: string;
  html: string;
}

const HTML_TYPES = /^(?:text\/html|application\/xhtml\+xml)\b/i;

/** The page's text in its own encoding (a Russian page may still be windows-1251). */
function decode(bytes: Uint8Array, contentType: string): string {
  const declared =
    /charset=["']?([\w-]+)/i.exec(contentType)?.[1] ??
    /<meta[^>]+charset=["']?([\w-]+)/i.exec(new TextDecoder('latin1').decode(bytes.subarray(0, 2048)))?.[1];
  try {
    return new TextDecoder(declared ?? 'utf-8').decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

/** Fetches a web page; every failure is an EditorError with a German message. */
export async function fetchPage(url: string, timeoutMs: number): Promise<FetchedPage> {
  if (!URL.canParse(url) || !/^https?:$/.test(new URL(url).protocol)) {
    throw new EditorError(`»${url}« ist keine Webadresse; erwartet wird eine Adresse mit http:// oder https://.`);
  }
  const signal = AbortSignal.timeout(timeoutMs);
  try {
    const response = await fetch(url, {
      redirect: 'follow',
      signal,
      headers: { accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.1', 'user-agent': 'Lagebild-Quellen/1.0' },
    });
    if (!response.ok) {
      await response.body?.cancel();
      const status = `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
      if (response.status === 404 || response.status === 410) {
        throw new EditorError(
          `Die Seite gibt es nicht (${status}): ${response.url}. Prüfen Sie die Adresse; ist die Seite verschwunden, suchen Sie eine Archivkopie.`,
        );
      }
      if (response.status === 401 || response.status === 403) {
        throw new EditorError(
          `Der Server verweigert den Zugriff (${status}): ${response.url}. Legen Sie die Quelle von Hand an (docs/editor.md, »By hand«).`,
        );
      }
      throw new EditorError(
        `Der Server antwortet mit einem Fehler (${status}): ${response.url}. Versuchen Sie es später noch einmal.`,
      );
    }
    const type = response.headers.get('content-type') ?? '';
    if (!HTML_TYPES.test(type)) {
      await response.body?.cancel();
      throw new EditorError(
        `Unter ${response.url} steht keine Webseite, sondern ${type.split(';')[0] || 'ein Inhalt ohne Typangabe'}. ` +
          'Metadaten liest der Befehl nur aus HTML; legen Sie die Quelle von Hand an (docs/editor.md, »By hand«).',
      );
    }
    const html = decode(new Uint8Array(await response.arrayBuffer()), type);
    return { url: response.url, html };
  } catch (error) {
    if (error instanceof EditorError) throw error;
    throw new EditorError(
      `${requestFailure(error, 'Die Seite', url, timeoutMs)} Prüfen Sie die Adresse und die Verbindung.`,
      { unreachable: true },
    );
  }
}

/** What a page says about itself; a field it does not state is absent. */
export interface PageMetadata {
  title?: string;
  publisher?: string;
  /** "YYYY", "YYYY-MM" or "YYYY-MM-DD", as the page dates itself (its own time zone). */
  date?: string;
  /** A date the page states in a form that is not ISO 8601: shown to the editor, never converted. */
  unreadDate?: string;
  language?: string;
  author?: string;
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined ? [] : [value]);
const clean = (value: unknown): string | undefined => {
  const text = typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() : '';
  return text || undefined;
};
const isAddress = (text: string) => /^(?:https?:)?\/\//i.test(text);

/** A name from JSON-LD: a string, { name }, a reference { "@id" } to a node of the page, or a list of them (joined). URLs are not names. */
function names(value: unknown, nodes: ReadonlyMap<string, Json> = new Map()): string | undefined {
  const found = asList(value)
    .map((item) => (isObject(item) && typeof item['@id'] === 'string' && !item.name ? nodes.get(item['@id']) : item))
    .map((item) => clean(isObject(item) ? item.name : item))
    .filter((name): name is string => !!name && !isAddress(name));
  return found.length ? [...new Set(found)].join(', ') : undefined;
}

const ARTICLE_TYPE = /Article$|^(?:Report|ReportageNews|BlogPosting|WebPage|LiveBlogPosting)$/;

/**
 * The JSON-LD item that describes the page itself (a NewsArticle, an Article,
 * a WebPage), from @graph too, and every node by its @id (Yoast and others
 * name the author and publisher by reference).
 */
function jsonLdArticle(jsonLd: unknown): { article: Json; nodes: Map<string, Json> } {
  const items = asList(jsonLd)
    .flatMap((item) => (isObject(item) && Array.isArray(item['@graph']) ? item['@graph'] : [item]))
    .filter(isObject);
  const nodes = new Map(items.flatMap((item) => (typeof item['@id'] === 'string' ? [[item['@id'], item]] : [])));
  const rank = (item: Json) => {
    const types = asList(item['@type']).map(String);
    return types.some((t) => /Article$|^Report|Posting$/.test(t)) ? 0 : types.some((t) => ARTICLE_TYPE.test(t)) ? 1 : 2;
  };
  const article = items.filter((item) => rank(item) < 2).sort((a, b) => rank(a) - rank(b))[0] ?? {};
  return { article, nodes };
}

/** An ISO 8601 date or date-time → the calendar date as the page wrote it; undefined for anything else. */
function isoDay(value: string): string | undefined {
  const match = /^(\d{4}(?:-\d{2}(?:-\d{2})?)?)(?:$|[T ]\d)/.exec(value.trim());
  return match && isPartialDate(match[1]!) ? match[1] : undefined;
}

/** "ru-RU", "ru_RU", "RU" → "ru"; anything that is no language tag → undefined. */
function languageCode(value: string | undefined): string | undefined {
  const code = value?.trim().split(/[-_]/)[0]?.toLowerCase();
  return code && /^[a-z]{2,3}$/.test(code) ? code : undefined;
}

const first = (...values: (string | undefined)[]): string | undefined => values.find((v) => v !== undefined);

/**
 * Chooses title, publisher, date, language and author from the page's own
 * metadata, the most specific vocabulary first (the article's JSON-LD, then
 * Open Graph, Dublin Core, Highwire Press, microdata, then <title> and
 * <html lang>). Nothing is inferred from the URL or from the visible text.
 */
export async function readPageMetadata(html: string): Promise<PageMetadata> {
  let meta: Json;
  try {
    meta = (await htmlMetadata.loadFromString(html)) as Json;
  } catch {
    // html-metadata rejects a page without any metadata: then the page states nothing.
    return {};
  }
  const group = (key: string): Json => (isObject(meta[key]) ? meta[key] : {});
  const { article, nodes } = jsonLdArticle(meta.jsonLd);
  const og = group('openGraph');
  const dc = group('dublinCore');
  const hw = group('highwirePress');
  const general = group('general');
  const microdata = asList(group('schemaOrg').items)
    .filter(isObject)
    .map((item) => (isObject(item.properties) ? item.properties : {}))
    .find((p) => p.datePublished || p.headline);
  const micro = (key: string) => clean(asList(microdata?.[key])[0]);
  const text = (value: unknown) => clean(asList(value)[0]);

  const title = first(
    clean(article.headline),
    clean(article.name),
    text(og.title),
    text(dc.title),
    text(hw.title),
    micro('headline'),
    text(group('twitter').title),
    clean(general.title),
  );
  const publisher = first(
    names(article.publisher, nodes),
    text(og.site_name),
    text(dc.publisher),
    text(hw.publisher),
    text(hw.journal_title),
  );
  const author = first(
    names(article.author, nodes),
    names(asList(og.author).filter((a) => typeof a === 'string' && !isAddress(a))),
    names(dc.creator),
    names(hw.author),
    clean(general.author),
  );
  const dates = [
    clean(article.datePublished),
    clean(article.dateCreated),
    text(og.published_time),
    text(dc.date),
    text(dc['date.issued']),
    text(hw.publication_date),
    text(hw.date),
    micro('datePublished'),
  ].filter((d): d is string => !!d);
  const date = dates.map(isoDay).find((d) => d !== undefined);
  const language = first(
    ...[clean(article.inLanguage), clean(general.lang), text(dc.language), text(og.locale)].map(languageCode),
  );
  return {
    ...(title && { title }),
    ...(publisher && { publisher }),
    ...(date ? { date } : dates[0] && { unreadDate: dates[0] }),
    ...(language && { language }),
    ...(author && { author }),
  };
}

/** A readable id: lowercase ASCII (Cyrillic transliterated), at most `words` words. */
export function idWords(text: string, words: number): string {
  return slugify(transliterate(text)).split('-').slice(0, words).join('-');
}
