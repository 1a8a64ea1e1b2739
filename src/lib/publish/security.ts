/**
 * The HTTP security headers of the site, in one place: the build writes them
 * to dist/_headers (for static hosts that read that file, e.g. Netlify and
 * Cloudflare Pages), the README shows the same headers for nginx, and the
 * browser tests serve the site with them.
 *
 * The Content-Security-Policy allows no other host and no inline script or
 * style: every script and stylesheet ships as a file (see astro.config.mjs).
 * No other site may frame a page (`frame-ancestors 'none'`), except the
 * embeds under /einbetten/, which are made to be framed (docs/einbetten.md).
 * JSON-LD blocks are data, not script, and need no exception. The search
 * (Pagefind) runs WebAssembly, hence 'wasm-unsafe-eval' (which allows
 * compiling WebAssembly, not JavaScript eval).
 *
 * Why a header and not Astro's own CSP support (`security.csp`): that writes a
 * <meta http-equiv> policy with hashes of inline scripts and styles into each
 * page. The site has none to hash, and a <meta> policy cannot carry
 * `frame-ancestors`; one header for the whole site is simpler and stricter.
 * A host that cannot send headers still gets a working site, without the CSP.
 */

/** The policy's fetch directives, the same on every page, framed or not: nothing from other hosts. */
const FETCH_DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

/** Every page but the embeds: no other site may frame it (against clickjacking). */
export const CONTENT_SECURITY_POLICY = [...FETCH_DIRECTIVES, "frame-ancestors 'none'"].join('; ');

/**
 * The folder of the embeddable views (below the base): the only pages other
 * sites may frame.
 */
export const EMBED_FOLDER = 'einbetten';

/**
 * Who may frame the embeds: any site (`*`, as Datawrapper's charts), or a
 * list of origins separated by spaces, from the build's environment variable
 * `LAGEBILD_EMBED_ANCESTORS` (docs/deploy.md).
 */
export function embedAncestors(value: string | undefined): string {
  const origins = (value ?? '').trim().split(/\s+/).filter(Boolean);
  for (const origin of origins) {
    if (origin !== '*' && !/^https?:\/\/[^/\s;,']+$/.test(origin)) {
      throw new Error(
        `LAGEBILD_EMBED_ANCESTORS: »${origin}« ist keine Herkunft wie https://zeitung.example (Schema und Host, ohne Pfad).`,
      );
    }
  }
  return origins.length ? origins.join(' ') : '*';
}

/** The embeds' policy: the same fetch directives, framing allowed to `ancestors`. */
export const embedContentSecurityPolicy = (ancestors = '*'): string =>
  [...FETCH_DIRECTIVES, `frame-ancestors ${ancestors}`].join('; ');

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Content-Type-Options': 'nosniff',
  // web-share needs no entry: its default is the site itself, and Chromium warns about the name on every page.
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  // HTTPS only, for a year, on this host (not its subdomains: a newsroom's other sites are not ours to bind).
  'Strict-Transport-Security': 'max-age=31536000',
};

/** Files whose name carries a hash of their content (Astro's /_astro/): they never change, so browsers keep them. */
const IMMUTABLE_ASSETS: Readonly<Record<string, string>> = {
  'Cache-Control': 'public, max-age=31536000, immutable',
};

export interface HeadersFileOptions {
  base?: string;
  /**
   * The entries at the top of the built site (folders and files, as
   * `readdirSync(dist)` lists them): each gets the strict policy, but the
   * embeds' folder.
   */
  entries?: readonly string[];
  /** Who may frame the embeds (see embedAncestors). */
  ancestors?: string;
}

/**
 * The `_headers` file (Netlify, Cloudflare Pages): the headers that hold on
 * every path under `/*`, the Content-Security-Policy on rules that never
 * match the same path twice, and long caching for the hashed assets.
 *
 * Why not a strict `/*` rule with an exception for /einbetten/*: both hosts
 * apply every rule that matches a path. Cloudflare Pages then sends a header
 * set by two rules with both values joined by a comma, which for a CSP means
 * two policies, and a browser enforces both (the embeds could not be framed);
 * its `! Content-Security-Policy` line would detach the inherited one, but
 * Netlify does not know that syntax, and keeps one value per header. So the
 * strict policy is set on the site's root and on each of its top-level
 * folders and pages by name, which /einbetten/… never matches, and the
 * embeds' policy on /einbetten/* alone: every page gets exactly one policy,
 * whichever way a host combines rules (docs/deploy.md).
 */
export function headersFile({ base = '/', entries = [], ancestors = '*' }: HeadersFileOptions = {}): string {
  const block = (path: string, values: Readonly<Record<string, string>>) => [
    path,
    ...Object.entries(values).map(([name, value]) => `  ${name}: ${value}`),
  ];
  const { 'Content-Security-Policy': strict, ...everywhere } = SECURITY_HEADERS;
  // Folders (no dot in the name) and pages; other files (feeds, images, robots.txt) are never framed as pages.
  const pages = entries
    .filter((name) => name !== EMBED_FOLDER && !name.startsWith('_') && (!name.includes('.') || name.endsWith('.html')))
    .sort()
    .map((name) => (name.includes('.') ? `${base}${name}` : `${base}${name}/*`));
  return [
    ...block('/*', everywhere),
    ...[base, ...pages].flatMap((path) => block(path, { 'Content-Security-Policy': strict! })),
    ...block(`${base}${EMBED_FOLDER}/*`, { 'Content-Security-Policy': embedContentSecurityPolicy(ancestors) }),
    ...block(`${base}_astro/*`, IMMUTABLE_ASSETS),
    '',
  ].join('\n');
}

/** The same headers as nginx `add_header` lines (documented in the README). */
export function nginxHeaders(headers: Readonly<Record<string, string>> = SECURITY_HEADERS): string {
  return Object.entries(headers)
    .map(([name, value]) => `add_header ${name} "${value}" always;`)
    .join('\n');
}
