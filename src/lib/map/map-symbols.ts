/**
 * One symbol per place category, drawn the same way on every map (the
 * interactive map, the static map, the locator maps) and in the legend: so
 * that the category is never told by colour alone. Each symbol is SVG path
 * data on a 16 × 16 grid, drawn as a 1.6 px stroke in the marker's text
 * colour (`fill` marks the parts that are filled, too).
 */
import type { Place } from '../analysis/model.ts';

export interface KindSymbol {
  /** Path data, stroked. */
  d: string;
  /** Path data, filled (and stroked). */
  fill?: string;
}

export const kindSymbol: Record<Place['kind'], KindSymbol> = {
  // Three houses of different height.
  city: { d: 'M2 14.5V7h4v7.5M6 14.5V2.5h4.5v12M10.5 14.5V8H14v6.5M1 14.5h14' },
  // A columned building under a pediment.
  government: { d: 'M4 7v6M8 7v6M12 7v6M1.5 14.5h13', fill: 'M8 1.5 1.5 5.5h13z' },
  // Rails with sleepers: stations and airports alike move people.
  transport: { d: 'M5.5 1.5 3 14.5M10.5 1.5l2.5 13M4.6 4.5h6.8M4 8h8M3.4 11.5h9.2' },
  // A coin stack.
  finance: { d: 'M2.5 5.5h11M2.5 9h11M2.5 12.5h11M3 3h10v11.5H3z' },
  // A broadcast mast with waves.
  media: {
    d: 'M8 7v8M5 15h6M5 3.5a4.2 4.2 0 0 0 0 6M11 3.5a4.2 4.2 0 0 1 0 6',
    fill: 'M6.6 6.5a1.4 1.4 0 1 0 2.8 0a1.4 1.4 0 1 0-2.8 0',
  },
  // A star.
  military: { d: '', fill: 'M8 1.2l2 4.6 5 .5-3.8 3.3 1.1 4.9L8 12 3.7 14.5l1.1-4.9L1 6.3l5-.5z' },
  // An anchor.
  port: { d: 'M8 4.5v10M5 7h6M2.5 9.5a5.5 5 0 0 0 11 0', fill: 'M6.5 3a1.5 1.5 0 1 0 3 0a1.5 1.5 0 1 0-3 0' },
  // A factory with a saw-tooth roof and a chimney.
  industry: { d: '', fill: 'M1.5 14.5V8l4-2.5V8l4-2.5V8l2-1V1.5h3v13z' },
  // A market stall under an awning.
  market: { d: 'M3 7v7.5h10V7M6.5 14.5v-4h3v4', fill: 'M1.5 7h13L13 2.5H3z' },
  // A rocket.
  space: {
    d: 'M5.5 10.5 3 14l3.2-1.4M10.5 10.5 13 14l-3.2-1.4M8 12.5v2.5',
    fill: 'M8 1c2.6 2.2 3.2 5.6 2.5 9.5h-5C4.8 6.6 5.4 3.2 8 1z',
  },
  // A dashed outline: an area whose edge is known only roughly.
  region: { d: 'M2 5 7 2l7 2.5V11l-6 3.5-6-2.5z' },
  // A flag.
  country: { d: 'M3.5 15V1.5', fill: 'M3.5 2h10l-2.5 3.5 2.5 3.5h-10z' },
};

/** The symbol as SVG markup (trusted: the path data above, never content). */
export function symbolSvg(kind: Place['kind'], className = 'kind-symbol'): string {
  const s = kindSymbol[kind];
  const dashed = kind === 'region' ? ' stroke-dasharray="2.2 1.6"' : '';
  const stroke = s.d ? `<path d="${s.d}"${dashed}/>` : '';
  const fill = s.fill ? `<path d="${s.fill}" class="kind-symbol__fill"/>` : '';
  return `<svg class="${className}" viewBox="0 0 16 16" aria-hidden="true" focusable="false">${stroke}${fill}</svg>`;
}
