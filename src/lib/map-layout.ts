/**
 * Where the markers go, so that none hides another: the layout of every map
 * of places (the interactive map at its current zoom, the static map, the
 * locator maps). Pure: it takes projected points and returns positions.
 *
 * Where a city's sites crowd (Almaty, Nur-Sultan: a handful of sites within a
 * few kilometres, the same pixel at country scale), the map draws a »Lupe«:
 * an inset at city scale beside the city, as newsroom locator maps do, with
 * the city's name and area and each site at its place within it. We chose
 * insets over marker clustering (leaflet.markercluster): a cluster hides its
 * members until the reader expands it, an inset shows every site at once;
 * the insets need no plugin, work the same on the static map, and each site
 * keeps one marker of its own, reachable by Tab like all others.
 *
 * Markers that still touch (inside a Lupe, or two places whose points are
 * near at country scale) are moved apart just far enough; a thin line joins
 * a moved marker to its true point (a small dot), so that no position is
 * falsely exact.
 */
import { areaRadiusMeters } from './outline.ts';

export interface LayoutPlace {
  id: string;
  name: string;
  kind: string;
  guarded: boolean;
  lat: number;
  lng: number;
  /** Point, circle or outline, as the model decided (only a circle has an area inside a Lupe). */
  geometry: { kind: string; radiusKm?: number };
  within?: { id: string; name: string } | undefined;
  /** A short name for the map's label (the registry's `mapLabel`). */
  mapLabel?: string | undefined;
}

/** The radius of a place's circle in km, 0 for a point or an outline. */
const radiusKm = (p: LayoutPlace): number => areaRadiusMeters(p) / 1000;

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface MarkerSpot {
  id: string;
  /** The marker's centre. */
  x: number;
  y: number;
  /** Its diameter (the marker's box is size × size). */
  size: number;
  /** The place's true point; the marker is joined to it by a line where they differ. */
  point: [number, number];
  /** The Lupe (its city's id) the marker is drawn in, if any. */
  lupe: string | undefined;
  /** A direct label where there is room (guarded sites only); `y` is the middle of its line. */
  label: { x: number; y: number; text: string; anchor: 'start' | 'end' | 'middle' } | undefined;
}

export interface Lupe {
  /** The city's id. */
  id: string;
  title: string;
  /** The inset's frame. */
  box: Rect;
  /** The city's point on the main map, which the Lupe magnifies. */
  anchor: [number, number];
  /** Where the pointer from the city meets the frame. */
  pointer: [number, number];
  /** The city's area at the Lupe's scale (its radius), if it has one. */
  area: { x: number; y: number; r: number } | undefined;
  /** Areas of the sites at the Lupe's scale. */
  siteAreas: { id: string; x: number; y: number; r: number }[];
  /** A scale bar: `km` kilometres are `px` long. */
  scale: { km: number; px: number };
}

export interface MapLayout {
  markers: MarkerSpot[];
  lupes: Lupe[];
}

export interface LayoutOptions {
  /** [lng, lat] → [x, y] on the main map. */
  project: (lng: number, lat: number) => [number, number];
  /** The visible frame: Lupes are placed inside it. */
  frame: Rect;
  /** Rectangles that nothing may cover (the map's controls). */
  avoid?: readonly Rect[];
  /**
   * Rectangles better left free (the names of context cities and countries): a Lupe or a label
   * covers one only where no free place is left.
   */
  context?: readonly Rect[];
  /** Marker diameters. */
  guardedSize?: number;
  otherSize?: number;
  /** The inner size of a Lupe (px). */
  lupeSize?: number;
  /** Direct labels where there is room: for guarded sites, unless this says otherwise. */
  labels?: boolean;
  labelled?: (place: LayoutPlace) => boolean;
  /** Width of one character of a label (px), for the room it needs. */
  charWidth?: number;
}

const GAP = 4;
const KM_PER_DEGREE = 111.32;
const LUPE_PAD = 6;
const LUPE_TITLE = 20;
/** Room at a Lupe's foot for its scale bar. */
const LUPE_FOOT = 14;
const LABEL_HEIGHT = 15;

/** The city that holds a place, following `within` through the places on the map. */
function cityOf(place: LayoutPlace, byId: ReadonlyMap<string, LayoutPlace>): LayoutPlace | undefined {
  const seen = new Set<string>();
  let current = place.within ? byId.get(place.within.id) : undefined;
  while (current && !seen.has(current.id)) {
    if (current.kind === 'city') return current;
    seen.add(current.id);
    current = current.within ? byId.get(current.within.id) : undefined;
  }
  return undefined;
}

/** The sites of each city on the map (a city with at least one site), in the order of the places. */
export function lupeGroups(places: readonly LayoutPlace[]): { city: LayoutPlace; sites: LayoutPlace[] }[] {
  const byId = new Map(places.map((p) => [p.id, p]));
  const groups = new Map<string, { city: LayoutPlace; sites: LayoutPlace[] }>();
  for (const place of places) {
    const city = cityOf(place, byId);
    if (!city) continue;
    const group = groups.get(city.id) ?? { city, sites: [] };
    group.sites.push(place);
    groups.set(city.id, group);
  }
  return [...groups.values()];
}

const overlaps = (a: Rect, b: Rect, gap = 0): boolean =>
  a.x < b.x + b.w + gap && b.x < a.x + a.w + gap && a.y < b.y + b.h + gap && b.y < a.y + a.h + gap;

const inside = (a: Rect, b: Rect, margin = 0): boolean =>
  a.x >= b.x + margin && a.y >= b.y + margin && a.x + a.w <= b.x + b.w - margin && a.y + a.h <= b.y + b.h - margin;

const boxOf = (x: number, y: number, size: number): Rect => ({ x: x - size / 2, y: y - size / 2, w: size, h: size });

interface Body {
  x: number;
  y: number;
  size: number;
}

/**
 * Moves square markers apart until none touches another or an obstacle:
 * each pair that overlaps is pushed apart along the axis that needs the
 * shorter way (points that coincide, along a direction of their index, so
 * that the result never depends on chance); `bounds`, if given, keeps them
 * inside. Written by hand:
 * a few dozen markers need no physics library.
 */
function separate(bodies: Body[], obstacles: readonly Rect[] = [], bounds?: Rect): void {
  for (let round = 0; round < 300; round++) {
    let moved = false;
    for (let i = 0; i < bodies.length; i++) {
      for (let j = i + 1; j < bodies.length; j++) {
        const a = bodies[i]!;
        const b = bodies[j]!;
        const need = (a.size + b.size) / 2 + GAP;
        const dx = b.x - a.x;
        const dy = b.y - a.y;
        // Square boxes: apart once they are apart along one axis.
        if (Math.abs(dx) >= need - 0.01 || Math.abs(dy) >= need - 0.01) continue;
        let [ux, uy] = [Math.sign(dx), Math.sign(dy)];
        if (ux === 0 && uy === 0) {
          // Points that coincide part along a direction of their index.
          const angle = (j * 2.399963 + i) % (2 * Math.PI);
          [ux, uy] = [Math.sign(Math.cos(angle)) || 1, Math.sign(Math.sin(angle)) || 1];
        }
        // Along the axis that needs the shorter way, as a label-placement step would.
        const alongX = need - Math.abs(dx) <= need - Math.abs(dy);
        const push = ((alongX ? need - Math.abs(dx) : need - Math.abs(dy)) + 0.1) / 2;
        if (alongX) {
          a.x -= (ux || 1) * push;
          b.x += (ux || 1) * push;
        } else {
          a.y -= (uy || 1) * push;
          b.y += (uy || 1) * push;
        }
        moved = true;
      }
    }
    for (const body of bodies) {
      for (const o of obstacles) {
        const r = body.size / 2 + GAP;
        if (!overlaps(boxOf(body.x, body.y, body.size), o, GAP)) continue;
        // Out through the nearest side.
        const exits = [
          [o.x - r - body.x, 0],
          [o.x + o.w + r - body.x, 0],
          [0, o.y - r - body.y],
          [0, o.y + o.h + r - body.y],
        ] as const;
        const [ex, ey] = exits.reduce((best, e) => (Math.hypot(...e) < Math.hypot(...best) ? e : best));
        body.x += ex + Math.sign(ex) * 0.1;
        body.y += ey + Math.sign(ey) * 0.1;
        moved = true;
      }
      if (bounds) {
        const r = body.size / 2;
        const x = Math.min(Math.max(body.x, bounds.x + r), bounds.x + bounds.w - r);
        const y = Math.min(Math.max(body.y, bounds.y + r), bounds.y + bounds.h - r);
        if (x !== body.x || y !== body.y) [body.x, body.y] = [x, y];
      }
    }
    if (!moved) break;
  }
}

function touching(bodies: readonly Body[]): boolean {
  return bodies.some((a, i) =>
    bodies.slice(i + 1).some((b) => {
      const need = (a.size + b.size) / 2 + GAP - 0.5;
      return Math.abs(a.x - b.x) < need && Math.abs(a.y - b.y) < need;
    }),
  );
}

/**
 * The fallback where pushing apart gets stuck against the edges: rows from
 * north to south, each from west to east, centred in `room`.
 */
function grid(bodies: Body[], room: Rect): void {
  const cell = Math.max(...bodies.map((b) => b.size)) + GAP;
  const columns = Math.max(1, Math.floor(room.w / cell));
  const rows = Math.ceil(bodies.length / columns);
  const order = [...bodies].sort((a, b) => a.y - b.y);
  for (let row = 0; row < rows; row++) {
    const line = order.slice(row * columns, (row + 1) * columns).sort((a, b) => a.x - b.x);
    const left = room.x + (room.w - line.length * cell) / 2 + cell / 2;
    const top = room.y + (room.h - rows * cell) / 2 + cell / 2;
    line.forEach((body, i) => {
      body.x = left + i * cell;
      body.y = top + row * cell;
    });
  }
}

/** A round number of kilometres for a scale bar about `px` long at `pxPerKm`. */
function scaleKm(pxPerKm: number, px: number): number {
  const raw = px / pxPerKm;
  const steps = [1, 2, 5, 10, 20, 50, 100, 200, 500];
  return steps.filter((s) => s <= raw).at(-1) ?? steps[0]!;
}

/** Kilometres east and north of `origin`. */
function kmFrom(origin: LayoutPlace, p: Pick<LayoutPlace, 'lat' | 'lng'>): [number, number] {
  const east = (p.lng - origin.lng) * KM_PER_DEGREE * Math.cos((origin.lat * Math.PI) / 180);
  const north = (p.lat - origin.lat) * KM_PER_DEGREE;
  return [east, north];
}

/** The label a marker carries on the map: the name up to a bracket (the full name is the marker's name). */
export const shortName = (name: string): string => name.replace(/\s*\(.*$/, '');
/** The text of a place's label: its short map name, else its name up to a bracket. */
const labelText = (place: Pick<LayoutPlace, 'name' | 'mapLabel'>): string => place.mapLabel ?? shortName(place.name);

/**
 * The layout of a map: which cities get a Lupe (those whose sites would
 * touch at this scale), where each Lupe goes (beside its city, inside the
 * frame, clear of the controls, of other Lupes and of other markers), where
 * every marker goes, and which guarded sites have room for a label.
 */
export function layoutMap(places: readonly LayoutPlace[], options: LayoutOptions): MapLayout {
  const { project, frame } = options;
  const avoid = options.avoid ?? [];
  const guardedSize = options.guardedSize ?? 28;
  const otherSize = options.otherSize ?? 24;
  const lupeSize = options.lupeSize ?? 120;
  const charWidth = options.charWidth ?? 6.4;
  const context = options.context ?? [];
  const labelled = options.labels === false ? () => false : (options.labelled ?? ((p: LayoutPlace) => p.guarded));
  const labelWidth = (p: LayoutPlace) => labelText(p).length * charWidth + 4;
  const sizeOf = (p: LayoutPlace) => (p.guarded ? guardedSize : otherSize);
  const points = new Map(places.map((p) => [p.id, project(p.lng, p.lat)] as const));
  const at = (p: LayoutPlace) => points.get(p.id)!;
  const spot = (p: LayoutPlace, body: Body, point: [number, number], lupe: string | undefined): MarkerSpot => ({
    id: p.id,
    x: body.x,
    y: body.y,
    size: body.size,
    point,
    lupe,
    label: undefined,
  });

  // A city gets a Lupe where two of its markers (the city's own among them) would touch, and it
  // holds two sites at least: one site beside its city is moved apart on the main map instead.
  const groups = lupeGroups(places).filter(({ city, sites }) => {
    if (sites.length < 2) return false;
    const members = [city, ...sites];
    return members.some((a, i) =>
      members.slice(i + 1).some((b) => {
        const [ax, ay] = at(a);
        const [bx, by] = at(b);
        return Math.hypot(ax - bx, ay - by) < (sizeOf(a) + sizeOf(b)) / 2 + GAP;
      }),
    );
  });
  const inLupe = new Map(groups.flatMap((g) => g.sites.map((s) => [s.id, g.city.id] as const)));
  const outside = places.filter((p) => !inLupe.has(p.id));

  // The Lupes, largest group first, each at the best of eight places around its city.
  const lupes: Lupe[] = [];
  const spots: MarkerSpot[] = [];
  const taken: Rect[] = [...avoid];
  const mainBoxes = outside.map((p) => boxOf(...at(p), sizeOf(p)));
  for (const { city, sites } of [...groups].sort((a, b) => b.sites.length - a.sites.length)) {
    // A Lupe grows with its sites: one site needs little room; beside its map, a column for the
    // sites' labels (the markers keep to the map, the labels may reach into the column).
    const inner = Math.min(lupeSize, 40 + 22 * sites.length);
    const labelRoom = Math.min(Math.max(0, ...sites.filter(labelled).map(labelWidth)), inner);
    const w = inner + 2 * LUPE_PAD + labelRoom;
    // Where every site is named, their markers stand in a column beside the Lupe's map (see below),
    // which may need more height than the map.
    const step = Math.max(guardedSize, otherSize) + 2;
    const named = labelRoom > 0 && sites.every(labelled);
    const h = Math.max(inner + 2 * LUPE_PAD, named ? step * sites.length + 4 : 0) + LUPE_TITLE + LUPE_FOOT;
    const [ax, ay] = at(city);
    const reach = Math.hypot(w, h) / 2 + 18;
    const candidates: Rect[] = [];
    for (const distance of [reach, reach * 1.4, reach * 2]) {
      // South, north, east, west first: a straight pointer; then the diagonals.
      for (const deg of [90, 270, 0, 180, 45, 135, 315, 225]) {
        const t = (deg * Math.PI) / 180;
        candidates.push({ x: ax + Math.cos(t) * distance - w / 2, y: ay + Math.sin(t) * distance - h / 2, w, h });
      }
    }
    // And in the corners and along the edges of the frame, where a small screen has its free room.
    for (const x of [frame.x + 4, frame.x + (frame.w - w) / 2, frame.x + frame.w - w - 4]) {
      for (const y of [frame.y + 4, frame.y + (frame.h - h) / 2, frame.y + frame.h - h - 4])
        candidates.push({ x, y, w, h });
    }
    const cost = (box: Rect): number =>
      (inside(box, frame, 4) ? 0 : 1000) +
      taken.filter((t) => overlaps(box, t, GAP)).length * 100 +
      mainBoxes.filter((m) => overlaps(box, m, GAP)).length * 10 +
      context.filter((c) => overlaps(box, c)).length * 3 +
      // Near its city rather than far, where all else is equal.
      Math.hypot(box.x + w / 2 - ax, box.y + h / 2 - ay) / 20;
    const box = candidates.reduce((best, c) => (cost(c) < cost(best) ? c : best));
    taken.push(box);

    // Inside the Lupe: the city's surroundings at a scale that fits its area and all its sites.
    const reachKm = Math.max(
      radiusKm(city),
      ...sites.map((s) => Math.hypot(...kmFrom(city, s)) + radiusKm(s) * 0.25),
      1,
    );
    const pxPerKm = inner / 2 / (reachKm * 1.08);
    const cx = box.x + LUPE_PAD + inner / 2;
    const cy = box.y + LUPE_TITLE + LUPE_PAD + inner / 2;
    const place = (p: LayoutPlace): [number, number] => {
      const [e, n] = kmFrom(city, p);
      return [Math.round((cx + e * pxPerKm) * 10) / 10, Math.round((cy - n * pxPerKm) * 10) / 10];
    };
    const bodies = sites.map((s) => ({ x: place(s)[0], y: place(s)[1], size: sizeOf(s) }));
    const room = { x: box.x + 2, y: box.y + LUPE_TITLE, w: w - labelRoom - 4, h: h - LUPE_TITLE - LUPE_FOOT };
    // Where the sites are named, their markers stand in a column at the right of the Lupe's map, north
    // to south as their points lie, each with its name beside it and a line to its point: a name never
    // has to search for room between the markers.
    if (named) {
      const column = sites.map((s, i) => ({ s, i })).sort((a, b) => place(a.s)[1] - place(b.s)[1]);
      const x = box.x + LUPE_PAD + inner - Math.max(guardedSize, otherSize) / 2;
      const top = room.y + (room.h - step * sites.length) / 2 + step / 2;
      column.forEach(({ i }, k) => Object.assign(bodies[i]!, { x, y: top + k * step }));
    } else {
      separate(bodies, [], room);
      if (touching(bodies)) grid(bodies, room);
    }
    sites.forEach((s, i) => spots.push(spot(s, bodies[i]!, place(s), city.id)));
    // Where the pointer from the city meets the frame: the nearest point of the frame.
    const pointer: [number, number] = [
      Math.min(Math.max(ax, box.x), box.x + w),
      Math.min(Math.max(ay, box.y), box.y + h),
    ];
    const scaleLength = scaleKm(pxPerKm, inner / 3);
    lupes.push({
      id: city.id,
      title: city.name,
      box,
      anchor: [ax, ay],
      pointer,
      area: radiusKm(city) ? { x: cx, y: cy, r: Math.round(radiusKm(city) * pxPerKm * 10) / 10 } : undefined,
      siteAreas: sites
        .filter((s) => radiusKm(s))
        .map((s) => ({ id: s.id, x: place(s)[0], y: place(s)[1], r: Math.round(radiusKm(s) * pxPerKm * 10) / 10 })),
      scale: { km: scaleLength, px: Math.round(scaleLength * pxPerKm * 10) / 10 },
    });
  }

  // The other markers: at their points, moved apart where they touch, clear of the Lupes.
  const bodies = outside.map((p) => ({ x: at(p)[0], y: at(p)[1], size: sizeOf(p) }));
  separate(
    bodies,
    lupes.map((l) => l.box),
  );
  outside.forEach((p, i) => spots.push(spot(p, bodies[i]!, at(p), undefined)));

  // Direct labels for guarded sites: right of the marker, left of it, above or below, where nothing
  // else is; over a context name only where no other place is free.
  const blocked: Rect[] = [...avoid, ...spots.map((s) => boxOf(s.x, s.y, s.size))];
  const byId = new Map(places.map((p) => [p.id, p]));
  for (const spot of spots) {
    const place = byId.get(spot.id)!;
    if (!labelled(place)) continue;
    const text = labelText(place);
    const width = labelWidth(place);
    const half = spot.size / 2 + 3;
    const lupe = spot.lupe ? lupes.find((l) => l.id === spot.lupe)! : undefined;
    const room = lupe
      ? { x: lupe.box.x, y: lupe.box.y + LUPE_TITLE - 4, w: lupe.box.w, h: lupe.box.h - LUPE_TITLE - LUPE_FOOT + 8 }
      : frame;
    const candidates: { rect: Rect; x: number; y: number; anchor: 'start' | 'end' | 'middle' }[] = [
      { x: spot.x + half, y: spot.y, anchor: 'start' },
      { x: spot.x - half, y: spot.y, anchor: 'end' },
      { x: spot.x, y: spot.y - half - LABEL_HEIGHT / 2 + 2, anchor: 'middle' },
      { x: spot.x, y: spot.y + half + LABEL_HEIGHT / 2 - 2, anchor: 'middle' },
    ].map((c) => ({
      ...c,
      anchor: c.anchor as 'start' | 'end' | 'middle',
      rect: {
        x: c.anchor === 'start' ? c.x : c.anchor === 'end' ? c.x - width : c.x - width / 2,
        y: c.y - LABEL_HEIGHT / 2,
        w: width,
        h: LABEL_HEIGHT,
      },
    }));
    const own = boxOf(spot.x, spot.y, spot.size);
    const others = lupe ? [] : lupes.map((l) => l.box);
    const free = candidates.filter(
      ({ rect }) =>
        inside(rect, room, 2) && ![...blocked, ...others].some((b) => !sameBox(b, own) && overlaps(rect, b)),
    );
    // (Inside a Lupe, whose box covers the map, no name of the map is in the way.)
    const chosen = (!lupe && free.find(({ rect }) => !context.some((c) => overlaps(rect, c)))) || free[0];
    if (!chosen) continue;
    spot.label = { x: chosen.x, y: chosen.y, text, anchor: chosen.anchor };
    blocked.push(chosen.rect);
  }
  return { markers: spots, lupes };
}

const sameBox = (a: Rect, b: Rect): boolean => a.x === b.x && a.y === b.y && a.w === b.w && a.h === b.h;
