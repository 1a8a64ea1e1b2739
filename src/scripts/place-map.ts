/**
 * The interactive map of /karte/: Leaflet over the page's table of places.
 * The page works without it (table + static SVG); this adds zoom, popups,
 * filters on the map, deep links (#ort-<id>) and keyboard use. Every text
 * from the content goes into the DOM as text (see popup.ts).
 */
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import type { FeatureCollection } from 'geojson';
import type { ContextCity, TileLayerConfig } from '../config/map.ts';
import type { Bounds, CountryProperties } from '../lib/basemap.ts';
import type { MapPlace } from '../lib/geo.ts';
import { buildPopup, markerLabel } from './popup.ts';

interface MapData {
  places: MapPlace[];
  cities: ContextCity[];
  tiles: TileLayerConfig | null;
  bounds: Bounds;
}

interface Entry {
  place: MapPlace;
  marker: L.Marker;
  area: L.Circle | undefined;
  row: HTMLElement | null;
}

const ANCHOR_PREFIX = 'ort-';
/** Kazakhstan, the initial view. */
const HOME: L.LatLngBoundsExpression = [
  [40.5, 46.5],
  [55.5, 87.5],
];

function text(tag: string, className: string, content: string): HTMLElement {
  const node = document.createElement(tag);
  node.className = className;
  node.textContent = content;
  return node;
}

/** Two-letter sign of a category inside its marker (the legend and the popup name it in full). */
function sign(label: string): string {
  return label === 'Medien' ? 'TV' : label.slice(0, 2);
}

function start(root: HTMLElement): void {
  const canvas = root.querySelector<HTMLElement>('[data-live-map-canvas]');
  const source = document.getElementById('karte-daten');
  if (!canvas || !source?.textContent) return;
  const data = JSON.parse(source.textContent) as MapData;

  root.hidden = false;
  document.documentElement.classList.add('has-live-map');

  const area = L.latLngBounds([data.bounds.south, data.bounds.west], [data.bounds.north, data.bounds.east]);
  const map = L.map(canvas, {
    zoomControl: false,
    attributionControl: false,
    zoomSnap: 0.25,
    maxZoom: data.tiles?.maxZoom ?? 15,
    // The basemap covers these bounds only: the reader cannot pan past them.
    maxBounds: area,
    maxBoundsViscosity: 1,
  });
  L.control.zoom({ zoomInTitle: 'Vergrößern', zoomOutTitle: 'Verkleinern' }).addTo(map);
  // Back to the first view from anywhere: a plain button, reachable by keyboard.
  const HomeControl = L.Control.extend({
    onAdd(): HTMLElement {
      const button = L.DomUtil.create('button', 'map-home');
      button.type = 'button';
      button.textContent = 'Gesamtansicht';
      button.title = 'Ganz Kasachstan mit allen bewachten Objekten zeigen';
      L.DomEvent.disableClickPropagation(button);
      button.addEventListener('click', () => map.fitBounds(HOME));
      return button;
    },
  });
  new HomeControl({ position: 'topleft' }).addTo(map);
  const attribution = L.control
    .attribution({ prefix: '<a href="https://leafletjs.com/">Leaflet</a>' })
    .addAttribution('Grenzen: <a href="https://www.naturalearthdata.com/">Natural Earth</a>')
    .addTo(map);
  // No zooming out past the basemap, but always far enough to see all of Kazakhstan with every guarded
  // site (on a phone that needs more than the basemap fills); set before the first view, so that no
  // zoom animation runs at start.
  const fitMinZoom = (): void => {
    map.setMinZoom(Math.min(map.getBoundsZoom(area, true), map.getBoundsZoom(HOME, false)));
  };
  fitMinZoom();
  map.fitBounds(HOME, { animate: false });
  map.on('resize', fitMinZoom);

  // The optional tile layer (off by default: it would load from another host).
  if (data.tiles) {
    L.tileLayer(data.tiles.url, { maxZoom: data.tiles.maxZoom }).addTo(map);
    attribution.addAttribution(data.tiles.attribution);
  }

  // The basemap: country outlines from Natural Earth, shipped with the site.
  map.createPane('basemap').style.zIndex = '250';
  if (!data.tiles) {
    L.rectangle(area, {
      pane: 'basemap',
      interactive: false,
      stroke: false,
      fillColor: '#d6e6ee',
      fillOpacity: 1,
    }).addTo(map);
  }
  const labels = L.layerGroup().addTo(map);
  void fetch(root.dataset['basemap'] ?? '')
    .then((response) => response.json() as Promise<FeatureCollection<GeoJSON.MultiPolygon, CountryProperties>>)
    .then((basemap) => {
      L.geoJSON(basemap, {
        pane: 'basemap',
        interactive: false,
        style: (f) => ({
          className: f?.properties.focus ? 'basemap-focus' : 'basemap-land',
          color: f?.properties.focus ? '#17324d' : '#9a958a',
          weight: f?.properties.focus ? 2 : 1,
          fillColor: data.tiles ? 'transparent' : f?.properties.focus ? '#fffdf6' : '#eeebe3',
          fillOpacity: 1,
        }),
      }).addTo(map);
      for (const f of basemap.features) {
        if (!f.properties.label) continue;
        const [lng, lat] = f.properties.label;
        const label = text(
          'span',
          `country-label${f.properties.focus ? ' country-label--focus' : ''}`,
          f.properties.name,
        );
        label.setAttribute('aria-hidden', 'true');
        L.marker([lat, lng], {
          icon: L.divIcon({ className: 'country-label-icon', html: label, iconSize: undefined }),
          interactive: false,
          keyboard: false,
        }).addTo(labels);
      }
    })
    .catch(() => {
      // Without the outlines the markers still stand; the table has every place.
    });

  // Major cities as context: not interactive, hidden from assistive technology.
  for (const city of data.cities) {
    const label = text('span', 'city-label', city.name);
    label.setAttribute('aria-hidden', 'true');
    L.marker([city.lat, city.lng], {
      icon: L.divIcon({ className: 'city-label-icon', html: label, iconSize: [0, 0], iconAnchor: [3, 6] }),
      interactive: false,
      keyboard: false,
    }).addTo(labels);
  }

  // The places, in the table's order (which is the Tab order of the markers).
  const entries = new Map<string, Entry>();
  for (const place of data.places) {
    const size = place.guarded ? 26 : 22;
    const classes = ['place-marker', `kind--${place.kind}`];
    if (place.guarded) classes.push('place-marker--guarded');
    const marker = L.marker([place.lat, place.lng], {
      icon: L.divIcon({ className: classes.join(' '), html: '', iconSize: [size, size] }),
      keyboard: true,
      riseOnHover: true,
      zIndexOffset: place.guarded ? 1000 : 0,
    });
    marker.bindPopup(() => buildPopup(place), {
      maxWidth: Math.min(320, canvas.clientWidth - 70),
      // A long popup scrolls inside the map instead of running out of it on a phone.
      maxHeight: Math.max(160, canvas.clientHeight - 90),
      autoPanPadding: [24, 24],
    });
    const area =
      place.radiusKm !== undefined
        ? L.circle([place.lat, place.lng], {
            radius: place.radiusKm * 1000,
            interactive: false,
            className: `place-area kind--${place.kind}${place.radiusKm >= 300 ? ' place-area--large' : ''}`,
          })
        : undefined;
    const row = document.getElementById(`${ANCHOR_PREFIX}${place.id}`);
    entries.set(place.id, { place, marker, area, row });

    marker.on('add', () => {
      const element = marker.getElement();
      if (!element) return;
      element.setAttribute('aria-label', markerLabel(place));
      element.dataset['place'] = place.id;
      // The sign is drawn by CSS (content with empty alternative text): the accessible name is the label alone.
      element.dataset['sign'] = sign(place.kindLabel);
    });
    marker.on('popupopen', (event) => {
      history.replaceState(null, '', `#${ANCHOR_PREFIX}${place.id}`);
      select(place.id, true);
      const container = event.popup.getElement();
      const close = container?.querySelector<HTMLAnchorElement>('.leaflet-popup-close-button');
      if (close) {
        close.setAttribute('aria-label', `${place.name}: Fenster schließen`);
        close.title = 'Schließen';
      }
      if (openedByKeyboard) container?.querySelector<HTMLElement>('.place-popup__title')?.focus();
      openedByKeyboard = false;
    });
    marker.on('popupclose', (event) => {
      select(place.id, false);
      if (location.hash === `#${ANCHOR_PREFIX}${place.id}`) {
        history.replaceState(null, '', `${location.pathname}${location.search}`);
      }
      const active = document.activeElement;
      const popup = event.popup.getElement();
      if (!active || active === document.body || (popup && popup.contains(active))) {
        marker.getElement()?.focus({ preventScroll: true });
      }
    });
  }

  let openedByKeyboard = false;
  canvas.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      map.closePopup();
      return;
    }
    if ((event.key === 'Enter' || event.key === ' ') && (event.target as HTMLElement).dataset['place']) {
      openedByKeyboard = true;
      if (event.key === ' ') {
        event.preventDefault();
        (event.target as HTMLElement).click();
      }
    }
  });

  function select(id: string, on: boolean): void {
    const entry = entries.get(id);
    if (!entry) return;
    entry.row?.classList.toggle('is-selected', on);
    entry.marker.getElement()?.classList.toggle('is-selected', on);
    entry.area?.getElement()?.classList.toggle('is-selected', on);
  }

  // Filters: the same checkboxes that hide table rows (by CSS) add and remove map layers.
  const kindBoxes = [...document.querySelectorAll<HTMLInputElement>('[data-filter-kind]')];
  const guardedBox = document.querySelector<HTMLInputElement>('[data-filter-guarded]');
  const visible = (place: MapPlace): boolean =>
    (kindBoxes.find((b) => b.value === place.kind)?.checked ?? true) && (!guardedBox?.checked || place.guarded);

  function applyFilters(): void {
    // Remove all, then add the visible ones in table order, so that Tab follows the table.
    for (const { marker, area } of entries.values()) {
      marker.remove();
      area?.remove();
    }
    const shown = [...entries.values()].filter((e) => visible(e.place));
    // Large areas first, so that small ones stay on top.
    for (const e of [...shown].sort((a, b) => (b.place.radiusKm ?? 0) - (a.place.radiusKm ?? 0))) e.area?.addTo(map);
    for (const e of shown) e.marker.addTo(map);
  }
  for (const box of [...kindBoxes, guardedBox]) box?.addEventListener('change', applyFilters);
  applyFilters();

  /** Opens a place's popup, shows it on the map and focuses its marker. */
  function show(id: string, scroll: boolean): boolean {
    const entry = entries.get(id);
    if (!entry) return false;
    if (!visible(entry.place)) {
      // A place asked for by name is shown even if a filter hid it.
      const box = kindBoxes.find((b) => b.value === entry.place.kind);
      if (box) box.checked = true;
      if (guardedBox && !entry.place.guarded) guardedBox.checked = false;
      applyFilters();
    }
    // Zoom so that a place's whole area is in view; an exact site with its neighbours.
    const zoom = entry.area ? Math.min(map.getBoundsZoom(entry.area.getBounds().pad(0.15)), 12) : 11;
    map.setView([entry.place.lat, entry.place.lng], zoom, { animate: false });
    entry.marker.openPopup();
    if (scroll) canvas?.scrollIntoView({ block: 'center' });
    entry.marker.getElement()?.focus({ preventScroll: !scroll });
    return true;
  }

  // Table → map: the place's name in the table shows it on the map.
  for (const { place, row } of entries.values()) {
    row?.querySelector<HTMLAnchorElement>('.place-row__link')?.addEventListener('click', (event) => {
      event.preventDefault();
      show(place.id, true);
    });
  }

  // Deep links: /karte/#ort-<id> opens that place.
  const fromHash = (): void => {
    const id = decodeURIComponent(location.hash.slice(1));
    if (id.startsWith(ANCHOR_PREFIX)) show(id.slice(ANCHOR_PREFIX.length), true);
  };
  window.addEventListener('hashchange', fromHash);
  // After the load event: the browser's own jump to the fragment (the table row) would take the focus back.
  const afterLoad = (): void => {
    setTimeout(() => {
      fromHash();
      root.dataset['ready'] = 'true';
    }, 0);
  };
  if (document.readyState === 'complete') afterLoad();
  else window.addEventListener('load', afterLoad, { once: true });
}

const root = document.querySelector<HTMLElement>('[data-live-map]');
if (root) start(root);
