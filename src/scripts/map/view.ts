/**
 * The Leaflet map itself: its options, the bounds the reader can pan within,
 * its first view (Kazakhstan with every guarded site) and its two controls
 * (zoom and »Gesamtansicht«). Everything drawn on it comes from the handlers
 * beside this file.
 */
import L from 'leaflet';
import type { LiveMapData } from '../../lib/map/geo.ts';

/** Kazakhstan, the initial view. */
const HOME: L.LatLngBoundsExpression = [
  [40.5, 46.5],
  [55.5, 87.5],
];

/** The area the shipped basemap covers, as Leaflet bounds. */
export function basemapBounds(data: LiveMapData): L.LatLngBounds {
  return L.latLngBounds([data.bounds.south, data.bounds.west], [data.bounds.north, data.bounds.east]);
}

/** Back to the first view from anywhere: a plain button, reachable by keyboard. */
const HomeControl = L.Control.extend({
  onAdd(map: L.Map): HTMLElement {
    const button = L.DomUtil.create('button', 'map-home');
    button.type = 'button';
    button.textContent = 'Gesamtansicht';
    button.title = 'Ganz Kasachstan mit allen bewachten Objekten zeigen';
    L.DomEvent.disableClickPropagation(button);
    button.addEventListener('click', () => map.fitBounds(HOME));
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
    // The basemap covers these bounds only: the reader cannot pan past them.
    maxBounds: area,
    maxBoundsViscosity: 1,
  });
  L.control.zoom({ zoomInTitle: 'Vergrößern', zoomOutTitle: 'Verkleinern' }).addTo(map);
  new HomeControl({ position: 'topleft' }).addTo(map);
  // No zooming out past the basemap, but always far enough to see all of Kazakhstan with every guarded
  // site (on a phone that needs more than the basemap fills); set before the first view, so that no
  // zoom animation runs at start.
  const fitMinZoom = (): void => {
    map.setMinZoom(Math.min(map.getBoundsZoom(area, true), map.getBoundsZoom(HOME, false)));
  };
  fitMinZoom();
  map.fitBounds(HOME, { animate: false });
  map.on('resize', fitMinZoom);
  return map;
}
