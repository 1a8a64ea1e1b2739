/** Coordinates as a German reader reads them: »43,2381° N, 76,9453° O«. */
function formatCoordinate(value: number, positive: string, negative: string): string {
  return `${Math.abs(value).toFixed(4).replace('.', ',')}° ${value >= 0 ? positive : negative}`;
}

export function formatCoordinates([lat, lng]: readonly [number, number]): string {
  return `${formatCoordinate(lat, 'N', 'S')}, ${formatCoordinate(lng, 'O', 'W')}`;
}
