/**
 * The colours of the map's drawn layers in the page's colour scheme. Leaflet
 * writes colours as SVG attributes, where CSS custom properties do not apply:
 * the basemap takes the page's tokens (global.css, a light and a dark set)
 * from here, and is drawn again in the other set when the reader's system
 * switches between light and dark while the map is open.
 */
import L from 'leaflet';

export interface MapColours {
  water: string;
  land: string;
  focusLand: string;
  border: string;
  focusBorder: string;
}

/** Fired on the map with the new colours when the colour scheme changes. */
export interface ColourSchemeEvent extends L.LeafletEvent {
  colours: MapColours;
}

/** The tokens as they stand now (the fallbacks are the light set of global.css). */
export function mapColours(): MapColours {
  const css = getComputedStyle(document.documentElement);
  const token = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback;
  return {
    water: token('--color-map-water', '#d6e6ee'),
    land: token('--color-map-land', '#eeebe3'),
    focusLand: token('--color-map-focus-land', '#fffdf6'),
    border: token('--color-map-border', '#9a958a'),
    focusBorder: token('--color-heading', '#17324d'),
  };
}

/** Fires `colourschemechange` on the map when the reader's system switches between light and dark. */
export class ColourScheme extends L.Handler {
  private readonly query = window.matchMedia('(prefers-color-scheme: dark)');
  private readonly onChange = (): void => {
    this.map.fire('colourschemechange', { colours: mapColours() });
  };

  constructor(private readonly map: L.Map) {
    super(map);
  }

  override addHooks(): void {
    this.query.addEventListener('change', this.onChange);
  }

  override removeHooks(): void {
    this.query.removeEventListener('change', this.onChange);
  }
}
