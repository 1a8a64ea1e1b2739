/**
 * The Leaflet map itself: its options, the bounds the reader can pan within,
 * its first view (Kazakhstan with every guarded site) and its two controls
 * (zoom and »Gesamtansicht«). Everything drawn on it comes from the handlers
 * beside this file.
 *
 * On a narrow map (a phone) the first view sets Kazakhstan just under the
 * controls and keeps the room below the country free: there the Lupes
 * (lupes.ts) stand without hiding the country's outline or a country's name.
 */
import L from 'leaflet';
import type { LiveMapData } from '../../lib/map/geo.ts';

/** Kazakhstan, the initial view (its bounding box, rounded to half degrees). */
export const HOME = L.latLngBounds([
  [40.5, 46.5],
  [55.5, 87.5],
]);

/** The area the shipped basemap covers, as Leaflet bounds. */
export function basemapBounds(data: LiveMapData): L.LatLngBounds {
  return L.latLngBounds([data.bounds.south, data.bounds.west], [data.bounds.north, data.bounds.east]);
}

/** Below this width (px) a map is narrow: a popup is a sheet (sheet.ts), the Lupes stand below the country. */
const NARROW_BELOW = 600;

/** On a narrow map a popup is a sheet (sheet.ts) that takes at most this share of the map's height. */
export const SHEET_SHARE = 0.55;

export function isNarrow(map: L.Map): boolean {
  return map.getSize().x < NARROW_BELOW;
}

/** The lowest edge of the controls at the map's top (px from the map's top). */
export function controlsBottom(map: L.Map): number {
  const box = map.getContainer().getBoundingClientRect();
  const tops = [...map.getContainer().querySelectorAll('.leaflet-top .leaflet-control')];
  return Math.max(0, ...tops.map((c) => c.getBoundingClientRect().bottom - box.top));
}

/** Room (px) between the controls and Kazakhstan's north on a narrow map: Russia's name stands there. */
const UNDER_CONTROLS = 10;

/**
 * On a narrow map, the first view at its zoom: Kazakhstan as wide as the map, its north just under
 * the controls, so that the room below the country and its southern neighbours stays free.
 */
function narrowHome(map: L.Map): { centre: L.LatLng; zoom: number } {
  const zoom = map.getBoundsZoom(HOME, false);
  const top = controlsBottom(map) + UNDER_CONTROLS;
  const north = map.project([HOME.getNorth(), HOME.getCenter().lng], zoom);
  return { centre: map.unproject(north.add([0, map.getSize().y / 2 - top]), zoom), zoom };
}

/**
 * The bounds the reader can pan within at `zoom`: the basemap's; on a narrow map reaching as far
 * beyond it as the first view does (in a map taller than the basemap, Leaflet would centre the
 * basemap, and the room below the country would be lost), and below it by a sheet's height more, so
 * that a site in a Lupe can be brought above an open sheet (sheet.ts).
 */
function panBounds(map: L.Map, area: L.LatLngBounds, zoom: number): L.LatLngBounds {
  if (!isNarrow(map)) return area;
  const home = narrowHome(map);
  const half = map.getSize().divideBy(2);
  const view = map.project(home.centre, home.zoom);
  // The first view's edges beyond the basemap (px), as many pixels at `zoom` (one more, for rounding).
  const above = Math.max(0, map.project(area.getNorthWest(), home.zoom).y - (view.y - half.y)) + 1;
  const below =
    Math.max(0, view.y + half.y - map.project(area.getSouthWest(), home.zoom).y) + map.getSize().y * SHEET_SHARE + 1;
  const north = map.unproject(map.project(area.getNorthWest(), zoom).subtract([0, above]), zoom);
  const south = map.unproject(map.project(area.getSouthEast(), zoom).add([0, below]), zoom);
  return L.latLngBounds(south, north);
}

/** Shows all of Kazakhstan with every guarded site (on a narrow map, with room for the Lupes below). */
function showHome(map: L.Map, area: L.LatLngBounds, animate: boolean): void {
  if (!isNarrow(map)) {
    map.fitBounds(HOME, { animate });
    return;
  }
  const { centre, zoom } = narrowHome(map);
  map.setMaxBounds(panBounds(map, area, zoom));
  map.setView(centre, zoom, { animate });
}

/** Back to the first view from anywhere: a plain button, reachable by keyboard. */
const HomeControl = L.Control.extend({
  onAdd(this: L.Control & { options: { home: () => void } }): HTMLElement {
    const button = L.DomUtil.create('button', 'map-home');
    button.type = 'button';
    button.textContent = 'Gesamtansicht';
    button.title = 'Ganz Kasachstan mit allen bewachten Objekten zeigen';
    L.DomEvent.disableClickPropagation(button);
    button.addEventListener('click', () => this.options.home());
    return button;
  },
});

export function createMap(canvas: HTMLElement, data: LiveMapData): L.Map {
  const area = basemapBounds(data);
  const map = L.map(canvas, {
    zoomControl: false,
    attributionControl: false,
    zoomSnap: 0.25,
    // Without tiles, no closer than the shipped basemap still shows something (see mapConfig.maxZoom).
    maxZoom: data.tiles?.maxZoom ?? data.maxZoom,
    // The basemap covers these bounds only: the reader cannot pan past them (see panBounds).
    maxBounds: area,
    maxBoundsViscosity: 1,
  });
  L.control.zoom({ zoomInTitle: 'Vergrößern', zoomOutTitle: 'Verkleinern' }).addTo(map);
  new HomeControl({ position: 'topleft', home: () => showHome(map, area, true) } as L.ControlOptions).addTo(map);
  // No zooming out past the basemap, but always far enough to see all of Kazakhstan with every guarded
  // site (on a phone that needs more than the basemap fills); set before the first view, so that no
  // zoom animation runs at start.
  const fitMinZoom = (): void => {
    map.setMinZoom(Math.min(map.getBoundsZoom(area, true), map.getBoundsZoom(HOME, false)));
  };
  fitMinZoom();
  showHome(map, area, false);
  const bound = (): void => {
    map.setMaxBounds(panBounds(map, area, map.getZoom()));
  };
  bound();
  map.on('resize', fitMinZoom);
  map.on('zoomend resize', bound);
  return map;
}
