/**
 * The map's settings, in one place. By default the map loads nothing from
 * other hosts: the basemap is Natural Earth data shipped with the site.
 */

export interface TileLayerConfig {
  /** A Leaflet tile URL template, e.g. "https://tile.openstreetmap.org/{z}/{x}/{y}.png". */
  url: string;
  /** Shown in the map's corner whenever the tiles are on (required by every tile provider). */
  attribution: string;
  maxZoom: number;
}

export interface ContextCity {
  name: string;
  lat: number;
  lng: number;
}

export const mapConfig = {
  /**
   * An optional tile layer under the outlines. Off (null) by default: a tile
   * server is another host. To use OpenStreetMap, set e.g.
   * { url: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
   *   attribution: '© OpenStreetMap-Mitwirkende', maxZoom: 18 }
   * and respect the provider's usage policy.
   */
  tiles: null as TileLayerConfig | null,
  /** The area the basemap covers and the maps show: Kazakhstan and its neighbours (degrees). */
  bounds: { west: 44, south: 30, east: 90, north: 57 },
  /**
   * The closest zoom of the interactive map without a tile layer: Natural
   * Earth 1:50m still shows borders and coasts there, with the context
   * cities; closer, a reader would see an empty plane. The Lupes carry the
   * city scale. (With tiles on, the tile layer's maxZoom applies.)
   */
  maxZoom: 8,
  /** Natural Earth id (ISO 3166-1 numeric, as in world-atlas) of the country in focus. */
  focusCountry: '398',
  /** Decimal places kept in the basemap's coordinates: 2 ≈ 1 km, finer than Natural Earth 1:50m itself. */
  decimals: 2,
  /**
   * Major cities as context for the reader (not places of an article).
   * Coordinates rounded to 0.01° from the cities' Wikipedia articles.
   */
  contextCities: [
    { name: 'Schymkent', lat: 42.32, lng: 69.6 },
    { name: 'Karaganda', lat: 49.8, lng: 73.1 },
    { name: 'Aqtöbe', lat: 50.28, lng: 57.17 },
    { name: 'Taras', lat: 42.9, lng: 71.37 },
    { name: 'Pawlodar', lat: 52.29, lng: 76.97 },
    { name: 'Semei', lat: 50.41, lng: 80.23 },
    { name: 'Atyrau', lat: 47.11, lng: 51.88 },
    { name: 'Qostanai', lat: 53.21, lng: 63.63 },
    { name: 'Qysylorda', lat: 44.85, lng: 65.51 },
    { name: 'Oral', lat: 51.23, lng: 51.37 },
    { name: 'Taschkent', lat: 41.31, lng: 69.28 },
    { name: 'Bischkek', lat: 42.87, lng: 74.59 },
    { name: 'Ürümqi', lat: 43.83, lng: 87.62 },
    { name: 'Omsk', lat: 54.99, lng: 73.37 },
    { name: 'Nowosibirsk', lat: 55.03, lng: 82.92 },
  ] satisfies ContextCity[],
};
