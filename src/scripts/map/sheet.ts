/**
 * A Leaflet popup that becomes a bottom sheet on a narrow map: on a phone a
 * popup beside its marker would cover the whole map and its controls. The
 * sheet spans the map's width at its bottom edge, never reaches up to the
 * controls, and the map pans so that the marker stays in view above it.
 * Everything else (opening, closing with Escape, the close button, a tap on
 * the map closing it, the events) is Leaflet's own popup.
 *
 * It overrides the popup's layout methods (`_updateLayout`, `_updatePosition`,
 * `_animateZoom`, `_adjustPan`): Leaflet 1.9 has no option for a docked
 * popup, and these are the methods its DivOverlay calls to place one (Leaflet
 * is pinned to an exact version, so they change only with a deliberate update).
 *
 * Why not a `<dialog>`: the sheet is the same popup as beside a marker on a
 * wider map, with one content, one opening and closing, and the popup events
 * that select the place, write its address and move the focus (./popups.ts,
 * ./deep-links.ts, ./keyboard.ts); a dialog would be a second popup for narrow
 * maps only. What a dialog brings by itself comes with `showModal()`, which
 * lays it over the whole window and makes the map behind it inert: the reader
 * could no longer pan the map or tap another marker while the sheet is open,
 * as now. A non-modal `show()` closes on Escape only with `closedby`.
 */
import L from 'leaflet';
import { fitInFrame, type FramedPopup } from './popup-frame.ts';
import { controlsBottom, isNarrow, SHEET_SHARE } from './view.ts';

interface PopupInternals {
  _map: L.Map;
  _container: HTMLElement;
  _contentNode: HTMLElement;
  _wrapper: HTMLElement;
  _latlng: L.LatLng;
  _containerWidth: number;
  _containerLeft: number;
  _containerBottom: number;
}

const base = L.Popup.prototype as unknown as Record<string, (this: unknown, ...args: unknown[]) => unknown>;

/** On a narrow map a popup is a sheet. */
const isSheet = isNarrow;

/** The height of the controls at the map's bottom (the attribution): the sheet docks above them. */
function controlsAtFoot(map: L.Map): number {
  const box = map.getContainer().getBoundingClientRect();
  const feet = [...map.getContainer().querySelectorAll('.leaflet-bottom .leaflet-control')];
  return Math.max(0, ...feet.map((c) => box.bottom - c.getBoundingClientRect().top));
}

export const SheetPopup = L.Popup.extend({
  _updateLayout(this: PopupInternals & L.Popup) {
    const sheet = isSheet(this._map);
    this._container.classList.toggle('is-sheet', sheet);
    if (!sheet) return base['_updateLayout']!.call(this);
    const size = this._map.getSize();
    const room = Math.min(size.y * SHEET_SHARE, size.y - controlsBottom(this._map) - controlsAtFoot(this._map) - 12);
    this._contentNode.style.width = '';
    this._contentNode.style.height = '';
    this._container.style.width = `${size.x}px`;
    this._wrapper.style.maxHeight = `${Math.max(120, room)}px`;
    this._containerWidth = size.x;
    return undefined;
  },

  _updatePosition(this: PopupInternals & L.Popup) {
    if (!this._map) return undefined;
    if (!isSheet(this._map)) {
      base['_updatePosition']!.call(this);
      // Beside its marker: toward the map's inside where Leaflet's placement would run past its frame.
      fitInFrame(this as unknown as FramedPopup);
      return undefined;
    }
    // Docked: its bottom left corner at the map's bottom left corner (above the attribution),
    // wherever the map has been panned.
    const corner = this._map.containerPointToLayerPoint([0, this._map.getSize().y - controlsAtFoot(this._map)]);
    L.DomUtil.setPosition(this._container, corner);
    this._containerLeft = 0;
    this._containerBottom = 0;
    this._container.style.left = '0px';
    this._container.style.bottom = '0px';
    return undefined;
  },

  _animateZoom(this: PopupInternals & L.Popup, event: L.ZoomAnimEvent) {
    if (!isSheet(this._map)) return base['_animateZoom']!.call(this, event);
    return undefined;
  },

  _adjustPan(this: PopupInternals & L.Popup) {
    if (!isSheet(this._map)) return base['_adjustPan']!.call(this);
    // Keep the marker in view between the controls and the sheet.
    const map = this._map;
    const point = map.latLngToContainerPoint(this._latlng);
    const top = controlsBottom(map) + 24;
    const bottom = map.getSize().y - controlsAtFoot(map) - this._container.offsetHeight - 24;
    if (point.y >= top && point.y <= bottom) return undefined;
    const target = bottom > top ? (top + bottom) / 2 : top;
    map.panBy([0, point.y - target], { animate: false });
    return undefined;
  },

  getEvents(this: PopupInternals & L.Popup) {
    const events = base['getEvents']!.call(this) as Record<string, L.LeafletEventHandlerFn>;
    // A docked sheet stays at the map's edge while the map moves under it.
    events['move'] = () => {
      if (isSheet(this._map)) (this as unknown as { _updatePosition(): void })._updatePosition();
    };
    // Beside its marker, placed afresh once the map has moved (autoPan, the reader): inside the frame.
    events['moveend'] = () => {
      if (!isSheet(this._map)) (this as unknown as { _updatePosition(): void })._updatePosition();
    };
    events['resize'] = () => this.update();
    return events;
  },
}) as unknown as new (options: L.PopupOptions, source: L.Layer) => L.Popup;
