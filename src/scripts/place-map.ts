/**
 * Loads the interactive map of /karte/: Leaflet's stylesheet and the map's
 * data, then the map (./map/, one handler per concern). The page works
 * without it (table + static SVG); this adds zoom, popups, filters on the
 * map, deep links (#ort-<id>) and keyboard use. Every text from the content
 * goes into the DOM as text (see popup.ts).
 */
import leafletCss from 'leaflet/dist/leaflet.css?url';
import type { LiveMapData } from '../lib/map/geo.ts';
import { startPlaceMap } from './map/index.ts';

/**
 * Leaflet's stylesheet, linked only on the pages that build a Leaflet map (not render-blocking on
 * every page), before the site's own styles so that those still override it.
 */
function leafletStyles(): Promise<void> {
  return new Promise((resolve) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = leafletCss;
    link.addEventListener('load', () => resolve(), { once: true });
    link.addEventListener('error', () => resolve(), { once: true });
    const first = document.head.querySelector('link[rel="stylesheet"]');
    if (first) first.before(link);
    else document.head.append(link);
  });
}

// Without its data (offline, or a host that lost the file) the static map simply stays.
const root = document.querySelector<HTMLElement>('[data-live-map]');
if (root?.dataset['places']) {
  void Promise.all([
    fetch(root.dataset['places']).then((response) => (response.ok ? (response.json() as Promise<LiveMapData>) : null)),
    leafletStyles(),
  ]).then(([data]) => {
    if (data) startPlaceMap(root, data);
  });
}
