/**
 * The interactive map of /karte/: Leaflet over the page's table of places.
 * The page works without it (table + static SVG); this adds zoom, popups,
 * filters on the map, deep links (#ort-<id>) and keyboard use. Every text
 * from the content goes into the DOM as text (see popup.ts).
 */
import L from 'leaflet';
import leafletCss from 'leaflet/dist/leaflet.css?url';
import type { FeatureCollection } from 'geojson';
import type { CountryProperties } from '../lib/basemap.ts';
import type { LiveMapData, MapPlace } from '../lib/geo.ts';
import { layoutMap, type MapLayout, type Rect } from '../lib/map-layout.ts';
import { symbolSvg } from '../lib/map-symbols.ts';
import { areaRadiusMeters, basemapArea } from '../lib/outline.ts';
import { buildPopup, markerLabel } from './popup.ts';
import { SheetPopup } from './sheet-popup.ts';

interface Entry {
  place: MapPlace;
  marker: L.Marker;
  /** The circle of a vague place, or the outline of a country or sea (once the basemap is there). */
  area: L.Circle | L.GeoJSON | undefined;
  row: HTMLElement | null;
}

const SVG = 'http://www.w3.org/2000/svg';
/** Marker sizes (px): at least 24 × 24, the size of a target that WCAG 2.2 asks for. */
const GUARDED_SIZE = 28;
const OTHER_SIZE = 24;

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

function svg<K extends keyof SVGElementTagNameMap>(
  parent: Element,
  tag: K,
  attributes: Record<string, string | number>,
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  parent.append(node);
  return node;
}

/** The elements of an area layer (a circle, or the paths of an outline). */
function areaElements(area: Entry['area']): Element[] {
  if (!area) return [];
  if (area instanceof L.Circle) return area.getElement() ? [area.getElement()!] : [];
  const elements: Element[] = [];
  area.eachLayer((layer) => {
    const element = (layer as L.Path).getElement();
    if (element) elements.push(element);
  });
  return elements;
}

function start(root: HTMLElement, data: LiveMapData): void {
  const canvas = root.querySelector<HTMLElement>('[data-live-map-canvas]');
  if (!canvas) return;

  root.hidden = false;
  document.documentElement.classList.add('has-live-map');

  const area = L.latLngBounds([data.bounds.south, data.bounds.west], [data.bounds.north, data.bounds.east]);
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
  // No zooming out past the basemap, but always far enough to see all of Kazakhstan with every guarded
  // site (on a phone that needs more than the basemap fills); set before the first view, so that no
  // zoom animation runs at start.
  const fitMinZoom = (): void => {
    map.setMinZoom(Math.min(map.getBoundsZoom(area, true), map.getBoundsZoom(HOME, false)));
  };
  fitMinZoom();
  map.fitBounds(HOME, { animate: false });
  map.on('resize', fitMinZoom);

  // The optional tile layer (off by default: it would load from another host), with the attribution
  // its provider requires in the map's corner. Without it, the map's credits stand under the map.
  if (data.tiles) {
    L.tileLayer(data.tiles.url, { maxZoom: data.tiles.maxZoom }).addTo(map);
    L.control
      .attribution({ position: 'bottomright', prefix: '<a href="https://leafletjs.com/">Leaflet</a>' })
      .addAttribution(data.tiles.attribution)
      .addTo(map);
  }

  // The basemap: country outlines from Natural Earth, shipped with the site, in the page's colour
  // scheme (Leaflet writes colours as SVG attributes, where CSS custom properties do not apply).
  const css = getComputedStyle(document.documentElement);
  const token = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback;
  const colours = {
    water: token('--color-map-water', '#d6e6ee'),
    land: token('--color-map-land', '#eeebe3'),
    focusLand: token('--color-map-focus-land', '#fffdf6'),
    border: token('--color-map-border', '#9a958a'),
    focusBorder: token('--color-heading', '#17324d'),
  };
  map.createPane('basemap').style.zIndex = '250';
  // Country and city names under the areas (400) and the Lupes; the Lupes and lines under the markers (600).
  map.createPane('context').style.zIndex = '380';
  map.createPane('lupes').style.zIndex = '450';
  if (!data.tiles) {
    L.rectangle(area, {
      pane: 'basemap',
      interactive: false,
      stroke: false,
      fillColor: colours.water,
      fillOpacity: 1,
    }).addTo(map);
  }
  const labels = L.layerGroup().addTo(map);
  let basemapFeatures: FeatureCollection<GeoJSON.MultiPolygon, CountryProperties>['features'] = [];
  void fetch(root.dataset['basemap'] ?? '')
    .then((response) => response.json() as Promise<FeatureCollection<GeoJSON.MultiPolygon, CountryProperties>>)
    .then((basemap) => {
      basemapFeatures = basemap.features;
      L.geoJSON(basemap, {
        pane: 'basemap',
        interactive: false,
        // Enclosed water is the background already; it is drawn only as the area of a place that names it.
        filter: (f) => !f.properties.water,
        style: (f) => ({
          className: f?.properties.focus ? 'basemap-focus' : 'basemap-land',
          color: f?.properties.focus ? colours.focusBorder : colours.border,
          weight: f?.properties.focus ? 2 : 1,
          fillColor: data.tiles ? 'transparent' : f?.properties.focus ? colours.focusLand : colours.land,
          fillOpacity: 1,
        }),
      }).addTo(map);
      // Countries and seas as their outlines, now that the outlines are there.
      for (const entry of entries.values()) {
        const outline = basemapArea(basemapFeatures, entry.place);
        if (!outline) continue;
        entry.area = L.geoJSON(outline, {
          interactive: false,
          style: () => ({ className: `place-area place-outline kind--${entry.place.kind}` }),
        });
        // Under the smaller areas; without touching the markers (an open popup stays open).
        if (map.hasLayer(entry.marker)) entry.area.addTo(map).bringToBack();
      }
    })
    .catch(() => {
      // Without the outlines the markers still stand; the table has every place.
    });

  // The countries' names and major cities as context: not interactive, hidden from assistive
  // technology; in a task of their own (as the markers below), so that no task holds a phone long.
  setTimeout(() => {
    for (const country of data.countries) {
      const label = text('span', `country-label${country.focus ? ' country-label--focus' : ''}`, country.name);
      label.setAttribute('aria-hidden', 'true');
      L.marker([country.lat, country.lng], {
        icon: L.divIcon({ className: 'country-label-icon', html: label, iconSize: undefined }),
        interactive: false,
        keyboard: false,
        pane: 'context',
      }).addTo(labels);
    }
    for (const city of data.cities) {
      const label = text('span', 'city-label', city.name);
      label.setAttribute('aria-hidden', 'true');
      L.marker([city.lat, city.lng], {
        icon: L.divIcon({ className: 'city-label-icon', html: label, iconSize: [0, 0], iconAnchor: [3, 6] }),
        interactive: false,
        keyboard: false,
        pane: 'context',
      }).addTo(labels);
    }
  }, 0);

  // The places, in the table's order (which is the Tab order of the markers).
  const entries = new Map<string, Entry>();
  for (const place of data.places) {
    const size = place.guarded ? GUARDED_SIZE : OTHER_SIZE;
    const classes = ['place-marker', `kind--${place.kind}`];
    if (place.guarded) classes.push('place-marker--guarded');
    const marker = L.marker([place.lat, place.lng], {
      // The category's symbol (markup of our own, never content); the name is the marker's aria-label.
      icon: L.divIcon({ className: classes.join(' '), html: symbolSvg(place.kind), iconSize: [size, size] }),
      keyboard: true,
      riseOnHover: true,
      zIndexOffset: place.guarded ? 1000 : 0,
    });
    marker.bindPopup(
      new SheetPopup(
        {
          maxWidth: Math.min(320, canvas.clientWidth - 70),
          // A long popup scrolls inside; the marker and its surroundings stay in view beside it.
          maxHeight: Math.max(160, Math.round(canvas.clientHeight * 0.6)),
          autoPanPadding: [24, 24],
        },
        marker,
      ).setContent(() => buildPopup(place)),
    );
    const radius = areaRadiusMeters(place);
    const area = radius
      ? L.circle([place.lat, place.lng], {
          radius,
          interactive: false,
          className: `place-area kind--${place.kind}${radius >= 300_000 ? ' place-area--large' : ''}`,
        })
      : undefined;
    const row = document.getElementById(`${ANCHOR_PREFIX}${place.id}`);
    entries.set(place.id, { place, marker, area, row });

    marker.on('add', () => {
      const element = marker.getElement();
      if (!element) return;
      element.setAttribute('aria-label', markerLabel(place));
      element.setAttribute('role', 'button');
      element.dataset['place'] = place.id;
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
    if (on) selected.add(id);
    else selected.delete(id);
    entry.row?.classList.toggle('is-selected', on);
    entry.marker.getElement()?.classList.toggle('is-selected', on);
    for (const element of areaElements(entry.area)) element.classList.toggle('is-selected', on);
    overlay.querySelectorAll(`[data-area="${CSS.escape(id)}"]`).forEach((e) => e.classList.toggle('is-selected', on));
  }

  // The Lupes and the lines from moved markers to their points, drawn in one SVG over the map
  // (under the markers), laid out anew whenever the scale or the frame changes.
  const overlay = document.createElementNS(SVG, 'svg');
  overlay.classList.add('map-overlay', 'leaflet-zoom-hide');
  overlay.setAttribute('aria-hidden', 'true');
  map.getPane('lupes')!.append(overlay);
  let layout: MapLayout = { markers: [], lupes: [] };

  /** The map's controls, as rectangles in the map's own pixels: nothing is laid over them (measured once per size). */
  let controls: Rect[] | undefined;
  function controlRects(): Rect[] {
    if (controls) return controls;
    const box = canvas!.getBoundingClientRect();
    controls = [...canvas!.querySelectorAll('.leaflet-control')].map((control) => {
      const r = control.getBoundingClientRect();
      return { x: r.left - box.left - 4, y: r.top - box.top - 4, w: r.width + 8, h: r.height + 8 };
    });
    return controls;
  }
  map.on('resize', () => (controls = undefined));

  /**
   * The room the names of cities and countries take, from their points and the type sizes in map.css
   * (estimated, not measured: measuring would make the browser lay out the whole page each time).
   */
  function contextRects(): Rect[] {
    const at = (lat: number, lng: number) => map.latLngToContainerPoint([lat, lng]);
    return [
      ...data.cities.map((c) => {
        const p = at(c.lat, c.lng);
        return { x: p.x - 3, y: p.y - 7, w: 9 + c.name.length * 6.2, h: 14 };
      }),
      ...data.countries.map((c) => {
        const p = at(c.lat, c.lng);
        return { x: p.x, y: p.y, w: c.name.length * (c.focus ? 12.5 : 10), h: c.focus ? 17 : 14 };
      }),
    ];
  }

  function relayout(): void {
    const shown = [...entries.values()].filter((e) => map.hasLayer(e.marker));
    const size = map.getSize();
    layout = layoutMap(
      shown.map((e) => e.place),
      {
        project: (lng, lat) => {
          const p = map.latLngToContainerPoint([lat, lng]);
          return [p.x, p.y];
        },
        frame: { x: 0, y: 0, w: size.x, h: size.y },
        // Nothing over the controls; the names of cities and countries stay free where there is room.
        avoid: controlRects(),
        context: contextRects(),
        guardedSize: GUARDED_SIZE,
        otherSize: OTHER_SIZE,
        lupeSize: size.x < 600 ? 96 : 120,
      },
    );
    // Everything from the view the layout was made for, before anything moves the map: an open
    // popup that follows its marker may pan the map (on a phone, to keep it clear of the sheet).
    layoutOrigin = map.containerPointToLayerPoint([0, 0]);
    const moves = layout.markers.map((spot) => ({
      entry: entries.get(spot.id)!,
      latlng: map.containerPointToLatLng([spot.x, spot.y]),
    }));
    for (const { entry, latlng } of moves) entry.marker.setLatLng(latlng);
    drawOverlay(size);
    for (const { entry, latlng } of moves) {
      const popup = entry.marker.getPopup();
      if (popup?.isOpen()) popup.setLatLng(latlng);
    }
  }

  let layoutOrigin = L.point(0, 0);
  function drawOverlay(size: L.Point): void {
    L.DomUtil.setPosition(overlay as unknown as HTMLElement, layoutOrigin);
    overlay.setAttribute('width', String(size.x));
    overlay.setAttribute('height', String(size.y));
    overlay.replaceChildren();
    for (const lupe of layout.lupes) {
      const g = svg(overlay, 'g', { class: 'lupe' });
      svg(g, 'line', {
        class: 'lupe__pointer',
        x1: lupe.anchor[0],
        y1: lupe.anchor[1],
        x2: lupe.pointer[0],
        y2: lupe.pointer[1],
      });
      svg(g, 'circle', { class: 'lupe__ring', cx: lupe.anchor[0], cy: lupe.anchor[1], r: 7 });
      svg(g, 'rect', {
        class: 'lupe__box',
        x: lupe.box.x,
        y: lupe.box.y,
        width: lupe.box.w,
        height: lupe.box.h,
        rx: 4,
      });
      svg(g, 'text', { class: 'lupe__title', x: lupe.box.x + 6, y: lupe.box.y + 14 }).textContent = lupe.title;
      if (lupe.area) svg(g, 'circle', { class: 'lupe__area', cx: lupe.area.x, cy: lupe.area.y, r: lupe.area.r });
      for (const a of lupe.siteAreas) {
        const place = entries.get(a.id)!.place;
        svg(g, 'circle', { class: `place-area kind--${place.kind}`, 'data-area': a.id, cx: a.x, cy: a.y, r: a.r });
      }
      const scale = svg(g, 'g', { class: 'lupe__scale' });
      const right = lupe.box.x + lupe.box.w - 6;
      const foot = lupe.box.y + lupe.box.h - 5;
      svg(scale, 'line', { x1: right - lupe.scale.px, y1: foot, x2: right, y2: foot });
      svg(scale, 'text', { x: right - lupe.scale.px - 4, y: foot + 3.5 }).textContent = `${lupe.scale.km} km`;
    }
    for (const spot of layout.markers) {
      if (Math.hypot(spot.x - spot.point[0], spot.y - spot.point[1]) > 1) {
        const g = svg(overlay, 'g', { class: 'map-leader' });
        svg(g, 'line', { x1: spot.point[0], y1: spot.point[1], x2: spot.x, y2: spot.y });
        svg(g, 'circle', { cx: spot.point[0], cy: spot.point[1], r: 2 });
      }
      if (spot.label) {
        svg(overlay, 'text', {
          class: 'static-map__label',
          'data-place': spot.id,
          x: spot.label.x,
          y: spot.label.y + 4,
          'text-anchor': spot.label.anchor,
        }).textContent = spot.label.text;
      }
    }
    for (const id of selected) select(id, true);
  }
  const selected = new Set<string>();
  map.on('zoomend resize', relayout);
  // After a pan, a Lupe that left the frame while its city stayed in it is placed anew (unless a popup is open).
  map.on('moveend', () => {
    const size = map.getSize();
    // The layout's pixels are those of the view it was made for: shift them by the pan since.
    const shift = map.layerPointToContainerPoint(layoutOrigin);
    const within = (x: number, y: number) =>
      x + shift.x >= 0 && y + shift.y >= 0 && x + shift.x <= size.x && y + shift.y <= size.y;
    const stray = layout.lupes.some(
      (l) => within(...l.anchor) && !(within(l.box.x, l.box.y) && within(l.box.x + l.box.w, l.box.y + l.box.h)),
    );
    if (stray && !document.querySelector('.leaflet-popup')) relayout();
  });

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
    for (const e of [...shown].sort((a, b) => areaRadiusMeters(b.place) - areaRadiusMeters(a.place)))
      e.area?.addTo(map);
    for (const e of shown) e.marker.addTo(map);
    relayout();
  }
  for (const box of [...kindBoxes, guardedBox]) box?.addEventListener('change', applyFilters);
  // In a task of its own: a phone's main thread is not held for long at once (the map is there, the
  // markers follow a moment later).
  setTimeout(applyFilters, 0);

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
    // A site in a Lupe: its city, close enough for the neighbourhood (the Lupe shows the city scale);
    // else the place's whole area in view, or an exact site with its surroundings.
    const lupe = layout.markers.find((m) => m.id === id)?.lupe;
    const city = lupe ? entries.get(lupe)?.place : undefined;
    const target = city ?? entry.place;
    const zoom = city
      ? Math.min(map.getMaxZoom(), 6)
      : entry.area
        ? Math.min(map.getBoundsZoom(entry.area.getBounds().pad(0.15)), map.getMaxZoom())
        : map.getMaxZoom();
    map.setView([target.lat, target.lng], Math.max(zoom, map.getMinZoom()), { animate: false });
    relayout();
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
    if (data) start(root, data);
  });
}
