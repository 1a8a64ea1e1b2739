/**
 * Which places are on the map: the same checkboxes that hide table rows (by
 * CSS) add and remove the markers and areas. After each change the map fires
 * `placesshown`, on which the Lupes are laid out anew.
 */
import L from 'leaflet';
import type { MapPlace } from '../../lib/map/geo.ts';
import type { Places } from './places.ts';
import { areaRadiusMeters } from '../../lib/map/outline.ts';

export class Filters extends L.Handler {
  private readonly kindBoxes = [...document.querySelectorAll<HTMLInputElement>('[data-filter-kind]')];
  private readonly guardedBox = document.querySelector<HTMLInputElement>('[data-filter-guarded]');
  private readonly onChange = (): void => this.apply();

  constructor(
    private readonly map: L.Map,
    private readonly places: Places,
  ) {
    super(map);
  }

  override addHooks(): void {
    for (const box of [...this.kindBoxes, this.guardedBox]) box?.addEventListener('change', this.onChange);
    // In a task of its own: a phone's main thread is not held for long at once (the map is there, the
    // markers follow a moment later).
    setTimeout(this.onChange, 0);
  }

  override removeHooks(): void {
    for (const box of [...this.kindBoxes, this.guardedBox]) box?.removeEventListener('change', this.onChange);
  }

  /** Whether the filters as they are set let a place on the map. */
  visible(place: MapPlace): boolean {
    const kind = this.kindBoxes.find((b) => b.value === place.kind)?.checked ?? true;
    return kind && (!this.guardedBox?.checked || place.guarded);
  }

  /** A place asked for by name is shown even if a filter hid it: the filters are set so that it shows. */
  reveal(place: MapPlace): void {
    if (this.visible(place)) return;
    const box = this.kindBoxes.find((b) => b.value === place.kind);
    if (box) box.checked = true;
    if (this.guardedBox && !place.guarded) this.guardedBox.checked = false;
    this.apply();
  }

  private apply(): void {
    // Remove all, then add the visible ones in table order, so that Tab follows the table.
    const entries = [...this.places.entries.values()];
    for (const { marker, area } of entries) {
      marker.remove();
      area?.remove();
    }
    const shown = entries.filter((e) => this.visible(e.place));
    // Large areas first, so that small ones stay on top.
    for (const e of [...shown].sort((a, b) => areaRadiusMeters(b.place) - areaRadiusMeters(a.place)))
      e.area?.addTo(this.map);
    for (const e of shown) e.marker.addTo(this.map);
    this.map.fire('placesshown');
  }
}
