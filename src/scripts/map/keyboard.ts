/**
 * The map by keyboard, beside Leaflet's own (Tab through the markers in the
 * table's order, arrows to pan, +/- to zoom): Enter or Space on a marker opens
 * its popup with the focus on its title, so that a screen reader reads it;
 * Escape closes it (and the popups give the focus back to the marker).
 */
import L from 'leaflet';

export class Keyboard extends L.Handler {
  /** Whether the popup about to open was asked for by key (then its title takes the focus). */
  private byKey = false;

  constructor(private readonly map: L.Map) {
    super(map);
  }

  override addHooks(): void {
    this.map.getContainer().addEventListener('keydown', this.onKeyDown);
    this.map.on('popupopen', this.onPopupOpen, this);
  }

  override removeHooks(): void {
    this.map.getContainer().removeEventListener('keydown', this.onKeyDown);
    this.map.off('popupopen', this.onPopupOpen, this);
  }

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape') {
      this.map.closePopup();
      return;
    }
    const target = event.target as HTMLElement;
    if ((event.key === 'Enter' || event.key === ' ') && target.dataset['place']) {
      this.byKey = true;
      // Leaflet's markers open on Enter only (a click); Space does as a button's would.
      if (event.key === ' ') {
        event.preventDefault();
        target.click();
      }
    }
  };

  private onPopupOpen(event: L.PopupEvent): void {
    if (this.byKey) event.popup.getElement()?.querySelector<HTMLElement>('.place-popup__title')?.focus();
    this.byKey = false;
  }
}
