// Builds a realistic archive for the benchmarks (never for the site): N
// articles made from the real content. Copy 0 is each real article as it is;
// copy k of an article gets a new slug and new claim and fact-check ids, and
// reports a third of its events as the same shared events (one event, many
// reports, as in a real archive) and the rest as new events of its own. The
// registries (actors, places, sources) are shared by all copies.
// Usage: node bench/generate-corpus.mjs <dir> <n>   (or import generateCorpus)
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';

const ROOT = join(import.meta.dirname, '..');

const FRONTMATTER = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/;

function readArticles(content) {
  return readdirSync(join(content, 'articles'))
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => {
      const [, front, body] = FRONTMATTER.exec(readFileSync(join(content, 'articles', name), 'utf8'));
      return { slug: name.replace(/\.md$/, ''), data: parse(front), body };
    });
}

/** Copy `k` of an article: ids made unique, a share of events kept shared. */
function copy(article, k, events, writeEvent) {
  if (k === 0) return article;
  const data = structuredClone(article.data);
  const suffix = `-k${k}`;
  const eventId = new Map();
  data.reports.forEach((report, i) => {
    // Every third report stays a report of the shared event.
    if (i % 3 === 0) return eventId.set(report.event, report.event);
    const id = `${report.event}${suffix}`;
    eventId.set(report.event, id);
    writeEvent(id, events.get(report.event));
  });
  const mapEvent = (id) => eventId.get(id) ?? id;
  const mapClaim = (id) => `${id}${suffix}`;
  for (const report of data.reports) {
    report.event = mapEvent(report.event);
    if (report.dateAnchor) report.dateAnchor = mapEvent(report.dateAnchor);
  }
  const mapAbout = (about = {}) => ({
    ...about,
    ...(about.events ? { events: about.events.map(mapEvent) } : {}),
    ...(about.claims ? { claims: about.claims.map(mapClaim) } : {}),
  });
  for (const claim of data.claims ?? []) {
    claim.id = mapClaim(claim.id);
    claim.about = mapAbout(claim.about);
    for (const relation of ['contradicts', 'qualifies', 'answers']) {
      if (claim[relation]) {
        claim[relation] = claim[relation].map((r) =>
          typeof r === 'string' ? mapClaim(r) : { ...r, claim: mapClaim(r.claim) },
        );
      }
    }
  }
  for (const check of data.factChecks ?? []) {
    check.id = `${check.id}${suffix}`;
    check.about = mapAbout(check.about);
  }
  data.title = `${data.title} (Kopie ${k})`;
  return { slug: `${article.slug}-kopie-${k}`, data, body: article.body };
}

/**
 * Writes an archive of N articles to `dir` (emptied first), made from the
 * content folder `source` (default: the project's content/). Returns `dir`.
 */
export function generateCorpus(dir, n, source = join(ROOT, 'content')) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'articles'), { recursive: true });
  for (const kind of ['actors', 'places', 'sources', 'events']) {
    cpSync(join(source, kind), join(dir, kind), { recursive: true });
  }
  const events = new Map(
    readdirSync(join(source, 'events')).map((name) => [
      name.replace(/\.ya?ml$/, ''),
      readFileSync(join(source, 'events', name), 'utf8'),
    ]),
  );
  const writeEvent = (id, text) => writeFileSync(join(dir, 'events', `${id}.yaml`), text);
  const articles = readArticles(source);
  for (let i = 0; i < n; i++) {
    const article = articles[i % articles.length];
    const made = copy(article, Math.floor(i / articles.length), events, writeEvent);
    writeFileSync(
      join(dir, 'articles', `${made.slug}.md`),
      `---\n${stringify(made.data, { lineWidth: 0 })}---\n${made.body}`,
    );
  }
  return dir;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir, count] = process.argv.slice(2);
  if (!dir || !count) {
    console.error('usage: node bench/generate-corpus.mjs <dir> <n>');
    process.exit(2);
  }
  generateCorpus(dir, Number(count));
  console.log(`${count} articles in ${dir}`);
}
