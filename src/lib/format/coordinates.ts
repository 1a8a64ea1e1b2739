/** Coordinates as a German reader reads them: »43,2381° N, 76,9453° O«. */
function formatCoordinate(value: number, positive: string, negative: string): string {
  return `${Math.abs(value).toFixed(4).replace('.', ',')}° ${value >= 0 ? positive : negative}`;
}

export function formatCoordinates([lat, lng]: readonly [number, number]): string {
  return `${formatCoordinate(lat, 'N', 'S')}, ${formatCoordinate(lng, 'O', 'W')}`;
}

const NUMBER = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 1 });

/** A number as a German reader reads it: »1.700«, »2,5«. */
export function formatNumber(value: number): string {
  return NUMBER.format(value);
}

/** The uncertainty area of a place: »Umkreis ca. 15 km«. The one place this label is written. */
export function radiusLabel(radiusKm: number): string {
  return `Umkreis ca. ${formatNumber(radiusKm)}\u00a0km`;
}
