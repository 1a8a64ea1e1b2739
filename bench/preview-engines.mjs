// Preview images: the site's renderer (satori lays the card out as SVG, resvg
// turns it into a PNG; src/lib/previews/preview-image.ts) against a canvas
// library (@napi-rs/canvas, Skia) drawing the same card by hand: the same
// fonts from the same files, the title wrapped to the same width, the same
// bar, colours and subline, a place's locator SVG drawn as an image.
//
// The pages are the site's own preview entries (previews.ts, from the real
// content, built as src/lib/load.ts builds them): the article, an actor and a
// place with its locator, plus the article's entry with a long German title
// (umlauts, ß, »…«). Each engine runs in a process of its own, on one thread:
// a warm-up, then N renders of each page; it prints milliseconds per image
// (median and 90th percentile; satori's layout, resvg's rasterising and its
// PNG encoding separately, the canvas's drawing and encoding), PNG bytes per
// image, the process's peak RSS, and how many pixels of the canvas's image
// differ visibly from satori's. The canvas's card copies the template's
// sizes and colours: a change of the template shows here as a larger
// difference until the copy follows. One PNG per engine and page is saved to a
// temporary folder outside the project, to be looked at side by side.
// If the canvas library does not load here, it says why; satori's figures
// are printed either way. Figures only: nothing here passes or fails.
//
// Usage: npx node bench/preview-engines.mjs [N]   (default 50)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const ROOT = join(import.meta.dirname, '..');
const WARM_UP = 3;

/** The template alone, for the engines' processes: their peak RSS is libraries, fonts and renders. */
const TEMPLATE = `
export { previewFontFiles, previewSvg, renderPreview } from './src/lib/previews/preview-image.ts';
export { pageKindLabel } from './src/lib/publish/seo.ts';
`;

/**
 * The site's preview entries, as src/lib/load.ts makes them from the content
 * collections. This and TEMPLATE are bundled for plain Node (bundle()): the
 * site's modules import JSON without attributes and read import.meta.env,
 * which Vite provides in the build. Packages stay external (the bundle lies
 * in node_modules/.cache so that Node finds them), but for the world map's
 * JSON, which the bundle inlines.
 */
const ENTRY = `
import { checkContent } from './src/lib/analysis/read-content.ts';
import { createCorpus } from './src/lib/analysis/corpus.ts';
import { timelineEvents } from './src/lib/views/timeline-model.ts';
import { timelineLocator, timelinePages } from './src/lib/views/timeline-pages.ts';
import { entityIndex } from './src/lib/views/entity-model.ts';
import { mapPlaces } from './src/lib/map/geo.ts';
import { previewPages } from './src/lib/previews/previews.ts';

export function sitePreviewPages(content, root) {
  const { registries, articles, failures } = checkContent(content, root);
  if (failures.length) throw new Error('the content has problems: npm run pruefen');
  const corpus = createCorpus(articles, registries);
  const inputs = corpus.articles.map((a) => ({ slug: a.slug, data: a.resolved, analysis: a.analysis }));
  const timeline = timelineEvents(inputs);
  const book = timelinePages(timeline);
  const locate = timelineLocator(book);
  return previewPages({
    articles: inputs,
    timeline,
    timelinePages: book,
    entities: entityIndex(inputs, registries, locate),
    mapPlaces: mapPlaces(inputs, locate, (id) => registries.places.get(id)?.data.name),
  });
}
`;

async function bundle(name, contents) {
  const { build } = await import('esbuild');
  const dir = join(ROOT, 'node_modules', '.cache', 'lagebild-bench');
  mkdirSync(dir, { recursive: true });
  const outfile = join(dir, `${name}.mjs`);
  await build({
    stdin: { contents, resolveDir: ROOT, loader: 'ts', sourcefile: `${name}.ts` },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    outfile,
    logLevel: 'error',
    define: { 'import.meta.env': JSON.stringify({ BASE_URL: '/', SITE: 'http://localhost/' }) },
    plugins: [
      {
        name: 'packages-external',
        setup(b) {
          b.onResolve({ filter: /^[@a-z]/ }, (args) =>
            args.path.endsWith('.json') ? undefined : { path: args.path, external: true },
          );
        },
      },
    ],
  });
  return outfile;
}

/** The pages measured: one of each kind, and the article again with a long German title. */
function choosePages(all) {
  const article = all.find((p) => p.kind === 'article');
  const actor = all.filter((p) => p.kind === 'actor').sort((a, b) => b.title.length - a.title.length)[0];
  const place =
    all.find((p) => p.kind === 'place' && p.locator && p.path.includes('almaty')) ??
    all.find((p) => p.kind === 'place' && p.locator);
  const pages = [
    ['article', article],
    [
      'article-long',
      article && {
        ...article,
        title:
          '»Friedenstruppe« zieht ab: Was Tokajews Äußerungen über die Straßen Almatys für Russlands Einfluss bedeuten',
      },
    ],
    ['actor', actor],
    ['place', place],
  ];
  return pages.filter(([, page]) => page);
}

/**
 * Between two renders (outside their time) the loop lets one turn of the
 * event loop pass, as the preview workers do between two messages: Node
 * frees a native object (resvg's pixmap of 3 MB) only in a later turn, after
 * V8 has collected its JavaScript side. A loop of renders without a turn
 * keeps every pixmap: about 3 MB more RSS per image with satori + resvg
 * (760 MB after 200 renders), a figure of the loop, not of the engine.
 */
const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

const ms = (start) => performance.now() - start;
const quantile = (values, q) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
};
const stats = (values) => ({ median: quantile(values, 0.5), p90: quantile(values, 0.9) });

/** Runs `render` WARM_UP + n times; returns each phase's times of the n measured runs and the last PNG. */
async function measure(n, render) {
  const times = {};
  let png;
  let stable = true;
  for (let i = 0; i < WARM_UP + n; i++) {
    const result = await render();
    if (png) stable &&= Buffer.from(png).equals(Buffer.from(result.png));
    png = result.png;
    await nextTurn();
    if (i < WARM_UP) continue;
    for (const [phase, t] of Object.entries(result.times)) (times[phase] ??= []).push(t);
  }
  return { png, stable, times: Object.fromEntries(Object.entries(times).map(([phase, t]) => [phase, stats(t)])) };
}

// ---------------------------------------------------------------- satori + resvg

async function satoriEngine(site) {
  const { Resvg } = await import('@resvg/resvg-js');
  return {
    name: 'satori + resvg',
    async render(page) {
      // renderPreview in timed steps (layout, rasterising, PNG), with its exact options.
      let start = performance.now();
      const svg = await site.previewSvg(page);
      const satori = ms(start);
      start = performance.now();
      const image = new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render();
      const resvg = ms(start);
      start = performance.now();
      const png = image.asPng();
      const encode = ms(start);
      return { png, times: { satori, resvg, encode, total: satori + resvg + encode } };
    },
    async check(page, png) {
      const own = Buffer.from(await site.renderPreview(page));
      return own.equals(png) ? 'same bytes as renderPreview' : 'DIFFERS from renderPreview';
    },
  };
}

// ---------------------------------------------------------------- @napi-rs/canvas

// The template's colours and sizes (src/lib/previews/preview-image.ts).
const COLORS = { background: '#17324d', accent: '#e0a526', text: '#ffffff', muted: '#c8d4e0' };
const W = 1200;
const H = 630;
const SQUARE_SAFE = H - 20;
const titleSize = (t) => (t.length <= 40 ? 72 : t.length <= 70 ? 60 : 50);
const locatorTitleSize = (t) => (t.length <= 24 ? 64 : t.length <= 48 ? 54 : 46);

/** `fast`: zlib level 1 and the Sub filter instead of level 6 and all filters (bigger files, quicker). */
async function canvasEngine(site, fast) {
  const { createCanvas, GlobalFonts, Image, loadImage, PngFilter } = await import('@napi-rs/canvas');
  const encoding = fast ? { compressionLevel: 1, filters: PngFilter.Sub } : {};
  // A family per subset and weight: under one family name per subset, this
  // version drew the regular text bold once bold text had been drawn.
  const families = { 400: [], 700: [] };
  for (const { subset, weight, file } of site.previewFontFiles()) {
    const family = `Noto Sans ${subset} ${weight}`;
    if (!GlobalFonts.registerFromPath(file, family)) throw new Error(`font not registered: ${file}`);
    families[weight].push(`"${family}"`);
  }
  const font = (size, weight = 400) => `${weight} ${size}px ${families[weight].join(', ')}`;

  const canvas = createCanvas(W, H);
  const ctx = canvas.getContext('2d');
  // The font's line box ('normal' line height) per pixel of font size.
  ctx.font = font(1000);
  const probe = ctx.measureText('Hg');
  const ASC = probe.fontBoundingBoxAscent / 1000;
  const DESC = probe.fontBoundingBoxDescent / 1000;
  const NORMAL = ASC + DESC;

  /** Lines of `text` at most `width` wide, broken at spaces and after hyphens, at most `max` (the last with …). */
  function wrap(text, width, max) {
    const words = text.match(/[^\s-]+-?|-/g) ?? [];
    const lines = [];
    let line = '';
    for (const word of words) {
      const joined = line && !line.endsWith('-') ? `${line} ${word}` : line + word;
      if (!line || ctx.measureText(joined).width <= width) line = joined;
      else {
        lines.push(line);
        line = word;
      }
    }
    if (line) lines.push(line);
    if (lines.length <= max) return lines;
    let last = `${lines[max - 1]} ${lines[max]}`;
    while (last && ctx.measureText(`${last}…`).width > width) last = last.slice(0, -1);
    return [...lines.slice(0, max - 1), `${last.trimEnd()}…`];
  }

  /** Draws lines of `size` px with a line height of `lh` from `top`; returns the block's height. */
  function drawLines(lines, x, top, size, lh) {
    const box = size * lh;
    lines.forEach((line, i) => ctx.fillText(line, x, top + i * box + (box - NORMAL * size) / 2 + ASC * size));
    return lines.length * box;
  }

  function card(page) {
    const kind = site.pageKindLabel[page.kind];
    ctx.fillStyle = COLORS.background;
    ctx.fillRect(0, 0, W, H);
    ctx.fillStyle = COLORS.accent;
    ctx.fillRect(0, 0, 24, H);
    const left = 24 + 72;
    const width = W - left - 72;
    const [top, bottom] = [64, H - 64];
    // Header: LAGEBILD and the kind's badge, centred in one row.
    const header = Math.max(32 * NORMAL, 28 * NORMAL + 12);
    ctx.font = font(32, 700);
    ctx.letterSpacing = '2px';
    const brand = ctx.measureText('LAGEBILD').width;
    ctx.fillStyle = COLORS.text;
    ctx.fillText('LAGEBILD', left, top + (header - 32 * NORMAL) / 2 + 32 * ASC);
    ctx.letterSpacing = '0px';
    ctx.font = font(28, 700);
    const badgeX = left + brand + 28;
    const badgeH = 28 * NORMAL + 12;
    ctx.fillStyle = COLORS.accent;
    ctx.beginPath();
    ctx.roundRect(badgeX, top + (header - badgeH) / 2, ctx.measureText(kind).width + 40, badgeH, 8);
    ctx.fill();
    ctx.fillStyle = COLORS.background;
    ctx.fillText(kind, badgeX + 20, top + (header - badgeH) / 2 + 6 + 28 * ASC);
    // Title and detail in the middle, the footer at the bottom (space-between).
    const size = titleSize(page.title);
    ctx.font = font(size, 700);
    const title = wrap(page.title, width, 3);
    ctx.font = font(34);
    const detail = page.detail ? wrap(page.detail, width, 2) : [];
    const middle = title.length * size * 1.15 + (detail.length ? 28 + detail.length * 34 * NORMAL : 0);
    const footer = 26 * NORMAL;
    let y = top + header + (bottom - top - header - middle - footer) / 2;
    ctx.fillStyle = COLORS.text;
    ctx.font = font(size, 700);
    y += drawLines(title, left, y, size, 1.15);
    ctx.fillStyle = COLORS.muted;
    ctx.font = font(34);
    if (detail.length) drawLines(detail, left, y + 28, 34, NORMAL);
    ctx.font = font(26);
    drawLines(['Nachrichtenanalyse mit Belegen im Text'], left, bottom - footer, 26, NORMAL);
  }

  function locatorCard(page) {
    const kind = site.pageKindLabel[page.kind];
    ctx.fillStyle = COLORS.background;
    ctx.fillRect(0, 0, W, H);
    const map = new Image();
    map.src = Buffer.from(page.locator.slice(page.locator.indexOf(',') + 1), 'base64');
    ctx.drawImage(map, 0, -210, W, 800);
    // The kind's tag in the top left corner.
    ctx.font = font(30, 700);
    ctx.letterSpacing = '2px';
    const tag = `LAGEBILD · ${kind}`;
    ctx.fillStyle = COLORS.background;
    ctx.beginPath();
    ctx.roundRect(0, 0, ctx.measureText(tag).width + 56, 30 * NORMAL + 28, [0, 0, 12, 0]);
    ctx.fill();
    ctx.fillStyle = COLORS.text;
    ctx.fillText(tag, 28, 14 + 30 * ASC);
    ctx.letterSpacing = '0px';
    // The band at the bottom: accent line, title and detail centred.
    const size = locatorTitleSize(page.title);
    ctx.font = font(size, 700);
    const title = wrap(page.title, SQUARE_SAFE, 3);
    ctx.font = font(46);
    const detail = page.detail ? wrap(page.detail, SQUARE_SAFE, 2) : [];
    const band = 10 + 18 + title.length * size * 1.1 + (detail.length ? 12 + detail.length * 46 * 1.15 : 0) + 24;
    const top = H - band;
    ctx.fillStyle = COLORS.background;
    ctx.fillRect(0, top, W, band);
    ctx.fillStyle = COLORS.accent;
    ctx.fillRect(0, top, W, 10);
    ctx.textAlign = 'center';
    ctx.fillStyle = COLORS.text;
    ctx.font = font(size, 700);
    const y = top + 28 + drawLines(title, W / 2, top + 28, size, 1.1);
    ctx.fillStyle = COLORS.muted;
    ctx.font = font(46);
    if (detail.length) drawLines(detail, W / 2, y + 12, 46, 1.15);
    ctx.textAlign = 'left';
  }

  return {
    name: fast
      ? '@napi-rs/canvas, PNG zlib level 1, Sub filter'
      : '@napi-rs/canvas (PNG defaults: zlib level 6, all filters)',
    /** How far the image is from satori's (saved before this process started): the share of pixels that differ visibly. */
    async check(page, png, satoriFile) {
      if (!existsSync(satoriFile)) return undefined;
      const pixels = async (data) => {
        const image = await loadImage(data);
        const other = createCanvas(W, H).getContext('2d');
        other.drawImage(image, 0, 0);
        return other.getImageData(0, 0, W, H).data;
      };
      const [a, b] = [await pixels(readFileSync(satoriFile)), await pixels(png)];
      let differ = 0;
      for (let i = 0; i < a.length; i += 4) {
        const d = Math.max(Math.abs(a[i] - b[i]), Math.abs(a[i + 1] - b[i + 1]), Math.abs(a[i + 2] - b[i + 2]));
        if (d > 32) differ++;
      }
      return `${((100 * differ) / (W * H)).toFixed(2)} % of pixels off satori's by > 32/255`;
    },
    async render(page) {
      let start = performance.now();
      ctx.reset?.();
      if (page.locator) locatorCard(page);
      else card(page);
      const draw = ms(start);
      start = performance.now();
      const png = canvas.encodeSync('png', encoding);
      return { png, times: { draw, encode: ms(start), total: draw + ms(start) } };
    },
  };
}

// ---------------------------------------------------------------- one engine in its own process

async function runEngine(engineName, template, n, outDir) {
  const site = await import(template);
  const pages = JSON.parse(readFileSync(join(outDir, 'pages.json'), 'utf8'));
  const engine =
    engineName === 'satori' ? await satoriEngine(site) : await canvasEngine(site, engineName === 'canvas-fast');
  const rows = [];
  for (const [label, page] of pages) {
    const { png, stable, times } = await measure(n, () => engine.render(page));
    writeFileSync(join(outDir, `${label}-${engineName}.png`), png);
    const check = [
      stable ? 'same bytes every render' : 'bytes VARY between renders',
      await engine.check?.(page, png, join(outDir, `${label}-satori.png`)),
    ];
    rows.push({ label, bytes: png.length, times, check: check.filter(Boolean).join(', ') });
  }
  return { engine: engine.name, rows, rssMB: process.resourceUsage().maxRSS / 1024 };
}

// ---------------------------------------------------------------- report

const f = (x) => x.toFixed(1).padStart(6);

function printEngine({ engine, rows, rssMB }) {
  const phases = Object.keys(rows[0].times);
  console.log(`  ${engine} (peak RSS ${rssMB.toFixed(0)} MB)`);
  console.log(
    `    ${'page'.padEnd(13)}` + phases.map((p) => `${p} ms median / p90`.padStart(24)).join('') + '   PNG bytes',
  );
  for (const { label, bytes, times, check } of rows) {
    console.log(
      `    ${label.padEnd(13)}` +
        phases.map((p) => `${f(times[p].median)} / ${f(times[p].p90)}`.padStart(24)).join('') +
        `   ${String(bytes).padStart(9)}   ${check}`,
    );
  }
}

export async function printPreviewEngines(n = 50) {
  const outDir = mkdtempSync(join(tmpdir(), 'lagebild-preview-engines-'));
  let template;
  try {
    const site = await import(await bundle('preview-pages', ENTRY));
    writeFileSync(
      join(outDir, 'pages.json'),
      JSON.stringify(choosePages(site.sitePreviewPages(join(ROOT, 'content'), ROOT))),
    );
    template = await bundle('preview-template', TEMPLATE);
  } catch (error) {
    console.log(
      `  not measured: the pages or the template did not load: ${error instanceof Error ? error.message : error}`,
    );
    return;
  }
  console.log(`  ${n} renders per page after ${WARM_UP} to warm up, one thread, each engine in its own process`);
  for (const engine of ['satori', 'canvas', 'canvas-fast']) {
    const args = [import.meta.filename, '--engine', engine, template, String(n), outDir];
    const child = spawnSync(process.execPath, args, {
      cwd: ROOT,
      encoding: 'utf8',
      maxBuffer: 16 * 1024 * 1024,
    });
    const answer = child.stdout.split('\n').find((line) => line.startsWith('{'));
    if (child.status === 0 && answer) printEngine(JSON.parse(answer));
    else {
      const why = `${child.stderr}`.trim().split('\n').filter(Boolean).at(-1);
      console.log(`  ${engine}: not measured (exit ${child.status ?? child.signal}): ${why || 'no output'}`);
    }
  }
  console.log(`  one PNG per engine and page in ${outDir}`);
}

if (process.argv[2] === '--engine') {
  const [, , , engine, template, n, outDir] = process.argv;
  try {
    console.log(JSON.stringify(await runEngine(engine, template, Number(n), outDir)));
  } catch (error) {
    // One line for the report: the cause, without the stack.
    console.error(String(error instanceof Error ? error.message : error).split('\n')[0]);
    process.exitCode = 1;
  }
} else if (import.meta.url === `file://${process.argv[1]}`) {
  console.log('Preview images: satori + resvg against @napi-rs/canvas');
  await printPreviewEngines(Number(process.argv[2] ?? 50));
}
