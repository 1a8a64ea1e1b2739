/**
 * A popup beside its marker that stays inside the map's frame. Leaflet's
 * autoPan moves the map to make room, but the map is bounded (maxBounds, the
 * country's edge): near the frame it cannot move far enough, and a popup ran
 * past the frame (its title cut off above the map, its text at the right
 * edge). Here the popup opens toward the inside instead: below its marker
 * where there is no room above, shifted sideways (its tip still pointing at
 * the marker) where there is none to one side, and scrolling inside where
 * neither above nor below holds it.
 *
 * Called by ./sheet.ts after Leaflet has placed the popup (`_updatePosition`);
 * it works on the same popup internals and starts from Leaflet's placement
 * every time, so a pan, a zoom or a moved marker places it afresh.
 */
import type L from 'leaflet';

/** Room (px) kept between a popup and the map's edge. */
const MARGIN = 8;
/** The height (px) of the popup's tip (Leaflet's stylesheet: the popup's bottom margin). */
const TIP = 20;
/** Below this height (px) a popup's content does not shrink: it would show too little to read. */
const MIN_CONTENT = 96;

export interface FramedPopup {
  _map: L.Map;
  _source: L.Layer | undefined;
  _container: HTMLElement;
  _contentNode: HTMLElement;
  _tipContainer: HTMLElement;
  _containerLeft: number;
  _containerBottom: number;
  options: L.PopupOptions;
}

/** The marker's box in the map's pixels: the popup points at it from above or below. */
function markerBox(popup: FramedPopup, frame: DOMRect): { top: number; bottom: number; x: number } | undefined {
  const element = (popup._source as L.Marker | undefined)?.getElement?.();
  if (!element) return undefined;
  const box = element.getBoundingClientRect();
  return { top: box.top - frame.top, bottom: box.bottom - frame.top, x: box.left + box.width / 2 - frame.left };
}

/** Moves the popup Leaflet has placed above its marker so that it lies inside the map's frame. */
export function fitInFrame(popup: FramedPopup): void {
  const { _container: container, _contentNode: content, _tipContainer: tip } = popup;
  container.classList.remove('is-below');
  tip.style.marginLeft = '';
  const frame = popup._map.getContainer().getBoundingClientRect();
  const marker = markerBox(popup, frame);
  if (!marker) return;
  // Outside the frame (panned away), the popup goes with its marker.
  if (marker.bottom < 0 || marker.top > frame.height || marker.x < 0 || marker.x > frame.width) return;

  // Height: above the marker if it fits there, else below, else on the roomier side, scrolling inside.
  const room = { above: marker.top - TIP - MARGIN, below: frame.height - marker.bottom - TIP - MARGIN };
  const chrome = container.offsetHeight - content.offsetHeight;
  const fits = (space: number) => container.offsetHeight <= space;
  const below = !fits(room.above) && (fits(room.below) || room.below > room.above);
  const space = below ? room.below : room.above;
  if (!fits(space)) {
    content.style.height = `${Math.max(MIN_CONTENT, Math.floor(space - chrome))}px`;
    content.classList.add('leaflet-popup-scrolled');
  }
  if (below) {
    container.classList.add('is-below');
    // Leaflet keeps the popup's bottom at `bottom` px above the anchor: move it down by its height,
    // the marker's height and the tip's.
    const box = container.getBoundingClientRect();
    const shift = marker.bottom + TIP - (box.top - frame.top);
    popup._containerBottom -= shift;
    container.style.bottom = `${popup._containerBottom}px`;
  }

  // Sideways: inside the frame, the tip moved back under the marker.
  const box = container.getBoundingClientRect();
  const left = box.left - frame.left;
  let dx = 0;
  if (left + box.width > frame.width - MARGIN) dx = frame.width - MARGIN - (left + box.width);
  if (left + dx < MARGIN) dx = MARGIN - left;
  if (dx) {
    popup._containerLeft += dx;
    container.style.left = `${popup._containerLeft}px`;
    // The tip stays over the marker, but not past the popup's rounded corners.
    const half = tip.offsetWidth / 2;
    const tipAt = Math.min(Math.max(marker.x - (left + dx), half + 12), box.width - half - 12);
    tip.style.marginLeft = `${tipAt - box.width / 2 - half}px`;
  }
}
