// @vitest-environment happy-dom
/**
 * The map's handlers (src/scripts/map/) on a page made for the test: the
 * filters, the deep links and the keyboard act on the map while enabled, and
 * once disabled (`removeHooks`) leave it as it is. The places come from the
 * small synthetic article of tests/unit/map-corpus.ts; the page's layout in
 * the browser is the concern of tests/e2e/map.test.ts.
 */
import L from 'leaflet';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { liveMapData, mapPlaces, type MapPlace } from '../../src/lib/map/geo.ts';
import { DeepLinks } from '../../src/scripts/map/deep-links.ts';
import { Filters } from '../../src/scripts/map/filters.ts';
import { Keyboard } from '../../src/scripts/map/keyboard.ts';
import { Lupes } from '../../src/scripts/map/lupes.ts';
import { Places } from '../../src/scripts/map/places.ts';
import { Popups } from '../../src/scripts/map/popups.ts';
import { Stand } from '../../src/scripts/map/stand.ts';
import { locatorFor } from './helpers.ts';
import { mapArticles } from './map-corpus.ts';

const places = mapPlaces(mapArticles(), locatorFor(mapArticles()));
const data = liveMapData(places);
const kinds = [...new Set(places.map((p) => p.kind))];

/** The page: the filters, the table (a row and a link per place) and the map's canvas (800 × 600 px). */
function page(): HTMLElement {
  document.body.innerHTML = `
    <fieldset>${kinds.map((k) => `<input type="checkbox" data-filter-kind value="${k}" checked>`).join('')}
      <input type="checkbox" data-filter-guarded></fieldset>
    <table>${places
      .map(
        (p) =>
          `<tr class="place-row" id="${p.anchor}"><td><a class="place-row__link" href="#${p.anchor}">${p.id}</a></td></tr>`,
      )
      .join('')}</table>
    <div data-guard-time></div>
    <section data-live-map-canvas></section>`;
  const canvas = document.querySelector<HTMLElement>('[data-live-map-canvas]')!;
  Object.defineProperty(canvas, 'clientWidth', { value: 800 });
  Object.defineProperty(canvas, 'clientHeight', { value: 600 });
  return canvas;
}

/** The ids of the places whose markers are on the map. */
const onMap = (map: L.Map, p: Places): string[] =>
  [...p.entries.values()].filter((e) => map.hasLayer(e.marker)).map((e) => e.place.id);

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

function check(selector: string, checked: boolean): void {
  const box = document.querySelector<HTMLInputElement>(selector)!;
  box.checked = checked;
  box.dispatchEvent(new Event('change'));
}

let map: L.Map;
let placeLayers: Places;
let filters: Filters;
/** Every handler of a test, disabled after it (the window's listeners outlive the map). */
let handlers: L.Handler[];

beforeEach(async () => {
  map = L.map(page(), { zoomAnimation: false, fadeAnimation: false }).setView([48, 68], 4);
  placeLayers = new Places(map, data).enable();
  filters = new Filters(map, placeLayers).enable();
  handlers = [placeLayers, filters];
  await tick();
});

afterEach(() => {
  for (const handler of handlers) handler.disable();
  map.remove();
  history.replaceState(null, '', location.pathname);
});

describe('the filters', () => {
  it('take a category off the map and bring it back; disabled, they leave the map as it is', () => {
    const kind: MapPlace['kind'] = 'military';
    const ofKind = places.filter((p) => p.kind === kind).map((p) => p.id);
    expect(ofKind.length).toBeGreaterThan(0);
    expect(onMap(map, placeLayers)).toEqual(places.map((p) => p.id));
    check(`[data-filter-kind][value="${kind}"]`, false);
    expect(onMap(map, placeLayers)).toEqual(places.filter((p) => p.kind !== kind).map((p) => p.id));
    check('[data-filter-guarded]', true);
    expect(onMap(map, placeLayers)).toEqual(places.filter((p) => p.kind !== kind && p.guarded).map((p) => p.id));
    check('[data-filter-guarded]', false);
    check(`[data-filter-kind][value="${kind}"]`, true);
    expect(onMap(map, placeLayers)).toEqual(places.map((p) => p.id));

    filters.disable();
    check(`[data-filter-kind][value="${kind}"]`, false);
    expect(onMap(map, placeLayers)).toEqual(places.map((p) => p.id));
  });

  it('once the places are disabled, no marker is left on the map', () => {
    placeLayers.disable();
    expect(onMap(map, placeLayers)).toEqual([]);
  });
});

describe('deep links and the keyboard', () => {
  let links: DeepLinks;
  let keyboard: Keyboard;
  const openTitles = () => [...document.querySelectorAll('.leaflet-popup h2')].map((h) => h.textContent);
  const go = (hash: string) => {
    history.replaceState(null, '', hash);
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  };
  const escape = () => map.getContainer().dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));

  beforeEach(() => {
    keyboard = new Keyboard(map).enable();
    const lupes = new Lupes(map, data, placeLayers).enable();
    links = new DeepLinks(map, placeLayers, filters, lupes).enable();
    const stand = new Stand(map).enable();
    handlers.push(stand, new Popups(map, placeLayers, stand).enable(), keyboard, lupes, links);
  });

  it('open the place of #ort-<id>, even where a filter hid it, and Escape closes it again', () => {
    const port = places.find((p) => p.id === 'hafen-aktau')!;
    check(`[data-filter-kind][value="${port.kind}"]`, false);
    go(`#${port.anchor}`);
    expect(openTitles()).toEqual([port.name]);
    expect(document.querySelector<HTMLInputElement>(`[data-filter-kind][value="${port.kind}"]`)!.checked).toBe(true);
    expect(document.getElementById(port.anchor)!.classList.contains('is-selected')).toBe(true);
    escape();
    expect(openTitles()).toEqual([]);
    expect(document.getElementById(port.anchor)!.classList.contains('is-selected')).toBe(false);
  });

  it('disabled, neither the address nor Escape acts on the map any more', () => {
    const [first, second] = places;
    links.disable();
    go(`#${first!.anchor}`);
    expect(openTitles()).toEqual([]);
    placeLayers.entries.get(second!.id)!.marker.openPopup();
    expect(openTitles()).toEqual([second!.name]);
    keyboard.disable();
    escape();
    expect(openTitles()).toEqual([second!.name]);
  });
});

describe('the day chosen on the time control', () => {
  // Almaty's one event in the test article is on 12 January 2022.
  const almaty = places.find((p) => p.id === 'almaty')!;
  const event = almaty.events[0]!;
  const choose = (day: string) => {
    document.querySelector<HTMLElement>('[data-guard-time]')!.dataset['stand'] = day;
    document.dispatchEvent(new CustomEvent('standchange'));
  };
  const marked = () =>
    document.querySelector(`.leaflet-popup .place-popup__event:has(a[href="${event.href}"])`)!.textContent!;
  let stand: Stand;

  beforeEach(() => {
    stand = new Stand(map).enable();
    handlers.push(stand, new Popups(map, placeLayers, stand).enable());
  });

  it('marks the open popup’s later events as not yet happened, and follows each change of the day', () => {
    expect(event.start).toBe('2022-01-12');
    placeLayers.entries.get(almaty.id)!.marker.openPopup();
    expect(marked()).not.toContain('noch nicht geschehen');
    choose('2022-01-11');
    expect(marked()).toContain('am gewählten Tag noch nicht geschehen');
    choose('2022-01-12');
    expect(marked()).not.toContain('noch nicht geschehen');
  });

  it('disabled, no longer follows the control', () => {
    placeLayers.entries.get(almaty.id)!.marker.openPopup();
    stand.disable();
    choose('2022-01-11');
    expect(marked()).not.toContain('noch nicht geschehen');
  });
});
