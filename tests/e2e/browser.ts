import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { CHROMIUM_ARGS } from '../../scripts/chromium-flags.mjs';

export const baseUrl = (): string => inject('baseUrl');
export const url = (path: string): string => new URL(path, baseUrl()).href;

export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: inject('chromiumPath'), args: CHROMIUM_ARGS });
}

export interface Watched {
  context: BrowserContext;
  page: Page;
  /** Console errors, page errors, failed requests and requests to other hosts. */
  problems: string[];
}

/** A fresh context and page that records every problem a reader's browser would show. */
export async function openPage(
  browser: Browser,
  options: {
    width?: number;
    height?: number;
    javaScriptEnabled?: boolean;
    origin?: string;
    colorScheme?: 'light' | 'dark';
  } = {},
): Promise<Watched> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    colorScheme: options.colorScheme ?? 'light',
    locale: 'de-DE',
  });
  const page = await context.newPage();
  const problems: string[] = [];
  const origin = options.origin ?? new URL(baseUrl()).origin;
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => {
    // A font or image still loading when the page navigates on (a redirect, a click) is cancelled by the
    // browser, not failed: it is no problem of the page.
    if (request.failure()?.errorText === 'net::ERR_ABORTED' && request.resourceType() !== 'document') return;
    problems.push(`failed: ${request.url()}`);
  });
  page.on('request', (request) => {
    if (!request.url().startsWith(origin) && !request.url().startsWith('data:')) {
      problems.push(`request to another host: ${request.url()}`);
    }
  });
  // Content-Security-Policy violations, reported by the page itself (they also show as console errors).
  await page.exposeFunction('__reportCspViolation', (line: string) => problems.push(`CSP: ${line}`));
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (event) =>
      (window as unknown as { __reportCspViolation(line: string): void }).__reportCspViolation(
        `${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`,
      ),
    ),
  );
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return { context, page, problems };
}

/**
 * axe-core violations (WCAG 2.x A/AA and best practices) as readable lines;
 * `enable` turns on rules axe leaves off by default (e.g. target-size).
 */
export async function axeViolations(page: Page, enable: string[] = []): Promise<string[]> {
  const builder = new AxeBuilder({ page });
  if (enable.length) builder.options({ rules: Object.fromEntries(enable.map((id) => [id, { enabled: true }])) });
  const results = await builder.analyze();
  return results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}
