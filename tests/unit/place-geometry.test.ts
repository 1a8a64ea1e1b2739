/**
 * One decision per place: whether a place is a point, a circle or an
 * outline, and the words for it, are decided once in the model; the article,
 * the map's rows and markers, the place page's facts, the GeoJSON and
 * JSON-LD exports and the link previews all say the same. The corpus is the
 * small synthetic map article (tests/unit/map-corpus.ts): a country with a
 * radius in its registry entry (drawn as its outline), towns (circles) and
 * exact sites (points).
 */
import { describe, expect, it } from 'vitest';
import { articleView } from '../../src/lib/views/article.ts';
import { entityIndex } from '../../src/lib/views/entity-model.ts';
import { mapPlaces, placesGeoJson } from '../../src/lib/map/geo.ts';
import { placePages } from '../../src/lib/previews/previews.ts';
import { placeJsonLd } from '../../src/lib/publish/seo.ts';
import { markerLabel } from '../../src/scripts/popup.ts';
import { locatorFor } from './helpers.ts';
import { mapCorpus } from './map-corpus.ts';

const { articles, registries } = mapCorpus();
const locate = locatorFor(articles);
const mapRows = mapPlaces(articles, locate);
const entities = entityIndex(articles, registries, locate);
const article = articleView(articles[0]!, locate);
const geojson = placesGeoJson(mapRows);
const previews = placePages({ articles, timeline: [], timelinePages: [], entities });

/** What each view says of the place's area. */
function views(id: string) {
  const row = mapRows.find((p) => p.id === id)!;
  const entity = entities.places.find((p) => p.id === id)!;
  return {
    row,
    entity,
    articlePlace: article.places.find((p) => p.id === id)!,
    feature: geojson.features.find((f) => f.id === id)!,
    jsonLd: placeJsonLd(entity) as unknown as Record<string, unknown>,
    preview: previews.find((p) => p.path.includes(`/${id}/`))!,
  };
}

describe('a place is drawn and named the same way in every view', () => {
  it('a country with a radius in its entry is an outline everywhere, never a circle', () => {
    const v = views('kasachstan');
    expect(v.row.geometry).toEqual({ kind: 'outline', of: 'country' });
    for (const label of [
      v.row.areaLabel,
      v.entity.areaLabel,
      v.articlePlace.areaLabel,
      v.feature.properties.areaLabel,
    ]) {
      expect(label).toBe('Umriss: Natural Earth');
    }
    expect(markerLabel(v.row)).toBe('Kasachstan (Staat, nur Region, Umriss: Natural Earth)');
    expect(v.feature.properties).toMatchObject({ geometry: 'outline', radiusKm: null });
    expect(v.jsonLd['geo']).toBeUndefined();
    expect(v.preview.detail).not.toMatch(/Umkreis/);
    expect(v.preview.detail).toContain('Umriss: Natural Earth');
  });

  it('a town known to 15 km is the same circle everywhere', () => {
    const v = views('almaty');
    const label = 'Umkreis ca. 15\u00a0km';
    for (const x of [v.row.areaLabel, v.entity.areaLabel, v.articlePlace.areaLabel, v.feature.properties.areaLabel]) {
      expect(x).toBe(label);
    }
    expect(markerLabel(v.row)).toBe(`Almaty in Kasachstan (Stadt, ungefähre Lage, ${label})`);
    expect(v.feature.properties).toMatchObject({ geometry: 'circle', radiusKm: 15 });
    expect(v.jsonLd['geo']).toMatchObject({ '@type': 'GeoCircle', geoRadius: 15000 });
    expect(v.preview.detail).toContain(label);
  });

  it('an exact site is a point everywhere, with no area', () => {
    const v = views('bahnhof-almaty-1');
    for (const x of [v.row.areaLabel, v.entity.areaLabel, v.articlePlace.areaLabel]) expect(x).toBeUndefined();
    expect(v.feature.properties).toMatchObject({ geometry: 'point', radiusKm: null, areaLabel: null });
    expect(markerLabel(v.row)).toMatch(/\(Verkehr, bewacht, genauer Ort\)$/);
    expect(v.jsonLd['geo']).toMatchObject({ '@type': 'GeoCoordinates' });
    expect(v.preview.detail).not.toMatch(/Umkreis|Umriss/);
  });
});
