/**
 * The content of a place's popup and its marker's accessible name. Built
 * from DOM nodes with textContent only: no text of the content is ever
 * parsed as HTML.
 */
import { quoted } from '../lib/format/quotes.ts';
import type { MapPlace } from '../lib/map/geo.ts';

type Doc = Pick<Document, 'createElement' | 'createTextNode'>;

function el<K extends keyof HTMLElementTagNameMap>(
  doc: Doc,
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function link(doc: Doc, href: string, text: string, external = false): HTMLAnchorElement {
  const a = el(doc, 'a', undefined, text);
  a.href = href;
  if (external) a.rel = 'noopener noreferrer external';
  return a;
}

/** The marker's accessible name: unique, and says category, guard and precision. */
export function markerLabel(place: MapPlace): string {
  const parts = [place.kindLabel];
  if (place.guarded) parts.push('bewacht');
  parts.push(place.precisionLabel);
  if (place.areaLabel) parts.push(place.areaLabel);
  const within = place.within ? ` in ${place.within.name}` : '';
  return `${place.name}${within} (${parts.join(', ')})`;
}

/**
 * The popup: name, category, precision, quote, fact-check notes and links.
 * `stand` is the day chosen on the time control (»Stand am …«, "YYYY-MM-DD"),
 * undefined when none is chosen: then every event shows as now.
 */
export function buildPopup(place: MapPlace, doc: Doc = document, stand?: string): HTMLElement {
  const root = el(doc, 'div', `place-popup kind--${place.kind}`);
  root.dataset['place'] = place.id;
  const title = el(doc, 'h2', 'place-popup__title', place.name);
  title.tabIndex = -1;
  root.append(title);

  const meta = [place.kindLabel, place.guarded ? 'bewachtes Objekt' : 'im Text erwähnt'];
  if (place.within) meta.push(`in ${place.within.name}`);
  root.append(el(doc, 'p', 'place-popup__meta', meta.join(' · ')));

  // The note names the precision itself (»Ungefähre Lage: der Kreis zeigt …«): no second label before it.
  root.append(el(doc, 'p', 'place-popup__precision', place.precisionNote));
  const estimated = place.coordinatesOrigin?.estimated ? ' (geschätzt)' : '';
  root.append(el(doc, 'p', 'place-popup__coords coords', `${place.coordinatesLabel}${estimated}`));
  if (place.guardedConfidence && place.guardLabel) {
    const guard = el(doc, 'p', 'place-popup__confidence');
    guard.append(
      el(doc, 'strong', undefined, place.guardLabel),
      doc.createTextNode(` – ${place.guardedConfidence.reason}`),
    );
    root.append(guard);
  }

  if (place.quote) root.append(el(doc, 'blockquote', 'place-popup__quote', quoted(place.quote)));
  if (place.notes) root.append(el(doc, 'p', 'place-popup__notes', place.notes));
  for (const check of place.factChecks) {
    const p = el(doc, 'p', 'place-popup__check');
    p.append(el(doc, 'strong', undefined, 'Anmerkung der Analyse: '), doc.createTextNode(check.note));
    root.append(p);
  }

  const links = el(doc, 'ul', 'place-popup__links');
  const item = (a: HTMLAnchorElement) => {
    const li = el(doc, 'li');
    li.append(a);
    links.append(li);
  };
  if (place.quoteHref) item(link(doc, place.quoteHref, 'Der Satz im Artikel'));
  // On a chosen day the later events stay in the list, marked »noch nicht geschehen«, rather than
  // hidden behind a count: the reader sees what the place's story holds and where the day stands
  // in it, and every event keeps its link. Each event says its date, so the order is plain.
  for (const event of place.events) {
    const li = el(doc, 'li', 'place-popup__event');
    li.append(link(doc, event.href, `Ereignis: ${event.label}`), ` (${event.dateLabel})`);
    if (stand && event.start > stand) {
      li.classList.add('place-popup__event--later');
      li.append(' – ', el(doc, 'em', undefined, 'am gewählten Tag noch nicht geschehen'));
    }
    links.append(li);
  }
  item(link(doc, place.placeHref, `Alles zu ${place.name}`));
  root.append(links);

  if (place.sources.length) {
    root.append(el(doc, 'p', 'place-popup__sources-title', 'Quellen zur Lage:'));
    const sources = el(doc, 'ul', 'place-popup__sources');
    for (const s of place.sources) {
      const li = el(doc, 'li');
      li.append(s.url ? link(doc, s.url, s.label, true) : doc.createTextNode(s.label));
      if (s.designation) li.append(' ', el(doc, 'strong', 'sources__designation', s.designation));
      if (s.archive) li.append(' (', link(doc, s.archive.href, s.archive.label, true), ')');
      sources.append(li);
    }
    root.append(sources);
  }
  return root;
}
