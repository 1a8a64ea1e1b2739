/**
 * The popups of the places: a marker's popup holds its place's content
 * (built in ../popup.ts from text only); on a narrow map it is a bottom sheet
 * (./sheet.ts). Opening one selects its place and names its close button;
 * closing one gives the focus back to its marker when the focus was in it.
 * Its events are shown as of the day chosen on the time control (./stand.ts):
 * an open popup follows when the day changes.
 */
import L from 'leaflet';
import { buildPopup } from '../popup.ts';
import type { Entry, Places } from './places.ts';
import { SheetPopup } from './sheet.ts';
import type { Stand } from './stand.ts';

export class Popups extends L.Handler {
  private readonly hooks: [L.Marker, L.LeafletEventHandlerFnMap][] = [];

  constructor(
    private readonly map: L.Map,
    private readonly places: Places,
    private readonly stand: Stand,
  ) {
    super(map);
  }

  override addHooks(): void {
    const canvas = this.map.getContainer();
    for (const entry of this.places.entries.values()) {
      const { place, marker } = entry;
      const popup = new SheetPopup(
        {
          maxWidth: Math.min(320, canvas.clientWidth - 70),
          // A long popup scrolls inside; the marker and its surroundings stay in view beside it.
          maxHeight: Math.max(160, Math.round(canvas.clientHeight * 0.6)),
          autoPanPadding: [24, 24],
        },
        marker,
      );
      const events = {
        popupopen: (event: L.PopupEvent) => this.opened(entry, event),
        popupclose: (event: L.PopupEvent) => this.closed(entry, event),
      } as L.LeafletEventHandlerFnMap;
      marker.bindPopup(popup.setContent(() => buildPopup(place, document, this.stand.day))).on(events);
      this.hooks.push([marker, events]);
    }
    this.map.on('standchange', this.onStandChange, this);
  }

  override removeHooks(): void {
    for (const [marker, events] of this.hooks.splice(0)) marker.off(events).unbindPopup();
    this.map.off('standchange', this.onStandChange, this);
  }

  /** Builds the open popup's content again (its content is a function of the day). */
  private onStandChange(): void {
    for (const [marker] of this.hooks) if (marker.isPopupOpen()) marker.getPopup()?.update();
  }

  private opened({ place }: Entry, event: L.PopupEvent): void {
    this.places.select(place.id, true);
    const close = event.popup.getElement()?.querySelector<HTMLAnchorElement>('.leaflet-popup-close-button');
    if (close) {
      close.setAttribute('aria-label', `${place.name}: Fenster schließen`);
      close.title = 'Schließen';
    }
  }

  private closed({ place, marker }: Entry, event: L.PopupEvent): void {
    this.places.select(place.id, false);
    const active = document.activeElement;
    const popup = event.popup.getElement();
    if (!active || active === document.body || (popup && popup.contains(active))) {
      marker.getElement()?.focus({ preventScroll: true });
    }
  }
}
