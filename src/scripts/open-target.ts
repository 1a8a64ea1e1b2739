/**
 * A link to a part of a page that sits in a closed <details> (an entry in the
 * page's list of sources, an article's catalogue) opens the folds that hold it,
 * on load and whenever the address's #target changes, so a deep link lands on
 * what it names in every browser: Chromium opens a fold around the target by
 * itself, but not a section whose own fold is the target's content. Without
 * JavaScript the summary opens it with a click.
 */

/** The element the address names, if the page has it. */
export function hashTarget(): HTMLElement | null {
  const id = decodeURIComponent(location.hash.slice(1));
  return id ? document.getElementById(id) : null;
}

function revealTarget(): void {
  const target = hashTarget();
  if (!target) return;
  let opened = false;
  // A section whose content is one fold (a catalogue, the list of sources) opens it when it is itself the target.
  const own = target.matches('section') ? target.querySelector<HTMLDetailsElement>(':scope > details') : null;
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

revealTarget();
window.addEventListener('hashchange', revealTarget);
