/**
 * `npm run quelle`, run as an editor runs it, against pages served by a
 * local HTTP server (a news page with JSON-LD, one with only Open Graph, a
 * Russian page in windows-1251, a redirect, a 404, a PDF, a page that never
 * answers) and a local stand-in for the Internet Archive's availability API
 * and Save Page Now. The written files must pass the project's own source
 * schema, or be refused by the registry check for their TODOs.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { format } from 'date-fns';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EditorError, fetchPage, readPageMetadata } from '../../src/lib/editor/page.ts';
import { proposeId, sourceEntry } from '../../src/lib/editor/source-file.ts';
import { closestSnapshot } from '../../src/lib/editor/wayback.ts';
import { readRegistries } from '../../src/lib/analysis/registries.ts';
import { archiveLink } from '../../src/lib/format/archive.ts';
import { sourceSchema } from '../../src/schemas/source.ts';
import { ROOT } from './helpers.ts';

const TODAY = format(new Date(), 'yyyy-MM-dd');
const STAMP = TODAY.replaceAll('-', '');

const NEWS = `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>Kazakhstan says peacekeepers to leave | Reuters</title>
<meta property="og:title" content="Kazakhstan says peacekeepers to leave">
<script type="application/ld+json">
{"@context":"https://schema.org","@graph":[
 {"@type":"WebSite","@id":"https://www.reuters.com/#website","name":"Reuters.com","url":"https://www.reuters.com/"},
 {"@type":"Organization","@id":"https://www.reuters.com/#organization","name":"Reuters"},
 {"@type":"Person","@id":"https://www.reuters.com/authors/tom-balmforth/#person","name":"Tom Balmforth"},
 {"@type":"NewsArticle","headline":"Kazakhstan says Russia-led troops to start leaving in two days",
  "datePublished":"2022-01-11T23:40:00+06:00","dateModified":"2022-01-12T08:00:00Z","inLanguage":"en-US",
  "author":[{"@type":"Person","name":"Olzhas Auyezov"},{"@id":"https://www.reuters.com/authors/tom-balmforth/#person"}],
  "publisher":{"@id":"https://www.reuters.com/#organization"}}]}
</script></head>
<body><h1>Kazakhstan says Russia-led troops to start leaving in two days</h1><p>ALMATY, Jan 11 …</p></body></html>`;

const OPEN_GRAPH = `<!doctype html>
<html lang="de"><head><meta charset="utf-8">
<title>Abzug beginnt – Tagesnachrichten</title>
<meta property="og:type" content="article">
<meta property="og:title" content="Abzug der Friedenstruppe beginnt">
<meta property="og:site_name" content="Tagesnachrichten">
<meta property="article:published_time" content="2022-01-13">
</head><body><p>Text ohne weitere Angaben.</p></body></html>`;

const RUSSIAN = `<!doctype html>
<html lang="ru-RU"><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251">
<title>Шойгу: вывод миротворцев ОДКБ завершится 19 января</title>
<meta property="og:site_name" content="ТАСС">
<meta name="author" content="Ирина Петрова">
</head><body><p>Москва, 13 января.</p></body></html>`;

const NO_METADATA = `<!doctype html><html><head></head><body><p>Nur Text.</p></body></html>`;

/** windows-1251, as many Russian sites still serve their pages (Node has no encoder for it). */
function windows1251(text: string): Buffer {
  return Buffer.from(
    [...text].map((c) => {
      const code = c.codePointAt(0)!;
      if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0;
      if (c === 'Ё') return 0xa8;
      if (c === 'ё') return 0xb8;
      if (code > 0x7f) throw new Error(`no windows-1251 byte for ${c}`);
      return code;
    }),
  );
}

const open: ServerResponse[] = [];
function pages(request: IncomingMessage, response: ServerResponse) {
  const html = (body: string | Buffer, type = 'text/html; charset=utf-8') => {
    response.writeHead(200, { 'content-type': type });
    response.end(body);
  };
  switch (request.url) {
    case '/2022/01/11/nachricht':
      return html(NEWS);
    case '/og':
      return html(OPEN_GRAPH);
    case '/ru':
      return html(windows1251(RUSSIAN), 'text/html'); // the encoding only in the page's <meta>
    case '/leer':
      return html(NO_METADATA);
    case '/alt':
      response.writeHead(301, { location: '/og' });
      return response.end();
    case '/bericht.pdf':
      return html('%PDF-1.7', 'application/pdf');
    case '/haengt':
      open.push(response); // never answers
      return;
    default:
      response.writeHead(404, { 'content-type': 'text/html' });
      return response.end('<h1>Not found</h1>');
  }
}

/** The stand-in for the Internet Archive: a capture of the news page only; Save Page Now redirects to a new capture. */
const archiveRequests: string[] = [];
function archive(request: IncomingMessage, response: ServerResponse): void {
  const url = new URL(request.url!, 'http://archive.test');
  archiveRequests.push(request.url!);
  if (url.pathname === '/wayback/available') {
    const page = url.searchParams.get('url')!;
    const closest = page.includes('nachricht')
      ? {
          closest: {
            status: '200',
            available: true,
            url: `http://web.archive.org/web/20220112093000/${page}`,
            timestamp: '20220112093000',
          },
        }
      : {};
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ url: page, archived_snapshots: closest }));
    return;
  }
  if (url.pathname.startsWith('/save/')) {
    response.writeHead(302, { location: `/web/${STAMP}120000/${request.url!.slice('/save/'.length)}` });
    response.end();
    return;
  }
  if (url.pathname.startsWith('/web/')) {
    response.writeHead(200, { 'content-type': 'text/html' });
    response.end('<p>archived</p>');
    return;
  }
  response.writeHead(404);
  response.end();
}

async function listen(handler: (q: IncomingMessage, r: ServerResponse) => void): Promise<[Server, string]> {
  const server = createServer(handler);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return [server, `http://127.0.0.1:${(server.address() as AddressInfo).port}`];
}

let pageServer: Server, archiveServer: Server, silentServer: Server;
let site: string, archiveBase: string, silentBase: string;
const work = mkdtempSync(join(tmpdir(), 'lagebild-quelle-'));
beforeAll(async () => {
  [pageServer, site] = await listen(pages);
  [archiveServer, archiveBase] = await listen(archive);
  [silentServer, silentBase] = await listen((_q, response) => open.push(response));
});
afterAll(async () => {
  for (const response of open) response.destroy();
  for (const server of [pageServer, archiveServer, silentServer]) {
    server.closeAllConnections();
    await new Promise((done) => server.close(done));
  }
  rmSync(work, { recursive: true, force: true });
});

let folders = 0;
/** A fresh content folder with an empty sources/ (or the given files). */
function contentFolder(files: Record<string, string> = {}): string {
  const dir = join(work, `inhalt-${(folders += 1)}`);
  mkdirSync(join(dir, 'sources'), { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, 'sources', name), text);
  return dir;
}

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the command as `npm run quelle -- …` does (Node 24 runs the TypeScript itself). */
function quelle(args: string[], content: string, archiveAt = archiveBase): Promise<Run> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      [join(ROOT, 'scripts', 'quelle.ts'), ...args],
      {
        cwd: ROOT,
        env: {
          ...process.env,
          LAGEBILD_CONTENT: content,
          LAGEBILD_WAYBACK_API: `${archiveAt}/wayback/available`,
          LAGEBILD_WAYBACK_SAVE: `${archiveAt}/save/`,
        },
        timeout: 30_000,
      },
      (error, stdout, stderr) => done({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

function written(content: string): { id: string; text: string; data: Record<string, unknown> } {
  const [name, ...more] = readdirSync(join(content, 'sources'));
  expect(more).toEqual([]);
  const text = readFileSync(join(content, 'sources', name!), 'utf8');
  return { id: name!.replace(/\.yaml$/, ''), text, data: parse(text) as Record<string, unknown> };
}

/** Each run starts Node (about 2 s on a busy machine). */
const RUNS = { timeout: 90_000 };

describe('npm run quelle -- <URL>', RUNS, () => {
  it('registers a news page from its JSON-LD, with the archived copy nearest today', async () => {
    const content = contentFolder();
    const url = `${site}/2022/01/11/nachricht`;
    const run = await quelle([url], content);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const { id, data } = written(content);
    expect(id).toBe('reuters-kazakhstan-says-russia-led-troops');
    expect(data).toEqual({
      title: 'Kazakhstan says Russia-led troops to start leaving in two days',
      author: 'Olzhas Auyezov, Tom Balmforth',
      publisher: 'Reuters',
      url,
      // The day as the publisher dates it (in Almaty), not shifted to UTC; not the later dateModified.
      date: '2022-01-11',
      language: 'en',
      accessed: TODAY,
      archived: `https://web.archive.org/web/20220112093000/${url}`,
    });
    expect(sourceSchema.safeParse(data).success).toBe(true);
    expect(archiveRequests).toContain(`/wayback/available?url=${encodeURIComponent(url)}&timestamp=${STAMP}`);
    expect(run.stdout).toContain(`Geschrieben: `);
    expect(run.stdout).toContain(`Zitieren Sie die Quelle mit ihrer Kennung: ${id}`);
  });

  it('reads a page with only Open Graph tags and leaves what it does not say as TODOs the build refuses', async () => {
    const content = contentFolder();
    const run = await quelle([`${site}/og`], content);
    expect(run.code).toBe(0);
    const { id, data } = written(content);
    expect(id).toBe('tagesnachrichten-abzug-der-friedenstruppe-beginnt');
    expect(data).toMatchObject({
      title: 'Abzug der Friedenstruppe beginnt',
      publisher: 'Tagesnachrichten',
      date: '2022-01-13',
      language: 'de',
      accessed: TODAY,
    });
    expect(data.author).toMatch(/^TODO: die Seite nennt keinen Autor/);
    expect(data).not.toHaveProperty('archived');
    expect(run.stdout).toContain('Das Internet Archive hat keine Kopie dieser Seite.');
    expect(run.stdout).toMatch(/Noch zu tun[^\n]*\n {2}line 2, author: TODO: die Seite nennt keinen Autor/);
    const { failures } = readRegistries(content, content);
    expect(failures).toEqual([
      { file: `sources/${id}.yaml`, problems: [expect.stringMatching(/^line 2, author: TODO/)] },
    ]);
    // Once the editor has deleted the line, the file is a valid source.
    delete data.author;
    expect(sourceSchema.safeParse(data).success).toBe(true);
  });

  it('reads a Russian page in windows-1251 and proposes a transliterated id', async () => {
    const content = contentFolder();
    const run = await quelle([`${site}/ru`], content);
    expect(run.code).toBe(0);
    const { id, data } = written(content);
    expect(data).toMatchObject({
      title: 'Шойгу: вывод миротворцев ОДКБ завершится 19 января',
      publisher: 'ТАСС',
      author: 'Ирина Петрова',
      language: 'ru',
    });
    expect(data.date).toMatch(/^TODO: die Seite nennt kein Erscheinungsdatum/);
    expect(id).toBe('tass-shoygu-vyvod-mirotvortsev-odkb-zavershitsya');
  });

  it('follows a redirect and registers the address it ends at', async () => {
    const content = contentFolder();
    const run = await quelle([`${site}/alt`], content);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Weitergeleitet nach ${site}/og`);
    expect(written(content).data.url).toBe(`${site}/og`);
  });

  it('never invents: a page without metadata gives a file of TODOs, named after its host', async () => {
    const content = contentFolder();
    await quelle([`${site}/leer`], content);
    const { id, data } = written(content);
    expect(id).toBe('127-0-0-leer');
    for (const field of ['title', 'author', 'publisher', 'date', 'language']) expect(data[field]).toMatch(/^TODO: /);
    expect(readRegistries(content, content).failures[0]!.problems).toHaveLength(5);
  });

  it('refuses a page that is already registered, and never overwrites a file', async () => {
    const content = contentFolder({
      'tagesnachrichten-abzug.yaml': `title: Abzug\nurl: ${site}/og/\naccessed: 2026-12-01\n`,
    });
    const again = await quelle([`${site}/alt`], content);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('Diese Seite ist schon registriert: ');
    expect(again.stderr).toContain('Zitieren Sie ihre Kennung (tagesnachrichten-abzug)');
    // A registered address is answered before any request: also where the page cannot be reached (offline).
    const offline = contentFolder({
      'fern-abzug.yaml': 'title: Abzug\nurl: http://127.0.0.1:9/abzug\naccessed: 2026-12-01\n',
    });
    const known = await quelle(['http://127.0.0.1:9/abzug'], offline);
    expect(known.code).toBe(1);
    expect(known.stderr).toContain('Zitieren Sie ihre Kennung (fern-abzug)');

    const taken = contentFolder({ 'tass-shoygu-vyvod-mirotvortsev-odkb-zavershitsya.yaml': 'title: Andere Seite\n' });
    const chosen = await quelle([`${site}/ru`, '--id', 'tass-shoygu-vyvod-mirotvortsev-odkb-zavershitsya'], taken);
    expect(chosen.code).toBe(1);
    expect(chosen.stderr).toContain('gibt es schon; wählen Sie mit --id eine andere Kennung');
    const run = await quelle([`${site}/ru`], taken);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('(»tass-shoygu-vyvod-mirotvortsev-odkb-zavershitsya« ist schon vergeben)');
    expect(readFileSync(join(taken, 'sources', 'tass-shoygu-vyvod-mirotvortsev-odkb-zavershitsya.yaml'), 'utf8')).toBe(
      'title: Andere Seite\n',
    );
    expect(readdirSync(join(taken, 'sources'))).toContain('tass-shoygu-vyvod-mirotvortsev-odkb-zavershitsya-2.yaml');
  });

  it('says clearly why nothing was written, without a stack trace', async () => {
    const content = contentFolder();
    const missing = await quelle([`${site}/gibt-es-nicht`], content);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe(
      `Die Seite gibt es nicht (HTTP 404 Not Found): ${site}/gibt-es-nicht. Prüfen Sie die Adresse; ist die Seite verschwunden, suchen Sie eine Archivkopie.\n`,
    );
    expect(readdirSync(join(content, 'sources'))).toEqual([]);
  });

  it('registers a page that does not answer with its address and the access date, the rest a TODO', async () => {
    const content = contentFolder();
    const hanging = await quelle([`${site}/haengt`, '--zeitlimit', '1'], content, silentBase);
    expect(hanging.code).toBe(0);
    expect(hanging.stdout).toContain(
      `Die Seite (${new URL(site).host}) hat in 1 Sekunde nicht geantwortet. Prüfen Sie die Adresse und die Verbindung. ` +
        'Die Quelle wird mit ihrer Adresse und dem heutigen Zugriffsdatum angelegt',
    );
    const { data } = written(content);
    expect(data['url']).toBe(`${site}/haengt`);
    expect(data['accessed']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(data['title']).toMatch(/^TODO: /);
    expect(data['archived']).toBeUndefined();
    // Nothing the page did not say: the build refuses the file until the TODOs are done.
    expect(readRegistries(content, content).failures[0]!.problems.length).toBeGreaterThan(0);
  });

  it('writes everything else within seconds when the archive does not answer', async () => {
    const content = contentFolder();
    const run = await quelle([`${site}/2022/01/11/nachricht`, '--zeitlimit', '3'], content, silentBase);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      `Das Internet Archive (${new URL(silentBase).host}) hat in 3 Sekunden nicht geantwortet.`,
    );
    expect(run.stdout).toContain('npm run quelle -- --fehlende-archive trägt sie nach');
    const { data } = written(content);
    expect(data).not.toHaveProperty('archived');
    expect(sourceSchema.safeParse(data).success).toBe(true);
  });

  it('asks the archive for a new capture with --archivieren', async () => {
    const content = contentFolder();
    const run = await quelle([`${site}/og`, '--archivieren'], content);
    expect(run.code).toBe(0);
    expect(written(content).data.archived).toBe(`${archiveBase}/web/${STAMP}120000/${site}/og`);
  });
});

describe('npm run quelle -- --fehlende-archive', RUNS, () => {
  const commented = (url: string) =>
    `# Von Hand angelegt.\ntitle: "Kazakhstan: troops to leave"   # der Titel der Seite\nurl: ${url}\nlanguage: en\naccessed: 2026-11-25\n`;

  it('adds the capture nearest each access date and changes nothing else in the file', async () => {
    const news = `${site}/2022/01/11/nachricht`;
    const content = contentFolder({
      'reuters-abzug.yaml': commented(news),
      'ohne-kopie.yaml': commented(`${site}/og`),
      'schon-archiviert.yaml': `${commented(`${site}/2022/01/11/nachricht?x=1`)}archived: https://web.archive.org/web/2022/x\n`,
      'buch.yaml': 'title: Ein Buch ohne Adresse\n',
    });
    const run = await quelle(['--fehlende-archive'], content);
    expect(run.code).toBe(0);
    const read = (name: string) => readFileSync(join(content, 'sources', name), 'utf8');
    expect(read('reuters-abzug.yaml')).toBe(
      `${commented(news)}archived: https://web.archive.org/web/20220112093000/${news}\n`,
    );
    expect(read('ohne-kopie.yaml')).toBe(commented(`${site}/og`));
    expect(read('buch.yaml')).toBe('title: Ein Buch ohne Adresse\n');
    expect(archiveRequests).toContain(`/wayback/available?url=${encodeURIComponent(news)}&timestamp=20261125`);
    expect(run.stdout).toContain('1 Archivkopie eingetragen');
    expect(run.stdout).toContain('Ohne Kopie im Archiv');
    expect(run.stdout).toContain('ohne-kopie');

    // With --archivieren, a page the archive has no copy of is captured now.
    const save = await quelle(['--fehlende-archive', '--archivieren'], content);
    expect(save.code).toBe(0);
    expect(read('ohne-kopie.yaml')).toBe(
      `${commented(`${site}/og`)}archived: ${archiveBase}/web/${STAMP}120000/${site}/og\n`,
    );
    expect(save.stdout).toContain('1 Archivkopie eingetragen');
  });

  it('changes no file and says so when the archive cannot be reached', async () => {
    const content = contentFolder({ 'reuters-abzug.yaml': commented(`${site}/2022/01/11/nachricht`) });
    const closed = await listen(() => undefined);
    closed[0].close();
    const run = await quelle(['--fehlende-archive'], content, closed[1]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Das Internet Archive ist nicht erreichbar');
    expect(run.stderr).toContain('Keine Datei geändert.');
    expect(readFileSync(join(content, 'sources', 'reuters-abzug.yaml'), 'utf8')).toBe(
      commented(`${site}/2022/01/11/nachricht`),
    );
  });
});

describe('the page’s own metadata (read in-process)', () => {
  it('reads Dublin Core and Highwire Press, and keeps a date it cannot read as the page wrote it, for the editor', async () => {
    const page = await readPageMetadata(`<!doctype html><html><head>
      <meta name="DC.title" content="Bericht über die Lage in Almaty">
      <meta name="DC.publisher" content="Zentrum für Osteuropastudien">
      <meta name="DC.date" content="11.01.2022">
      <meta name="DC.language" content="de-DE">
      <meta name="citation_author" content="Anna Beispiel">
      <meta name="citation_author" content="Boris Muster">
      </head><body></body></html>`);
    expect(page).toEqual({
      title: 'Bericht über die Lage in Almaty',
      publisher: 'Zentrum für Osteuropastudien',
      unreadDate: '11.01.2022',
      language: 'de',
      author: 'Anna Beispiel, Boris Muster',
    });
    expect(sourceEntry(page, 'https://example.org/bericht', '2026-12-05', undefined).date).toBe(
      'TODO: die Seite datiert sich »11.01.2022«; tragen Sie das Datum als "YYYY-MM-DD" (oder "YYYY-MM", "YYYY") ein',
    );
    expect(proposeId(page, 'https://example.org/bericht')).toBe(
      'zentrum-fuer-osteuropastudien-bericht-ueber-die-lage-in',
    );
  });
});

describe('giving up quickly (timed in-process: starting Node is not part of it)', () => {
  const endpoints = (base: string) => ({ available: `${base}/wayback/available`, save: `${base}/save/` });
  const timed = async <T>(work: Promise<T>): Promise<[T, number]> => {
    const started = performance.now();
    const result = await work;
    return [result, performance.now() - started];
  };

  it('stops waiting for a page that never answers after the time limit', async () => {
    const [error, ms] = await timed(fetchPage(`${site}/haengt`, 1000).catch((e: unknown) => e));
    expect(error).toBeInstanceOf(EditorError);
    expect((error as Error).message).toMatch(/hat in 1 Sekunde nicht geantwortet/);
    expect(ms).toBeLessThan(2_500);
  });

  it('refuses what is no web page: a PDF, an address that is not http(s)', async () => {
    await expect(fetchPage(`${site}/bericht.pdf`, 1000)).rejects.toThrow(
      `Unter ${site}/bericht.pdf steht keine Webseite, sondern application/pdf. Metadaten liest der Befehl nur aus HTML`,
    );
    await expect(fetchPage('ftp://example.org/datei', 1000)).rejects.toThrow(
      '»ftp://example.org/datei« ist keine Webadresse; erwartet wird eine Adresse mit http:// oder https://.',
    );
  });

  it('asks the availability API for the capture nearest a day: found, none, or unreachable within the limit', async () => {
    const news = `${site}/2022/01/11/nachricht`;
    await expect(closestSnapshot(news, '2022-01-12', endpoints(archiveBase), 1000)).resolves.toEqual({
      status: 'found',
      url: `https://web.archive.org/web/20220112093000/${news}`,
      timestamp: '20220112093000',
    });
    await expect(closestSnapshot(`${site}/og`, '2022-01-12', endpoints(archiveBase), 1000)).resolves.toEqual({
      status: 'none',
    });
    const [silent, ms] = await timed(closestSnapshot(news, '2022-01-12', endpoints(silentBase), 1000));
    expect(silent).toEqual({
      status: 'unreachable',
      reason: `Das Internet Archive (${new URL(silentBase).host}) hat in 1 Sekunde nicht geantwortet.`,
    });
    expect(ms).toBeLessThan(2_500);
  });
});

describe('the archive link of a source on the site', () => {
  it('is the archived copy where known, else a search in the Wayback Machine for the access date', () => {
    const url = 'https://tass.ru/politika/13421231';
    expect(archiveLink({ url, accessed: '2026-11-25', archived: 'https://web.archive.org/web/20220113/x' })).toEqual({
      href: 'https://web.archive.org/web/20220113/x',
      label: 'Archivkopie',
      kind: 'copy',
    });
    expect(archiveLink({ url, accessed: '2026-11-25' })).toEqual({
      href: 'https://web.archive.org/web/20261125/https://tass.ru/politika/13421231',
      label: 'im Internet Archive suchen',
      kind: 'lookup',
    });
    expect(archiveLink({ title: 'Ein Buch' } as { url?: string })).toBeUndefined();
  });
});
