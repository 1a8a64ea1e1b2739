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
  /**
   * The names of countries: a Lupe covers one only where no free place is left, even far from its
   * city (a label avoids them as it avoids `context`).
   */
  names?: readonly Rect[];
  /**
   * The country in focus (its bounding box), where a narrow map has room beside it: a Lupe keeps off
   * it, so that the country's outline stays whole.
   */
  focus?: Rect | undefined;
  /** Marker diameters (px): 28 for a guarded site, 24 for any other place unless given. */
  guardedSize?: number;
  otherSize?: number;
  /** The largest inner size of a Lupe (px; 120 unless given). */
  lupeSize?: number;
  /** Direct labels where there is room (`false`: none); `labelled` says for which places (the guarded sites unless given). */
  labels?: boolean;
  labelled?: (place: LayoutPlace) => boolean;
  /** Width of one character of a label (px; 6.4 unless given), for the room it needs. */
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

/** The area (px²) two rectangles share. */
const overlapArea = (a: Rect, b: Rect): number =>
  Math.max(0, Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x)) *
  Math.max(0, Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y));

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

/** The options with their defaults, and the measures of a place that follow from them. */
interface Settings {
  frame: Rect;
  avoid: readonly Rect[];
  /** The names of cities and countries, which labels and Lupes leave free where there is room. */
  context: readonly Rect[];
  names: readonly Rect[];
  focus: Rect | undefined;
  guardedSize: number;
  otherSize: number;
  lupeSize: number;
  labelled: (place: LayoutPlace) => boolean;
  /** The room a place's label needs (px). */
  labelWidth: (place: LayoutPlace) => number;
  /** A place's marker diameter. */
  sizeOf: (place: LayoutPlace) => number;
  /** A place's point on the main map. */
  at: (place: LayoutPlace) => [number, number];
}

function settingsOf(places: readonly LayoutPlace[], options: LayoutOptions): Settings {
  const guardedSize = options.guardedSize ?? 28;
  const otherSize = options.otherSize ?? 24;
  const charWidth = options.charWidth ?? 6.4;
  const points = new Map(places.map((p) => [p.id, options.project(p.lng, p.lat)] as const));
  return {
    frame: options.frame,
    avoid: options.avoid ?? [],
    context: [...(options.context ?? []), ...(options.names ?? [])],
    names: options.names ?? [],
    focus: options.focus,
    guardedSize,
    otherSize,
    lupeSize: options.lupeSize ?? 120,
    labelled: options.labels === false ? () => false : (options.labelled ?? ((p: LayoutPlace) => p.guarded)),
    labelWidth: (p) => labelText(p).length * charWidth + 4,
    sizeOf: (p) => (p.guarded ? guardedSize : otherSize),
    at: (p) => points.get(p.id)!,
  };
}

function spotOf(p: LayoutPlace, body: Body, point: [number, number], lupe: string | undefined): MarkerSpot {
  return { id: p.id, x: body.x, y: body.y, size: body.size, point, lupe, label: undefined };
}

/**
 * The cities that get a Lupe: where two of its markers (the city's own among them) would touch, and
 * it holds two sites at least (one site beside its city is moved apart on the main map instead).
 */
function crowdedCities(places: readonly LayoutPlace[], s: Settings): { city: LayoutPlace; sites: LayoutPlace[] }[] {
  return lupeGroups(places).filter(({ city, sites }) => {
    if (sites.length < 2) return false;
    const members = [city, ...sites];
    return members.some((a, i) =>
      members.slice(i + 1).some((b) => {
        const [ax, ay] = s.at(a);
        const [bx, by] = s.at(b);
        return Math.hypot(ax - bx, ay - by) < (s.sizeOf(a) + s.sizeOf(b)) / 2 + GAP;
      }),
    );
  });
}

/** A Lupe's measures: its map (`inner`), the column for its sites' labels, and its frame's size. */
interface LupeSize {
  inner: number;
  labelRoom: number;
  w: number;
  h: number;
  /** Every site is named: the markers stand in a column beside the map, `step` apart. */
  named: boolean;
  step: number;
}

function lupeSizeOf(sites: readonly LayoutPlace[], s: Settings): LupeSize {
  // A Lupe grows with its sites: one site needs little room; beside its map, a column for the
  // sites' labels (the markers keep to the map, the labels may reach into the column).
  const inner = Math.min(s.lupeSize, 40 + 22 * sites.length);
  // (The column is as wide as the longest name up to the map's width; a small Lupe, on a phone, still
  // has room for names of 14 letters.)
  const labelRoom = Math.min(Math.max(0, ...sites.filter(s.labelled).map(s.labelWidth)), Math.max(inner, 96));
  // Where every site is named, their markers stand in a column beside the Lupe's map (see
  // placeSites), which may need more height than the map.
  const step = Math.max(s.guardedSize, s.otherSize) + 2;
  const named = labelRoom > 0 && sites.every(s.labelled);
  const h = Math.max(inner + 2 * LUPE_PAD, named ? step * sites.length + 4 : 0) + LUPE_TITLE + LUPE_FOOT;
  return { inner, labelRoom, w: inner + 2 * LUPE_PAD + labelRoom, h, named, step };
}

/** How many of the best partial layouts `lupeBoxes` keeps while it places one Lupe after another. */
const LUPE_BEAM = 12;

/**
 * Where the Lupes go: for each, the best of eight places around its city (at three distances), or of
 * the corners and edges of the frame; inside the frame, clear of what is `avoid`ed (the controls) and
 * of each other, then of the country names and the country in focus, of the main map's markers and of
 * the names of cities, and near its city. The Lupes are placed together (a beam search over their
 * places, in the groups' order), not one after the other: on a phone the first Lupe in the middle of
 * the free room would leave none for the second.
 */
function lupeBoxes(
  groups: readonly { anchor: [number, number]; size: LupeSize }[],
  markers: readonly Rect[],
  s: Settings,
): Rect[] {
  const { frame } = s;
  const cost = (box: Rect, [ax, ay]: [number, number], taken: readonly Rect[]): number =>
    (inside(box, frame, 4) ? 0 : 1000) +
    taken.filter((t) => overlaps(box, t, GAP)).length * 100 +
    markers.filter((m) => overlaps(box, m, GAP)).length * 10 +
    s.context.filter((c) => overlaps(box, c)).length * 3 +
    s.names.filter((c) => overlaps(box, c)).length * 60 +
    (s.focus ? (overlapArea(box, s.focus) / (box.w * box.h)) * 80 : 0) +
    // Near its city rather than far, where all else is equal.
    Math.hypot(box.x + box.w / 2 - ax, box.y + box.h / 2 - ay) / 20;
  let layouts: { boxes: Rect[]; cost: number }[] = [{ boxes: [], cost: 0 }];
  for (const { anchor, size } of groups) {
    const options = lupeCandidates(anchor, size, frame);
    layouts = layouts
      .flatMap((layout) =>
        options.map((box) => ({
          boxes: [...layout.boxes, box],
          cost: layout.cost + cost(box, anchor, [...s.avoid, ...layout.boxes]),
        })),
      )
      .sort((a, b) => a.cost - b.cost)
      .slice(0, LUPE_BEAM);
  }
  return layouts[0]!.boxes;
}

/** The places a Lupe may go: around its city, then in the corners and along the edges of the frame. */
function lupeCandidates([ax, ay]: [number, number], { w, h }: LupeSize, frame: Rect): Rect[] {
  const reach = Math.hypot(w, h) / 2 + 18;
  const candidates: Rect[] = [];
  for (const distance of [reach, reach * 1.4, reach * 2]) {
    // South, north, east, west first: a straight pointer; then the diagonals.
    for (const deg of [90, 270, 0, 180, 45, 135, 315, 225]) {
      const t = (deg * Math.PI) / 180;
      candidates.push({ x: ax + Math.cos(t) * distance - w / 2, y: ay + Math.sin(t) * distance - h / 2, w, h });
    }
  }
  // The corners and edges of the frame, where a small screen has its free room.
  for (const x of [frame.x + 4, frame.x + (frame.w - w) / 2, frame.x + frame.w - w - 4]) {
    for (const y of [frame.y + 4, frame.y + (frame.h - h) / 2, frame.y + frame.h - h - 4])
      candidates.push({ x, y, w, h });
  }
  return candidates;
}

/**
 * A Lupe's content: the city's surroundings at a scale that fits its area and all its sites, the
 * sites' markers (pushed to `spots`), the areas and the scale bar.
 */
function lupeOf(
  city: LayoutPlace,
  sites: readonly LayoutPlace[],
  box: Rect,
  size: LupeSize,
  s: Settings,
  spots: MarkerSpot[],
): Lupe {
  const { inner, w, h } = size;
  const reachKm = Math.max(
    radiusKm(city),
    ...sites.map((site) => Math.hypot(...kmFrom(city, site)) + radiusKm(site) * 0.25),
    1,
  );
  const pxPerKm = inner / 2 / (reachKm * 1.08);
  const cx = box.x + LUPE_PAD + inner / 2;
  const cy = box.y + LUPE_TITLE + LUPE_PAD + inner / 2;
  const place = (p: LayoutPlace): [number, number] => {
    const [e, n] = kmFrom(city, p);
    return [Math.round((cx + e * pxPerKm) * 10) / 10, Math.round((cy - n * pxPerKm) * 10) / 10];
  };
  const bodies = placeSites(sites.map(place), sites.map(s.sizeOf), box, size, s);
  sites.forEach((site, i) => spots.push(spotOf(site, bodies[i]!, place(site), city.id)));
  const [ax, ay] = s.at(city);
  const scaleLength = scaleKm(pxPerKm, inner / 3);
  const px = (km: number) => Math.round(km * pxPerKm * 10) / 10;
  return {
    id: city.id,
    title: city.name,
    box,
    anchor: [ax, ay],
    // Where the pointer from the city meets the frame: the nearest point of the frame.
    pointer: [Math.min(Math.max(ax, box.x), box.x + w), Math.min(Math.max(ay, box.y), box.y + h)],
    area: radiusKm(city) ? { x: cx, y: cy, r: px(radiusKm(city)) } : undefined,
    siteAreas: sites
      .filter((site) => radiusKm(site))
      .map((site) => ({ id: site.id, x: place(site)[0], y: place(site)[1], r: px(radiusKm(site)) })),
    scale: { km: scaleLength, px: px(scaleLength) },
  };
}

/** The sites' markers in a Lupe, from their points at the Lupe's scale. */
function placeSites(points: [number, number][], sizes: number[], box: Rect, size: LupeSize, s: Settings): Body[] {
  const bodies = points.map(([x, y], i) => ({ x, y, size: sizes[i]! }));
  const room = {
    x: box.x + 2,
    y: box.y + LUPE_TITLE,
    w: size.w - size.labelRoom - 4,
    h: size.h - LUPE_TITLE - LUPE_FOOT,
  };
  if (size.named) {
    // Where the sites are named, their markers stand in a column at the right of the Lupe's map, north
    // to south as their points lie, each with its name beside it and a line to its point: a name never
    // has to search for room between the markers.
    const column = points.map((point, i) => ({ point, i })).sort((a, b) => a.point[1] - b.point[1]);
    const x = box.x + LUPE_PAD + size.inner - Math.max(s.guardedSize, s.otherSize) / 2;
    const top = room.y + (room.h - size.step * points.length) / 2 + size.step / 2;
    column.forEach(({ i }, k) => Object.assign(bodies[i]!, { x, y: top + k * size.step }));
  } else {
    separate(bodies, [], room);
    if (touching(bodies)) grid(bodies, room);
  }
  return bodies;
}

/**
 * Direct labels for guarded sites: right of the marker, left of it, above or below, where nothing
 * else is; over a context name only where no other place is free. Sets `label` on the spots.
 */
function labelSpots(
  spots: readonly MarkerSpot[],
  lupes: readonly Lupe[],
  places: readonly LayoutPlace[],
  s: Settings,
): void {
  const blocked: Rect[] = [...s.avoid, ...spots.map((spot) => boxOf(spot.x, spot.y, spot.size))];
  const byId = new Map(places.map((p) => [p.id, p]));
  for (const spot of spots) {
    const place = byId.get(spot.id)!;
    if (!s.labelled(place)) continue;
    const width = s.labelWidth(place);
    const half = spot.size / 2 + 3;
    const lupe = spot.lupe ? lupes.find((l) => l.id === spot.lupe)! : undefined;
    const room = lupe
      ? { x: lupe.box.x, y: lupe.box.y + LUPE_TITLE - 4, w: lupe.box.w, h: lupe.box.h - LUPE_TITLE - LUPE_FOOT + 8 }
      : s.frame;
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
    const chosen = (!lupe && free.find(({ rect }) => !s.context.some((c) => overlaps(rect, c)))) || free[0];
    if (!chosen) continue;
    spot.label = { x: chosen.x, y: chosen.y, text: labelText(place), anchor: chosen.anchor };
    blocked.push(chosen.rect);
  }
}

/**
 * The layout of a map: which cities get a Lupe (those whose sites would
 * touch at this scale), where each Lupe goes (beside its city, inside the
 * frame, clear of the controls, of other Lupes and of other markers), where
 * every marker goes, and which guarded sites have room for a label.
 */
export function layoutMap(places: readonly LayoutPlace[], options: LayoutOptions): MapLayout {
  const s = settingsOf(places, options);
  const groups = crowdedCities(places, s);
  const inLupe = new Set(groups.flatMap((g) => g.sites.map((site) => site.id)));
  const outside = places.filter((p) => !inLupe.has(p.id));

  // The Lupes, largest group first.
  const spots: MarkerSpot[] = [];
  const mainBoxes = outside.map((p) => boxOf(...s.at(p), s.sizeOf(p)));
  const ordered = [...groups]
    .sort((a, b) => b.sites.length - a.sites.length)
    .map((group) => ({ ...group, anchor: s.at(group.city), size: lupeSizeOf(group.sites, s) }));
  const boxes = lupeBoxes(ordered, mainBoxes, s);
  const lupes = ordered.map(({ city, sites, size }, i) => lupeOf(city, sites, boxes[i]!, size, s, spots));

  // The other markers: at their points, moved apart where they touch, clear of the Lupes.
  const bodies = outside.map((p) => ({ x: s.at(p)[0], y: s.at(p)[1], size: s.sizeOf(p) }));
  separate(
    bodies,
    lupes.map((l) => l.box),
  );
  outside.forEach((p, i) => spots.push(spotOf(p, bodies[i]!, s.at(p), undefined)));

  labelSpots(spots, lupes, places, s);
  return { markers: spots, lupes };
}

const sameBox = (a: Rect, b: Rect): boolean => a.x === b.x && a.y === b.y && a.w === b.w && a.h === b.h;
