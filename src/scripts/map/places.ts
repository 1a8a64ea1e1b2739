/**
 * The places on the map, in the table's order (which is the Tab order of the
 * markers): one marker per place with the category's symbol and an accessible
 * name, the circle of a vague place, the outline of a country or sea once the
 * basemap is there, and which places are selected (row, marker and area
 * highlighted; `placeselect` tells the other handlers). Which places are on
 * the map is the filters' concern.
 */
import L from 'leaflet';
import type { LiveMapData, MapPlace } from '../../lib/map/geo.ts';
import { symbolSvg } from '../../lib/map/map-symbols.ts';
import { areaRadiusMeters, basemapArea } from '../../lib/map/outline.ts';
import type { BasemapLoadEvent } from './basemap.ts';
import { markerLabel } from '../popup.ts';

export interface Entry {
  place: MapPlace;
  marker: L.Marker;
  /** The circle of a vague place, or the outline of a country or sea (once the basemap is there). */
  area: L.Circle | L.GeoJSON | undefined;
  /** The place's row in the table. */
  row: HTMLElement | null;
}

/** Fired on the map when a place is selected or no longer. */
export interface PlaceSelectEvent extends L.LeafletEvent {
  id: string;
  on: boolean;
}

/** Marker sizes (px): at least 24 × 24, the size of a target that WCAG 2.2 asks for. */
export const GUARDED_SIZE = 28;
export const OTHER_SIZE = 24;

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

function placeMarker(place: MapPlace): L.Marker {
  const size = place.guarded ? GUARDED_SIZE : OTHER_SIZE;
  const classes = ['place-marker', `kind--${place.kind}`];
  if (place.guarded) classes.push('place-marker--guarded');
  return L.marker([place.lat, place.lng], {
    // The category's symbol (markup of our own, never content); the name is the marker's aria-label.
    icon: L.divIcon({ className: classes.join(' '), html: symbolSvg(place.kind), iconSize: [size, size] }),
    keyboard: true,
    riseOnHover: true,
    zIndexOffset: place.guarded ? 1000 : 0,
  });
}

/** The circle of a place the model draws as one (a point has none; an outline follows with the basemap). */
function placeCircle(place: MapPlace): L.Circle | undefined {
  const radius = areaRadiusMeters(place);
  if (!radius) return undefined;
  return L.circle([place.lat, place.lng], {
    radius,
    interactive: false,
    className: `place-area kind--${place.kind}${radius >= 300_000 ? ' place-area--large' : ''}`,
  });
}

/** A marker's element is made anew each time it is added: its name and role with it (`this` is its place). */
function describe(this: MapPlace, event: L.LeafletEvent): void {
  const element = (event.target as L.Marker).getElement();
  if (!element) return;
  element.setAttribute('aria-label', markerLabel(this));
  element.setAttribute('role', 'button');
  element.dataset['place'] = this.id;
}

export class Places extends L.Handler {
  /** Every place by id, in the table's order. */
  readonly entries = new Map<string, Entry>();
  readonly selected = new Set<string>();

  constructor(
    private readonly map: L.Map,
    data: LiveMapData,
  ) {
    super(map);
    for (const place of data.places) {
      const row = document.getElementById(place.anchor);
      this.entries.set(place.id, { place, marker: placeMarker(place), area: placeCircle(place), row });
    }
  }

  override addHooks(): void {
    for (const { place, marker } of this.entries.values()) marker.on('add', describe, place);
    this.map.on('basemapload', this.addOutlines, this);
  }

  override removeHooks(): void {
    for (const { place, marker, area } of this.entries.values()) {
      marker.off('add', describe, place).remove();
      area?.remove();
    }
    this.map.off('basemapload', this.addOutlines, this);
  }

  /** The entries whose markers are on the map (in the table's order). */
  shown(): Entry[] {
    return [...this.entries.values()].filter((e) => this.map.hasLayer(e.marker));
  }

  select(id: string, on: boolean): void {
    const entry = this.entries.get(id);
    if (!entry) return;
    if (on) this.selected.add(id);
    else this.selected.delete(id);
    entry.row?.classList.toggle('is-selected', on);
    entry.marker.getElement()?.classList.toggle('is-selected', on);
    for (const element of areaElements(entry.area)) element.classList.toggle('is-selected', on);
    this.map.fire('placeselect', { id, on });
  }

  /** Countries and seas as their outlines, now that the outlines are there. */
  private addOutlines(event: L.LeafletEvent): void {
    const { features } = event as BasemapLoadEvent;
    for (const entry of this.entries.values()) {
      const outline = basemapArea(features, entry.place);
      if (!outline) continue;
      entry.area = L.geoJSON(outline, {
        interactive: false,
        style: () => ({ className: `place-area place-outline kind--${entry.place.kind}` }),
      });
      // Under the smaller areas; without touching the markers (an open popup stays open).
      if (this.map.hasLayer(entry.marker)) entry.area.addTo(this.map).bringToBack();
    }
  }
}
