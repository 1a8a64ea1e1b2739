/**
 * The Lupes (inset magnifiers for cities whose sites would overlap at the
 * map's scale) and the lines from moved markers to their points: laid out by
 * `layoutMap` (src/lib/map/map-layout.ts) whenever the scale, the frame or the
 * shown places change, and drawn in one SVG over the map, under the markers.
 */
import L from 'leaflet';
import type { LiveMapData, MapPlace } from '../../lib/map/geo.ts';
import { layoutMap, type MapLayout, type Rect } from '../../lib/map/map-layout.ts';
import { GUARDED_SIZE, OTHER_SIZE, type PlaceSelectEvent, type Places } from './places.ts';
import { HOME, isNarrow } from './view.ts';

const SVG = 'http://www.w3.org/2000/svg';

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

/** One Lupe: its pointer to the city, its frame and title, the areas it shows and its scale bar. */
function drawLupe(parent: Element, lupe: MapLayout['lupes'][number], places: Places): void {
  const g = svg(parent, 'g', { class: 'lupe' });
  svg(g, 'line', {
    class: 'lupe__pointer',
    x1: lupe.anchor[0],
    y1: lupe.anchor[1],
    x2: lupe.pointer[0],
    y2: lupe.pointer[1],
  });
  svg(g, 'circle', { class: 'lupe__ring', cx: lupe.anchor[0], cy: lupe.anchor[1], r: 7 });
  svg(g, 'rect', { class: 'lupe__box', x: lupe.box.x, y: lupe.box.y, width: lupe.box.w, height: lupe.box.h, rx: 4 });
  svg(g, 'text', { class: 'lupe__title', x: lupe.box.x + 6, y: lupe.box.y + 14 }).textContent = lupe.title;
  if (lupe.area) svg(g, 'circle', { class: 'lupe__area', cx: lupe.area.x, cy: lupe.area.y, r: lupe.area.r });
  for (const a of lupe.siteAreas) {
    const place = places.entries.get(a.id)!.place;
    svg(g, 'circle', { class: `place-area kind--${place.kind}`, 'data-area': a.id, cx: a.x, cy: a.y, r: a.r });
  }
  const scale = svg(g, 'g', { class: 'lupe__scale' });
  const right = lupe.box.x + lupe.box.w - 6;
  const foot = lupe.box.y + lupe.box.h - 5;
  svg(scale, 'line', { x1: right - lupe.scale.px, y1: foot, x2: right, y2: foot });
  svg(scale, 'text', { x: right - lupe.scale.px - 4, y: foot + 3.5 }).textContent = `${lupe.scale.km} km`;
}

/** A moved marker's line to its point, and its name where the layout gives it one. */
function drawSpot(parent: Element, spot: MapLayout['markers'][number]): void {
  if (Math.hypot(spot.x - spot.point[0], spot.y - spot.point[1]) > 1) {
    const g = svg(parent, 'g', { class: 'map-leader' });
    svg(g, 'line', { x1: spot.point[0], y1: spot.point[1], x2: spot.x, y2: spot.y });
    svg(g, 'circle', { cx: spot.point[0], cy: spot.point[1], r: 2 });
  }
  if (spot.label) {
    svg(parent, 'text', {
      class: 'static-map__label',
      'data-place': spot.id,
      x: spot.label.x,
      y: spot.label.y + 4,
      'text-anchor': spot.label.anchor,
    }).textContent = spot.label.text;
  }
}

export class Lupes extends L.Handler {
  private readonly overlay = document.createElementNS(SVG, 'svg');
  private layout: MapLayout = { markers: [], lupes: [] };
  /** The map's pixel origin of the view the layout was made for. */
  private layoutOrigin = L.point(0, 0);
  /** The map's controls, as rectangles in the map's own pixels: nothing is laid over them (measured once per size). */
  private controls: Rect[] | undefined;

  constructor(
    private readonly map: L.Map,
    private readonly data: LiveMapData,
    private readonly places: Places,
  ) {
    super(map);
    this.overlay.classList.add('map-overlay', 'leaflet-zoom-hide');
    this.overlay.setAttribute('aria-hidden', 'true');
  }

  override addHooks(): void {
    this.map.createPane('lupes').style.zIndex = '450';
    this.map.getPane('lupes')!.append(this.overlay);
    this.map.on('resize', this.forgetControls, this);
    this.map.on('zoomend resize placesshown', this.relayout, this);
    this.map.on('moveend', this.placeStrays, this);
    this.map.on('placeselect', this.select, this);
  }

  override removeHooks(): void {
    this.overlay.remove();
    this.map.off('resize', this.forgetControls, this);
    this.map.off('zoomend resize placesshown', this.relayout, this);
    this.map.off('moveend', this.placeStrays, this);
    this.map.off('placeselect', this.select, this);
  }

  /** The city whose Lupe shows a site, if one does. */
  lupeCity(id: string): MapPlace | undefined {
    const lupe = this.layout.markers.find((m) => m.id === id)?.lupe;
    return lupe ? this.places.entries.get(lupe)?.place : undefined;
  }

  relayout(): void {
    const { map, places } = this;
    const size = map.getSize();
    const narrow = isNarrow(map);
    const north = map.latLngToContainerPoint(HOME.getNorthWest());
    const south = map.latLngToContainerPoint(HOME.getSouthEast());
    this.layout = layoutMap(
      places.shown().map((e) => e.place),
      {
        project: (lng, lat) => {
          const p = map.latLngToContainerPoint([lat, lng]);
          return [p.x, p.y];
        },
        frame: { x: 0, y: 0, w: size.x, h: size.y },
        // Nothing over the controls; the names of countries stay free, those of cities where there is room.
        avoid: this.controlRects(),
        context: this.cityRects(),
        names: this.countryRects(),
        // On a narrow map (a phone) small Lupes, two abreast in the room the first view leaves below
        // the country (view.ts), off Kazakhstan itself.
        focus: narrow ? { x: north.x, y: north.y, w: south.x - north.x, h: south.y - north.y } : undefined,
        guardedSize: GUARDED_SIZE,
        otherSize: OTHER_SIZE,
        lupeSize: narrow ? 64 : 120,
      },
    );
    // Everything from the view the layout was made for, before anything moves the map: an open
    // popup that follows its marker may pan the map (on a phone, to keep it clear of the sheet).
    this.layoutOrigin = map.containerPointToLayerPoint([0, 0]);
    const moves = this.layout.markers.map((spot) => ({
      entry: places.entries.get(spot.id)!,
      latlng: map.containerPointToLatLng([spot.x, spot.y]),
    }));
    for (const { entry, latlng } of moves) entry.marker.setLatLng(latlng);
    this.draw(size);
    for (const { entry, latlng } of moves) {
      const popup = entry.marker.getPopup();
      if (popup?.isOpen()) popup.setLatLng(latlng);
    }
  }

  private draw(size: L.Point): void {
    const { overlay } = this;
    L.DomUtil.setPosition(overlay as unknown as HTMLElement, this.layoutOrigin);
    overlay.setAttribute('width', String(size.x));
    overlay.setAttribute('height', String(size.y));
    overlay.replaceChildren();
    for (const lupe of this.layout.lupes) drawLupe(overlay, lupe, this.places);
    for (const spot of this.layout.markers) drawSpot(overlay, spot);
    // The markers and areas drawn anew show their selection again.
    for (const id of this.places.selected) this.places.select(id, true);
  }

  private select(event: L.LeafletEvent): void {
    const { id, on } = event as PlaceSelectEvent;
    this.overlay
      .querySelectorAll(`[data-area="${CSS.escape(id)}"]`)
      .forEach((e) => e.classList.toggle('is-selected', on));
  }

  private forgetControls(): void {
    this.controls = undefined;
  }

  private controlRects(): Rect[] {
    if (this.controls) return this.controls;
    const canvas = this.map.getContainer();
    const box = canvas.getBoundingClientRect();
    this.controls = [...canvas.querySelectorAll('.leaflet-control')].map((control) => {
      const r = control.getBoundingClientRect();
      return { x: r.left - box.left - 4, y: r.top - box.top - 4, w: r.width + 8, h: r.height + 8 };
    });
    return this.controls;
  }

  /*
   * The room the names of cities and countries take, from their points and the type sizes in map.css
   * (estimated, not measured: measuring would make the browser lay out the whole page each time).
   */

  private cityRects(): Rect[] {
    return this.data.cities.map((c) => {
      const p = this.map.latLngToContainerPoint([c.lat, c.lng]);
      return { x: p.x - 3, y: p.y - 7, w: 9 + c.name.length * 6.2, h: 14 };
    });
  }

  private countryRects(): Rect[] {
    return this.data.countries.map((c) => {
      const p = this.map.latLngToContainerPoint([c.lat, c.lng]);
      // (Capitals spaced 0.08 em: measured 7.7 px a letter at 12 px, 10.8 px at 15 px.)
      return { x: p.x, y: p.y, w: c.name.length * (c.focus ? 11 : 8), h: c.focus ? 17 : 14 };
    });
  }

  /** After a pan, a Lupe that left the frame while its city stayed in it is placed anew (unless a popup is open). */
  private placeStrays(): void {
    const size = this.map.getSize();
    // The layout's pixels are those of the view it was made for: shift them by the pan since.
    const shift = this.map.layerPointToContainerPoint(this.layoutOrigin);
    const within = (x: number, y: number) =>
      x + shift.x >= 0 && y + shift.y >= 0 && x + shift.x <= size.x && y + shift.y <= size.y;
    const stray = this.layout.lupes.some(
      (l) => within(...l.anchor) && !(within(l.box.x, l.box.y) && within(l.box.x + l.box.w, l.box.y + l.box.h)),
    );
    if (stray && !document.querySelector('.leaflet-popup')) this.relayout();
  }
}
