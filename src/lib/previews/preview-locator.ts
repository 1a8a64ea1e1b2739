/**
 * The locator of a link preview: a place's close-up (placeLocator in
 * src/lib/map/locator-map.ts) drawn as a self-contained SVG for the preview
 * image, in the light map colours of the site and without text (resvg draws
 * an embedded image without fonts; the preview's own text names the place).
 * The place is a large dot with a white ring, its area and its city's a
 * tinted circle, the other places small grey dots.
 */
import type { StaticMap } from '../map/static-map.ts';

/** The site's light map colours (src/styles/global.css), fixed: a preview has no colour scheme. */
const COLORS = {
  water: '#d6e6ee',
  land: '#eeebe3',
  focusLand: '#fffdf6',
  border: '#9a958a',
  area: '#b4532a',
  place: '#17324d',
  other: '#8b8f96',
};

const round = (n: number) => Math.round(n * 10) / 10;

/** The close-up as SVG markup, at the map's own size (its viewBox). */
function locatorSvg(map: StaticMap): string {
  const parts: string[] = [`<rect width="${map.width}" height="${map.height}" fill="${COLORS.water}"/>`];
  for (const c of map.countries) {
    parts.push(
      `<path d="${c.d}" fill="${c.focus ? COLORS.focusLand : COLORS.land}" stroke="${COLORS.border}" stroke-width="${c.focus ? 2.5 : 1.2}"/>`,
    );
  }
  for (const a of map.areas) {
    parts.push(
      `<circle cx="${round(a.x)}" cy="${round(a.y)}" r="${round(a.r)}" fill="${COLORS.area}" fill-opacity="0.12" stroke="${COLORS.area}" stroke-width="2" stroke-dasharray="7 5"/>`,
    );
  }
  for (const m of [...map.markers].sort((a, b) => Number(a.focus) - Number(b.focus))) {
    const [x, y] = m.point.map(round) as [number, number];
    parts.push(
      m.focus
        ? `<circle cx="${x}" cy="${y}" r="14" fill="${COLORS.place}" stroke="#ffffff" stroke-width="5"/>`
        : `<circle cx="${x}" cy="${y}" r="6" fill="${COLORS.other}" stroke="#ffffff" stroke-width="2"/>`,
    );
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${map.width}" height="${map.height}" viewBox="0 0 ${map.width} ${map.height}">${parts.join('')}</svg>`;
}

/** The same as a data URL, for the preview template's <img>. */
export function locatorDataUrl(map: StaticMap): string {
  return `data:image/svg+xml;base64,${Buffer.from(locatorSvg(map)).toString('base64')}`;
}
