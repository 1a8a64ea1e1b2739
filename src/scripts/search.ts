/**
 * The search page: Pagefind's index, built over dist/ at build time and
 * shipped with the site, searched in the browser (no other host). Without
 * JavaScript the page shows a German message and links instead of the form.
 */

import { eventAnchor, eventOfTitleAnchor } from '../lib/format/urls.ts';

interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  anchor?: { id?: string };
}
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  sub_results?: PagefindSubResult[];
}
interface Pagefind {
  options(options: { baseUrl?: string; excerptLength?: number }): Promise<void>;
  search(term: string): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
}

/** Results shown at once; »Weitere Treffer zeigen« adds the next ones. */
const PAGE_SIZE = 20;
const base = import.meta.env.BASE_URL;

let loading: Promise<Pagefind> | undefined;
function pagefind(): Promise<Pagefind> {
  loading ??= import(/* @vite-ignore */ `${base}pagefind/pagefind.js`).then(async (module: Pagefind) => {
    await module.options({ baseUrl: base, excerptLength: 24 });
    return module;
  });
  return loading;
}

const hits = (n: number) => (n === 1 ? '1 Treffer' : `${n} Treffer`);

/**
 * Pagefind's excerpt is the page's text with <mark> around the hits. It is
 * parsed inertly (DOMParser runs nothing) and rebuilt as text nodes and
 * <mark> elements only, so that no other markup can reach the page.
 */
function excerptNodes(excerpt: string): Node[] {
  const parsed = new DOMParser().parseFromString(`<p>${excerpt}</p>`, 'text/html').body.firstElementChild;
  return [...(parsed?.childNodes ?? [])].map((node) => {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      return mark;
    }
    return document.createTextNode(node.textContent ?? '');
  });
}

/** A linked title and its excerpt, for a page or for one event of a month page. */
function hit(className: string, href: string, title: string, excerptHtml: string): HTMLElement[] {
  const heading = document.createElement('p');
  heading.className = className;
  const link = document.createElement('a');
  link.href = href;
  link.textContent = title;
  heading.append(link);
  const excerpt = document.createElement('p');
  excerpt.className = 'search__excerpt';
  excerpt.append(...excerptNodes(excerptHtml));
  return [heading, excerpt];
}

/**
 * The events of a month page that hold the term: Pagefind makes a sub-result
 * of each entry's title (an id from eventTitleAnchor); each leads to the
 * whole entry on that month page (its event's page, where it has one, is
 * left out of the index).
 */
function eventHits(data: PagefindResultData): HTMLUListElement | undefined {
  const events = (data.sub_results ?? []).flatMap((sub) => {
    const id = sub.anchor?.id && eventOfTitleAnchor(sub.anchor.id);
    return id ? [{ ...sub, href: `${sub.url.replace(/#.*$/, '')}#${eventAnchor(id)}` }] : [];
  });
  if (!events.length) return undefined;
  const list = document.createElement('ul');
  list.className = 'search__events';
  list.append(
    ...events.map((event) => {
      const item = document.createElement('li');
      item.append(...hit('search__event-title', event.href, event.title, event.excerpt));
      return item;
    }),
  );
  return list;
}

function resultItem(data: PagefindResultData): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'search__result';
  const events = eventHits(data);
  const [heading, excerpt] = hit('search__result-title', data.url, data.meta.title ?? data.url, data.excerpt);
  item.append(heading!, events ?? excerpt!);
  return item;
}

function init(): void {
  const form = document.querySelector<HTMLFormElement>('[data-search]');
  const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
  const status = document.querySelector<HTMLElement>('[data-search-status]');
  const list = document.querySelector<HTMLOListElement>('[data-search-results]');
  const more = document.querySelector<HTMLButtonElement>('[data-search-more]');
  if (!form || !input || !status || !list || !more) return;
  document.querySelector('[data-search-nojs]')?.setAttribute('hidden', '');
  form.hidden = false;

  let current = 0;
  /** The results of the current search not yet shown, how many there are in all, and the term. */
  let rest: { data(): Promise<PagefindResultData> }[] = [];
  let total = 0;
  let shownFor = '';

  function describe(shown: number): string {
    if (!total) return `Keine Treffer für »${shownFor}«.`;
    return `${hits(total)} für »${shownFor}«${shown < total ? `, ${shown} davon angezeigt` : ''}.`;
  }

  async function showMore(run: number): Promise<void> {
    const next = rest.slice(0, PAGE_SIZE);
    rest = rest.slice(PAGE_SIZE);
    const results = await Promise.all(next.map((r) => r.data()));
    if (run !== current) return;
    const first = list!.children.length;
    list!.append(...results.map(resultItem));
    more!.hidden = rest.length === 0;
    status!.textContent = describe(list!.children.length);
    // After »Weitere Treffer zeigen«: the keyboard goes on at the first new result.
    if (first > 0) list!.children[first]?.querySelector('a')?.focus();
  }

  more.addEventListener('click', () => void showMore(current));

  async function run(term: string): Promise<void> {
    const query = term.trim();
    const url = new URL(window.location.href);
    if (query) url.searchParams.set('q', query);
    else url.searchParams.delete('q');
    window.history.replaceState(null, '', url);
    const run = ++current;
    if (!query) {
      list!.replaceChildren();
      more!.hidden = true;
      status!.textContent = '';
      return;
    }
    status!.textContent = 'Suche läuft …';
    try {
      const search = await (await pagefind()).search(query);
      if (run !== current) return;
      rest = search?.results ?? [];
      total = rest.length;
      shownFor = query;
      list!.replaceChildren();
      await showMore(run);
    } catch {
      if (run !== current) return;
      status!.textContent = 'Die Suche konnte nicht geladen werden. Bitte laden Sie die Seite neu.';
    }
  }

  let timer: number | undefined;
  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => void run(input.value), 250);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    window.clearTimeout(timer);
    void run(input.value);
  });

  const initial = new URL(window.location.href).searchParams.get('q');
  if (initial) {
    input.value = initial;
    void run(initial);
  }
}

init();
