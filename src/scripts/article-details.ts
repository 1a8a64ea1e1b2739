/**
 * The article's folded parts: the catalogues after the text and, on narrow
 * screens, the notes of the analysis are <details>. This script
 *
 * - opens the <details> that hold the address's #target (and a catalogue
 *   that is itself the target) through src/scripts/open-target.ts, as on
 *   every page with folds;
 * - folds each paragraph's notes to one summary on narrow screens, where they
 *   stand in the text, and unfolds them beside the text on wide ones;
 * - lights up a note's passage while the pointer rests on the note or the
 *   focus is in it.
 *
 * Without JavaScript every note stays open and a catalogue opens with a
 * click on its summary.
 */

import { hashTarget } from './open-target.ts';

const WIDE = window.matchMedia('(min-width: 64rem)');

function fitNotes(): void {
  const target = hashTarget();
  for (const fold of document.querySelectorAll<HTMLDetailsElement>('.article__body details.anmerkungen')) {
    fold.open = WIDE.matches || (!!target && fold.contains(target));
  }
}

/** A note and its passage belong together: pointing at a note (or focusing into it) lights its passage up. */
function linkNotesToPassages(): void {
  for (const note of document.querySelectorAll<HTMLElement>('.article__body .anmerkung[id]')) {
    const passage = document.getElementById(`beleg-${note.id}`);
    if (!passage) continue;
    const light = (on: boolean) => () => passage.classList.toggle('beleg--zur-anmerkung', on);
    note.addEventListener('mouseenter', light(true));
    note.addEventListener('mouseleave', light(false));
    note.addEventListener('focusin', light(true));
    note.addEventListener('focusout', light(false));
  }
}

fitNotes();
linkNotesToPassages();
WIDE.addEventListener('change', fitNotes);
