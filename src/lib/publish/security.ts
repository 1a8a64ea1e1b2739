/**
 * The HTTP security headers of the site, in one place: the build writes them
 * to dist/_headers (for static hosts that read that file, e.g. Netlify and
 * Cloudflare Pages), the README shows the same headers for nginx, and the
 * browser tests serve the site with them.
 *
 * The Content-Security-Policy allows no other host and no inline script or
 * style: every script and stylesheet ships as a file (see astro.config.mjs).
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

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

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

/**
 * The `_headers` file (Netlify, Cloudflare Pages): the security headers for
 * every path, and long caching for the hashed assets under `base`.
 */
export function headersFile(base = '/', headers: Readonly<Record<string, string>> = SECURITY_HEADERS): string {
  const block = (path: string, values: Readonly<Record<string, string>>) => [
    path,
    ...Object.entries(values).map(([name, value]) => `  ${name}: ${value}`),
  ];
  return [...block('/*', headers), ...block(`${base}_astro/*`, IMMUTABLE_ASSETS), ''].join('\n');
}

/** The same headers as nginx `add_header` lines (documented in the README). */
export function nginxHeaders(headers: Readonly<Record<string, string>> = SECURITY_HEADERS): string {
  return Object.entries(headers)
    .map(([name, value]) => `add_header ${name} "${value}" always;`)
    .join('\n');
}
