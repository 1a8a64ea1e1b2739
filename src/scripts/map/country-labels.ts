/**
 * Country names a Lupe would cover move beside it. On a phone the Lupes take
 * a large part of the map, and wherever the layout puts them they cover some
 * country's name (RUSSLAND above Nur-Sultan's Lupe, AFGHANISTAN below
 * Almaty's); the layout already keeps names free where there is room
 * (lupes.ts, `context`), this handler moves the name where there is none:
 * to the nearest side of the Lupe where the whole name stays inside the map
 * and clear of every Lupe, or leaves it where it is if no side has room.
 * Hand-written: Leaflet has no label collision handling, and the maintained
 * label plugins (e.g. Leaflet.LabelTextCollision) hide colliding labels
 * instead of moving them.
 */
import L from 'leaflet';

/** A rectangle in the map container's pixels. */
interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Fired by the Lupes after each layout, with their boxes in the container's pixels. */
interface LupesLayoutEvent extends L.LeafletEvent {
  boxes: Box[];
}

/** The free space kept between a name and a Lupe (px). */
const GAP = 4;

const overlaps = (a: Box, b: Box): boolean => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

/** The shift that puts `label` clear of every box and inside the frame, nearest first; undefined if none does. */
export function clearOf(
  label: Box,
  boxes: readonly Box[],
  frame: { w: number; h: number },
): [number, number] | undefined {
  const hit = boxes.find((b) => overlaps(label, b));
  if (!hit) return [0, 0];
  const shifts: [number, number][] = [
    [hit.x - GAP - (label.x + label.w), 0],
    [hit.x + hit.w + GAP - label.x, 0],
    [0, hit.y - GAP - (label.y + label.h)],
    [0, hit.y + hit.h + GAP - label.y],
  ];
  return shifts
    .filter(([dx, dy]) => {
      const moved = { ...label, x: label.x + dx, y: label.y + dy };
      const inside = moved.x >= 0 && moved.y >= 0 && moved.x + moved.w <= frame.w && moved.y + moved.h <= frame.h;
      return inside && !boxes.some((b) => overlaps(moved, b));
    })
    .sort((a, b) => Math.hypot(...a) - Math.hypot(...b))[0];
}

export class CountryLabels extends L.Handler {
  private boxes: Box[] = [];

  constructor(private readonly map: L.Map) {
    super(map);
  }

  override addHooks(): void {
    this.map.on('lupeslayout', this.remember, this);
    this.map.on('basemapload', this.place, this);
  }

  override removeHooks(): void {
    this.map.off('lupeslayout', this.remember, this);
    this.map.off('basemapload', this.place, this);
    this.boxes = [];
    this.place();
  }

  private remember(event: L.LeafletEvent): void {
    this.boxes = (event as LupesLayoutEvent).boxes;
    this.place();
  }

  /** Each country name back in its place, then moved where a Lupe covers it. */
  private place(): void {
    const container = this.map.getContainer();
    const frame = container.getBoundingClientRect();
    for (const label of container.querySelectorAll<HTMLElement>('.country-label')) {
      label.style.transform = '';
      const r = label.getBoundingClientRect();
      const box = { x: r.left - frame.left, y: r.top - frame.top, w: r.width, h: r.height };
      const shift = clearOf(box, this.boxes, { w: frame.width, h: frame.height });
      if (shift && (shift[0] !== 0 || shift[1] !== 0))
        label.style.transform = `translate(${shift[0]}px, ${shift[1]}px)`;
    }
  }
}
