/**
 * The interactive map of /karte/, composed of one handler per concern, as
 * Leaflet composes its own (each with `addHooks`/`removeHooks`, talking to
 * the others through events on the map):
 *
 * - view.ts: the map, its bounds, first view and controls
 * - colour-scheme.ts: the page's colours for the drawn layers (`colourschemechange`)
 * - basemap.ts: tiles (opt-in), water, country outlines (`basemapload`), names as context
 * - places.ts: markers, circles and outlines of the places; the selection (`placeselect`)
 * - popups.ts and sheet.ts: the popups, a bottom sheet on a narrow map
 * - stand.ts: the day chosen on the time control (`standchange`), for the popups' events
 * - lupes.ts: the Lupes and the lines from moved markers (laid out on `placesshown`, zoom, resize)
 * - filters.ts: which places are on the map (`placesshown`)
 * - keyboard.ts: Enter, Space and Escape on the map
 * - deep-links.ts: #ort-<id> in the address, and the table's links to the map
 */
import type { LiveMapData } from '../../lib/map/geo.ts';
import { Basemap } from './basemap.ts';
import { ColourScheme } from './colour-scheme.ts';
import { DeepLinks } from './deep-links.ts';
import { Filters } from './filters.ts';
import { Keyboard } from './keyboard.ts';
import { Lupes } from './lupes.ts';
import { Places } from './places.ts';
import { Popups } from './popups.ts';
import { Stand } from './stand.ts';
import { createMap } from './view.ts';

/** Builds the map in `root` (the page's `[data-live-map]`) from its data. */
export function startPlaceMap(root: HTMLElement, data: LiveMapData): void {
  const canvas = root.querySelector<HTMLElement>('[data-live-map-canvas]');
  if (!canvas) return;
  root.hidden = false;
  document.documentElement.classList.add('has-live-map');

  const map = createMap(canvas, data);
  new ColourScheme(map).enable();
  new Basemap(map, data, root.dataset['basemap'] ?? '').enable();
  const places = new Places(map, data).enable();
  const stand = new Stand(map).enable();
  new Popups(map, places, stand).enable();
  new Keyboard(map).enable();
  const lupes = new Lupes(map, data, places).enable();
  const filters = new Filters(map, places).enable();
  const links = new DeepLinks(map, places, filters, lupes).enable();

  // After the load event: the browser's own jump to the fragment (the table row) would take the focus back.
  const afterLoad = (): void => {
    setTimeout(() => {
      links.openFromAddress();
      // A place's embed (its locator map, data-focus-place) shows that place selected.
      if (root.dataset['focusPlace']) places.select(root.dataset['focusPlace'], true);
      root.dataset['ready'] = 'true';
    }, 0);
  };
  if (document.readyState === 'complete') afterLoad();
  else window.addEventListener('load', afterLoad, { once: true });
}
