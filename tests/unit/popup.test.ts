// @vitest-environment happy-dom
/**
 * The map's popups are built from DOM nodes with textContent: a place whose
 * name or quote looks like HTML shows as text, never as markup. The places
 * come from a small synthetic article (tests/unit/map-corpus.ts).
 */
import { describe, expect, it } from 'vitest';
import { mapPlaces } from '../../src/lib/map/geo.ts';
import { buildPopup, markerLabel } from '../../src/scripts/popup.ts';
import { locatorFor } from './helpers.ts';
import { MAP_SLUG, mapArticles } from './map-corpus.ts';

const articles = mapArticles();
const places = mapPlaces(articles, locatorFor(articles));
const EVIL = '<img src=x onerror=alert(1)>';

describe('the popup of a place', () => {
  it('shows name, category, precision, quote, notes, fact-check and links', () => {
    const place = places.find((p) => p.id === 'ulba-werk')!;
    const popup = buildPopup(place, document);
    expect(popup.querySelector('h2')!.textContent).toBe('Ulba-Metallurgiewerk');
    const text = popup.textContent!;
    expect(text).toContain('Industrie · bewachtes Objekt · in Öskemen');
    expect(text).toContain('Ungefähre Lage: der Kreis zeigt');
    expect(text).not.toMatch(/Genauigkeit: ungefähre Lage\. Ungefähre Lage/);
    // How sure the guard is, in words, with the reason.
    expect(text).toContain('Bewachung: niedrig – Nur eine Zeitungsliste nennt den Ort.');
    expect(text).toContain('Umkreis ca. 6\u00a0km');
    expect(text).toContain('»die weltgrößte Uranmine in der Stadt Öskemen (Ust-Kamenogorsk)«');
    expect(text).toContain('Der Text spricht von einer Uranmine.');
    expect(text).toContain('Anmerkung der Analyse: In Öskemen gibt es keine Uranmine.');
    expect(text).toContain('Ulba Metallurgical Plant – NTI');
    const hrefs = [...popup.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).toContain(`/artikel/${MAP_SLUG}/#beleg-ort-ulba-werk`);
    expect(hrefs).toContain('/orte/ulba-werk/');
    expect(hrefs).toContain('https://www.nti.org/education-center/facilities/ulba-metallurgical-plant/');
  });

  it('says when a place is only mentioned, and links its events', () => {
    const popup = buildPopup(
      places.find((p) => p.id === 'almaty')!,
      document,
    );
    expect(popup.textContent).toContain('Stadt · im Text erwähnt · in Kasachstan');
    expect(popup.querySelector('blockquote')).toBeNull();
    const links = [...popup.querySelectorAll('a')].map((a) => [a.getAttribute('href'), a.textContent]);
    expect(links).toContainEqual(['/zeitleiste/2022-01/#ereignis-ruhe', 'Ereignis: Ruhe in Almaty']);
  });

  it('marks the events after the chosen day as not yet happened, and none without a chosen day', () => {
    const place = {
      ...places[0]!,
      events: [
        { label: 'Früher', href: '#frueh', start: '2022-01-05', dateLabel: '5.–7. Januar 2022' },
        { label: 'Am Tag', href: '#tag', start: '2022-01-08', dateLabel: '8. Januar 2022' },
        { label: 'Später', href: '#spaet', start: '2022-01-12', dateLabel: '12. Januar 2022' },
      ],
    };
    const items = (stand?: string) =>
      [...buildPopup(place, document, stand).querySelectorAll('.place-popup__event')].map((li) => li.textContent);
    expect(items('2022-01-08')).toEqual([
      'Ereignis: Früher (5.–7. Januar 2022)',
      'Ereignis: Am Tag (8. Januar 2022)',
      'Ereignis: Später (12. Januar 2022) – am gewählten Tag noch nicht geschehen',
    ]);
    expect(items('2022-01-04').filter((text) => text!.includes('noch nicht geschehen'))).toHaveLength(3);
    expect(items().some((text) => text!.includes('noch nicht geschehen'))).toBe(false);
  });

  it('shows the note on a designated outlet beside its source', () => {
    const place = {
      ...places[0]!,
      sources: [
        { label: 'Mitteilung – Portal', title: 'Mitteilung', url: 'https://example.org/', designation: 'Hinweis: X' },
      ],
    };
    const item = buildPopup(place, document).querySelector('.place-popup__sources li')!;
    expect(item.querySelector('a')!.textContent).toBe('Mitteilung – Portal');
    expect(item.querySelector('strong.sources__designation')!.textContent).toBe('Hinweis: X');
  });

  it('gives every web source its archived copy, or the link that looks it up for the access date', () => {
    const withSources = places.find((p) => p.sources.some((s) => s.url))!;
    const items = [...buildPopup(withSources, document).querySelectorAll('.place-popup__sources li')];
    const web = withSources.sources.filter((s) => s.url);
    expect(web.length).toBeGreaterThan(0);
    for (const source of web) {
      const item = items.find((li) => li.querySelector('a')!.textContent === source.label)!;
      const archive = [...item.querySelectorAll('a')].at(-1)!;
      expect(archive.textContent).toMatch(/^(Archivkopie|im Internet Archive suchen)$/);
      expect(archive.getAttribute('href')).toMatch(/^https:\/\/web\.archive\.org\/web\/(\d{8}|\*)\//);
    }
  });

  it('shows HTML in the content as text: no element is made from it', () => {
    const place = {
      ...places[0]!,
      name: EVIL,
      quote: `</blockquote>${EVIL}`,
      notes: '<script>alert(1)</script>',
      sources: [{ label: EVIL, title: EVIL, url: 'https://example.org/' }],
      events: [{ label: EVIL, href: '#x', start: '2022-01-12', dateLabel: EVIL }],
    };
    const popup = buildPopup(place, document);
    expect(popup.querySelector('img')).toBeNull();
    expect(popup.querySelector('script')).toBeNull();
    expect(popup.querySelector('h2')!.textContent).toBe(EVIL);
    expect(popup.innerHTML).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(markerLabel(place)).toContain(EVIL);
  });

  it('gives every marker a unique accessible name', () => {
    const labels = places.map(markerLabel);
    expect(new Set(labels).size).toBe(labels.length);
    expect(markerLabel(places.find((p) => p.id === 'bahnhof-almaty-1')!)).toBe(
      'Bahnhof Almaty-1 in Almaty (Verkehr, bewacht, genauer Ort)',
    );
    expect(markerLabel(places.find((p) => p.id === 'almaty')!)).toBe(
      'Almaty in Kasachstan (Stadt, ungefähre Lage, Umkreis ca. 15\u00a0km)',
    );
  });
});
