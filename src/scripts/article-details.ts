/**
 * The article's folded parts: the catalogues after the text and, on narrow
 * screens, the notes of the analysis are <details>. This script
 *
 * - opens the <details> that hold the address's #target (and a catalogue
 *   that is itself the target), on load and whenever the hash changes, so a
 *   deep link lands on what it names in every browser (Chromium does so by
 *   itself for a target inside; the section itself it leaves closed);
 * - folds the notes to their summary on narrow screens, where they stand in
 *   the text, and unfolds them beside the text on wide ones.
 *
 * Without JavaScript every note stays open and a catalogue opens with a
 * click on its summary.
 */

const WIDE = window.matchMedia('(min-width: 64rem)');

function hashTarget(): HTMLElement | null {
  const id = decodeURIComponent(location.hash.slice(1));
  return id ? document.getElementById(id) : null;
}

function revealTarget(): void {
  const target = hashTarget();
  if (!target) return;
  let opened = false;
  const own = target.matches('.katalog') ? target.querySelector('details') : null;
  for (
    let details = own ?? target.closest('details');
    details;
    details = details.parentElement?.closest('details') ?? null
  ) {
    if (!details.open) {
      details.open = true;
      opened = true;
    }
  }
  if (opened) target.scrollIntoView();
}

function fitNotes(): void {
  const target = hashTarget();
  for (const note of document.querySelectorAll<HTMLDetailsElement>('.article__body details.anmerkung')) {
    note.open = WIDE.matches || (!!target && note.contains(target));
  }
}

fitNotes();
revealTarget();
WIDE.addEventListener('change', fitNotes);
window.addEventListener('hashchange', revealTarget);
