/**
 * Renders a link-preview image (1200×630 PNG) at build time: satori lays
 * out the text as SVG, resvg rasterises it. The font ships with the project
 * (@fontsource/noto-sans, read from node_modules): nothing is fetched.
 *
 * Each Unicode subset of the font gets a family name of its own and all of
 * them are listed in `fontFamily`; under one shared name satori would draw
 * Cyrillic (and Kazakh letters such as Қ, Ә, Ү) as empty boxes.
 */
import { Resvg } from '@resvg/resvg-js';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import satori, { type Font } from 'satori';
import type { PreviewPage } from './previews.ts';
import { PREVIEW_HEIGHT, PREVIEW_WIDTH, pageKindLabel } from '../publish/seo.ts';

const SUBSETS = ['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext', 'greek'] as const;
const WEIGHTS = [400, 700] as const;
const familyOf = (subset: string) => `Noto Sans ${subset}`;
const FONT_FAMILY = SUBSETS.map((s) => `'${familyOf(s)}'`).join(', ');

/** The font files of the previews, in the order `previewFonts` loads them. */
export function previewFontFiles(): { subset: string; weight: (typeof WEIGHTS)[number]; file: string }[] {
  // Resolved from the project root: the build bundles this module elsewhere.
  const require = createRequire(join(process.cwd(), 'package.json'));
  return SUBSETS.flatMap((subset) =>
    WEIGHTS.map((weight) => ({
      subset,
      weight,
      file: require.resolve(`@fontsource/noto-sans/files/noto-sans-${subset}-${weight}-normal.woff`),
    })),
  );
}

let fonts: Font[] | undefined;

/** The bundled Noto Sans subsets, each under its own family name. */
function previewFonts(): Font[] {
  fonts ??= previewFontFiles().map(({ subset, weight, file }): Font => ({
    name: familyOf(subset),
    weight,
    style: 'normal',
    data: readFileSync(file),
  }));
  return fonts;
}

/** A satori element (the React-element shape, without React). */
interface Node {
  type: string;
  props: {
    style?: Record<string, string | number> | undefined;
    children?: (Node | string)[] | Node | string | undefined;
  };
}
const el = (type: string, style: Node['props']['style'], children?: Node['props']['children']): Node => ({
  type,
  props: { style, children },
});

const COLORS = { background: '#17324d', accent: '#e0a526', text: '#ffffff', muted: '#c8d4e0' };

/** Title size by length, so that long titles still fit in three lines. */
function titleSize(title: string): number {
  if (title.length <= 40) return 72;
  if (title.length <= 70) return 60;
  return 50;
}

/** The middle of the image that a square crop keeps (630 px of 1200): a locator preview's text stays in it. */
const SQUARE_SAFE = PREVIEW_HEIGHT - 20;

/** A locator preview's title size by length: whole in three lines of the square crop's width, never below 46 px. */
function locatorTitleSize(title: string): number {
  if (title.length <= 24) return 64;
  if (title.length <= 48) return 54;
  return 46;
}

/**
 * A place or an event with its locator: the close-up fills the image (the
 * place in the upper part), the name stands centred in a band below it,
 * large enough to read at 290 px wide (title 46 to 64 px, detail 46 px) and
 * inside a square crop (the middle 630 px).
 */
function locatorElement(page: PreviewPage & { locator: string }, kind: string): Node {
  const image = {
    type: 'img',
    props: {
      src: page.locator,
      width: PREVIEW_WIDTH,
      height: 800,
      style: { position: 'absolute', left: 0, top: -210 },
    },
  };
  return el(
    'div',
    {
      width: PREVIEW_WIDTH,
      height: PREVIEW_HEIGHT,
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'flex-end',
      alignItems: 'center',
      position: 'relative',
      backgroundColor: COLORS.background,
      color: COLORS.text,
      fontFamily: FONT_FAMILY,
    },
    [
      image as unknown as Node,
      el(
        'div',
        {
          position: 'absolute',
          left: 0,
          top: 0,
          display: 'flex',
          padding: '14px 28px',
          backgroundColor: COLORS.background,
          borderBottomRightRadius: 12,
          fontSize: 30,
          fontWeight: 700,
          letterSpacing: 2,
        },
        `LAGEBILD · ${kind}`,
      ),
      el(
        'div',
        {
          position: 'absolute',
          left: 0,
          bottom: 0,
          display: 'flex',
          flexDirection: 'column',
          alignItems: 'center',
          width: PREVIEW_WIDTH,
          padding: '18px 0 24px',
          backgroundColor: COLORS.background,
          borderTop: `10px solid ${COLORS.accent}`,
        },
        [
          el(
            'div',
            {
              display: 'block',
              maxWidth: SQUARE_SAFE,
              textAlign: 'center',
              fontSize: locatorTitleSize(page.title),
              fontWeight: 700,
              lineHeight: 1.1,
              lineClamp: 3,
            },
            page.title,
          ),
          ...(page.detail
            ? [
                el(
                  'div',
                  {
                    display: 'block',
                    maxWidth: SQUARE_SAFE,
                    marginTop: 12,
                    textAlign: 'center',
                    fontSize: 46,
                    lineHeight: 1.15,
                    color: COLORS.muted,
                    lineClamp: 2,
                  },
                  page.detail,
                ),
              ]
            : []),
        ],
      ),
    ],
  );
}

function previewElement(page: PreviewPage): Node {
  const kind = pageKindLabel[page.kind];
  if (page.locator) return locatorElement({ ...page, locator: page.locator }, kind);
  return el(
    'div',
    {
      width: PREVIEW_WIDTH,
      height: PREVIEW_HEIGHT,
      boxSizing: 'border-box',
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      padding: '64px 72px',
      backgroundColor: COLORS.background,
      borderLeft: `24px solid ${COLORS.accent}`,
      color: COLORS.text,
      fontFamily: FONT_FAMILY,
    },
    [
      el('div', { display: 'flex', alignItems: 'center', fontSize: 32, fontWeight: 700 }, [
        el('div', { display: 'flex', letterSpacing: 2 }, 'LAGEBILD'),
        el(
          'div',
          {
            display: 'flex',
            marginLeft: 28,
            padding: '6px 20px',
            borderRadius: 8,
            backgroundColor: COLORS.accent,
            color: COLORS.background,
            fontSize: 28,
          },
          kind,
        ),
      ]),
      el('div', { display: 'flex', flexDirection: 'column' }, [
        el(
          'div',
          { display: 'block', fontSize: titleSize(page.title), fontWeight: 700, lineHeight: 1.15, lineClamp: 3 },
          page.title,
        ),
        ...(page.detail
          ? [
              el(
                'div',
                { display: 'block', marginTop: 28, fontSize: 34, color: COLORS.muted, lineClamp: 2 },
                page.detail,
              ),
            ]
          : []),
      ]),
      el('div', { display: 'flex', fontSize: 26, color: COLORS.muted }, 'Nachrichtenanalyse mit Belegen im Text'),
    ],
  );
}

/** The page's preview as SVG (for tests) … */
export async function previewSvg(page: PreviewPage): Promise<string> {
  return satori(previewElement(page) as unknown as Parameters<typeof satori>[0], {
    width: PREVIEW_WIDTH,
    height: PREVIEW_HEIGHT,
    fonts: previewFonts(),
    // Satori asks for more fonts only for text none of the bundled ones can
    // draw: stop the build instead of shipping empty boxes.
    loadAdditionalAsset: async (code, segment) => {
      throw new Error(
        `preview image of "${page.path}": no bundled font draws ${JSON.stringify(segment)} (${code}); ` +
          'expected Latin, Cyrillic (incl. Kazakh) or Greek letters',
      );
    },
  });
}

/** … and as the PNG the site ships. Deterministic: the same page gives the same bytes. */
export async function renderPreview(page: PreviewPage): Promise<Uint8Array<ArrayBuffer>> {
  const svg = await previewSvg(page);
  const png = new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render().asPng();
  return new Uint8Array(png);
}
