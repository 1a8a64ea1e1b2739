/**
 * Links to a place on the map: the address /karte/#ort-<id> opens that place
 * (at load and on every change of the fragment), an open popup writes its
 * place's fragment into the address (and takes it out again on closing), and
 * a place's name in the table shows it on the map.
 */
import L from 'leaflet';
import type { Filters } from './filters.ts';
import type { Lupes } from './lupes.ts';
import type { Entry, Places } from './places.ts';

export class DeepLinks extends L.Handler {
  private readonly hooks: [L.Marker, L.LeafletEventHandlerFnMap][] = [];
  private readonly links: [HTMLAnchorElement, (event: Event) => void][] = [];
  private readonly fromHash = (): void => {
    const anchor = decodeURIComponent(location.hash.slice(1));
    const entry = [...this.places.entries.values()].find((e) => e.place.anchor === anchor);
    if (entry) this.show(entry);
  };

  constructor(
    private readonly map: L.Map,
    private readonly places: Places,
    private readonly filters: Filters,
    private readonly lupes: Lupes,
  ) {
    super(map);
  }

  override addHooks(): void {
    for (const entry of this.places.entries.values()) {
      const { place, marker, row } = entry;
      const fragment = `#${place.anchor}`;
      const events = {
        popupopen: () => history.replaceState(null, '', fragment),
        popupclose: () => {
          if (location.hash === fragment) history.replaceState(null, '', `${location.pathname}${location.search}`);
        },
      };
      marker.on(events);
      this.hooks.push([marker, events]);
      // Table → map: the place's name in the table shows it on the map.
      const link = row?.querySelector<HTMLAnchorElement>('.place-row__link');
      if (!link) continue;
      const onClick = (event: Event): void => {
        event.preventDefault();
        this.show(entry);
      };
      link.addEventListener('click', onClick);
      this.links.push([link, onClick]);
    }
    window.addEventListener('hashchange', this.fromHash);
  }

  override removeHooks(): void {
    for (const [marker, events] of this.hooks.splice(0)) marker.off(events);
    for (const [link, onClick] of this.links.splice(0)) link.removeEventListener('click', onClick);
    window.removeEventListener('hashchange', this.fromHash);
  }

  /** Opens the place the address names, if it names one (once the page has loaded). */
  openFromAddress(): void {
    this.fromHash();
  }

  /** Opens a place's popup, shows it on the map, scrolls the map into view and focuses the marker. */
  private show(entry: Entry): void {
    const { map } = this;
    this.filters.reveal(entry.place);
    // A site in a Lupe: its city, close enough for the neighbourhood (the Lupe shows the city scale);
    // else the place's whole area in view, or an exact site with its surroundings.
    const city = this.lupes.lupeCity(entry.place.id);
    const target = city ?? entry.place;
    const zoom = city
      ? Math.min(map.getMaxZoom(), 6)
      : entry.area
        ? Math.min(map.getBoundsZoom(entry.area.getBounds().pad(0.15)), map.getMaxZoom())
        : map.getMaxZoom();
    map.setView([target.lat, target.lng], Math.max(zoom, map.getMinZoom()), { animate: false });
    this.lupes.relayout();
    entry.marker.openPopup();
    map.getContainer().scrollIntoView({ block: 'center' });
    entry.marker.getElement()?.focus({ preventScroll: false });
  }
}
