/**
 * What lies under the places: the optional tile layer with its attribution,
 * the water, the country outlines from Natural Earth (shipped with the site,
 * loaded once and announced to the other handlers with `basemapload`), and
 * the names of countries and major cities as context.
 */
import L from 'leaflet';
import type { Feature, FeatureCollection, MultiPolygon } from 'geojson';
import type { CountryProperties } from '../../lib/map/basemap.ts';
import type { LiveMapData } from '../../lib/map/geo.ts';
import { mapColours, type ColourSchemeEvent, type MapColours } from './colour-scheme.ts';
import { basemapBounds } from './view.ts';

type Country = Feature<MultiPolygon, CountryProperties>;

/** Fired on the map once the outlines are there. */
export interface BasemapLoadEvent extends L.LeafletEvent {
  features: Country[];
}

function text(tag: string, className: string, content: string): HTMLElement {
  const node = document.createElement(tag);
  node.className = className;
  node.textContent = content;
  return node;
}

/** A name on the map as context: not interactive, hidden from assistive technology. */
function contextLabel(lat: number, lng: number, label: HTMLElement, icon: L.DivIconOptions): L.Marker {
  label.setAttribute('aria-hidden', 'true');
  return L.marker([lat, lng], {
    icon: L.divIcon({ ...icon, html: label }),
    interactive: false,
    keyboard: false,
    pane: 'context',
  });
}

export class Basemap extends L.Handler {
  private readonly layers = L.layerGroup();
  private water: L.Rectangle | undefined;
  private countries: L.GeoJSON<CountryProperties, MultiPolygon> | undefined;
  private attribution: L.Control.Attribution | undefined;

  /**
   * @param url the basemap's GeoJSON (the map root's `data-basemap`)
   */
  constructor(
    private readonly map: L.Map,
    private readonly data: LiveMapData,
    private readonly url: string,
  ) {
    super(map);
  }

  override addHooks(): void {
    const { map, data } = this;
    // The optional tile layer (off by default: it would load from another host), with the attribution
    // its provider requires in the map's corner. Without it, the map's credits stand under the map.
    if (data.tiles) {
      L.tileLayer(data.tiles.url, { maxZoom: data.tiles.maxZoom }).addTo(this.layers);
      this.attribution = L.control
        .attribution({ position: 'bottomright', prefix: '<a href="https://leafletjs.com/">Leaflet</a>' })
        .addAttribution(data.tiles.attribution)
        .addTo(map);
    }
    map.createPane('basemap').style.zIndex = '250';
    // Country and city names under the areas (400) and the Lupes; the Lupes and lines under the markers (600).
    map.createPane('context').style.zIndex = '380';
    const colours = mapColours();
    if (!data.tiles) {
      this.water = L.rectangle(basemapBounds(data), {
        pane: 'basemap',
        interactive: false,
        stroke: false,
        fillColor: colours.water,
        fillOpacity: 1,
      }).addTo(this.layers);
    }
    this.layers.addTo(map);
    this.load(colours);
    // In a task of its own (as the markers), so that no task holds a phone long.
    setTimeout(() => this.addContext(), 0);
    map.on('colourschemechange', this.recolour, this);
  }

  override removeHooks(): void {
    this.layers.remove();
    this.attribution?.remove();
    this.map.off('colourschemechange', this.recolour, this);
  }

  private load(colours: MapColours): void {
    void fetch(this.url)
      .then((response) => response.json() as Promise<FeatureCollection<MultiPolygon, CountryProperties>>)
      .then((basemap) => {
        this.countries = L.geoJSON(basemap, {
          pane: 'basemap',
          interactive: false,
          // Enclosed water is the background already; it is drawn only as the area of a place that names it.
          filter: (f) => !f.properties.water,
          style: (f) => this.countryStyle(f as Country | undefined, colours),
        }).addTo(this.layers);
        this.map.fire('basemapload', { features: basemap.features });
      })
      .catch(() => {
        // Without the outlines the markers still stand; the table has every place.
      });
  }

  private countryStyle(f: Country | undefined, colours: MapColours): L.PathOptions {
    const focus = f?.properties.focus;
    return {
      className: focus ? 'basemap-focus' : 'basemap-land',
      color: focus ? colours.focusBorder : colours.border,
      weight: focus ? 2 : 1,
      fillColor: this.data.tiles ? 'transparent' : focus ? colours.focusLand : colours.land,
      fillOpacity: 1,
    };
  }

  private recolour(event: L.LeafletEvent): void {
    const { colours } = event as ColourSchemeEvent;
    this.water?.setStyle({ fillColor: colours.water });
    this.countries?.setStyle((f) => this.countryStyle(f as Country | undefined, colours));
  }

  /** The countries' names and major cities. */
  private addContext(): void {
    for (const country of this.data.countries) {
      const label = text('span', `country-label${country.focus ? ' country-label--focus' : ''}`, country.name);
      contextLabel(country.lat, country.lng, label, { className: 'country-label-icon', iconSize: undefined }).addTo(
        this.layers,
      );
    }
    for (const city of this.data.cities) {
      const label = text('span', 'city-label', city.name);
      const icon = {
        className: 'city-label-icon',
        iconSize: [0, 0] as L.PointTuple,
        iconAnchor: [3, 6] as L.PointTuple,
      };
      contextLabel(city.lat, city.lng, label, icon).addTo(this.layers);
    }
  }
}
