/**
 * The search over the fixture site's Pagefind index (fixture-site.ts): a
 * place's names at other times and an actor's other spellings lead to the
 * entity first; each event is found once (on its month page, not again on
 * the timeline's overview); no result title or excerpt carries an interface
 * word, and no excerpt glues two words into one.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage } from './browser.ts';
import { fixtureSite } from './fixture-site.ts';
import { indexed, type IndexedHit } from './search-index.ts';

const site = fixtureSite();

/** Link labels of the pages: what a reader clicks, not what a page says. */
const LINK_LABELS =
  /Zum Satz im Artikel|Einzelseite|In der Zeitleiste\.|Auf der Karte zeigen|im Internet Archive suchen/;
/** …and the badge after a place's name. */
const INTERFACE_WORDS = new RegExp(`${LINK_LABELS.source}|\\sbewacht$`);

async function searchPage(): Promise<{ page: Page; close: () => Promise<void> }> {
  const { context, page } = await openPage(site.browser, { origin: site.origin });
  await page.goto(site.at('suche/'));
  return { page, close: () => context.close() };
}

const path = (hit: IndexedHit) => new URL(hit.url, site.origin).pathname;

describe('search by every name', () => {
  it('leads from a former name and from another spelling to the entity first', async () => {
    const { page, close } = await searchPage();
    const formerName = await indexed(page, site.origin, 'Alma-Ata');
    expect(formerName.map(path)[0]).toBe('/orte/almaty/');
    expect(formerName[0]!.meta.title).toBe('Almaty');
    const spelling = await indexed(page, site.origin, 'Tokayev');
    expect(spelling.map(path)[0]).toBe('/akteure/tokajew/');
    await close();
  });

  it('names the former name once on the place page, with its period and source', async () => {
    const { page, close } = await searchPage();
    await page.goto(site.at('orte/almaty/'));
    const main = page.locator('main');
    await expect(main.getByText('Alma-Ata (1921–1993)', { exact: true }).count()).resolves.toBe(1);
    expect(((await main.innerText()).match(/Alma-Ata/g) ?? []).length).toBe(1);
    await expect(main.getByText('Quellen zu den anderen Namen:').isVisible()).resolves.toBe(true);
    await close();
  });

  it('finds each event once: on its month page, not again on the timeline overview', async () => {
    const { page, close } = await searchPage();
    const hits = await indexed(page, site.origin, 'Friedenstruppe');
    const paths = hits.map(path);
    expect(paths.some((p) => /^\/zeitleiste\/\d{4}-\d{2}\/$/.test(p))).toBe(true);
    expect(paths).not.toContain('/zeitleiste/');
    expect(new Set(paths).size).toBe(paths.length);
    await close();
  });

  it('keeps interface words out of titles and excerpts, and glues no words together', async () => {
    const { page, close } = await searchPage();
    for (const term of ['Abzug', 'Almaty', 'Tokajew', 'OVKS', 'Januar']) {
      const hits = await indexed(page, site.origin, term);
      expect(hits.length, term).toBeGreaterThan(0);
      for (const hit of hits) {
        expect(hit.meta.title, hit.url).not.toMatch(INTERFACE_WORDS);
        expect(hit.content, hit.url).not.toMatch(LINK_LABELS);
        // A word written twice without a space (»morgensmorgens«): a hidden label read beside its visible twin.
        expect(hit.content, hit.url).not.toMatch(/(\p{L}{4,})\1(?!\p{L})/u);
        // …or a label glued to the word before it (»abendsStand im Text«).
        expect(hit.content, hit.url).not.toMatch(/\p{L}Stand im Text/u);
      }
    }
    await close();
  });
});
