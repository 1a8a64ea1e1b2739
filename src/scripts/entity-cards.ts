/**
 * Mention cards: hovering or focusing an actor or place mention in the
 * article shows a small card (name, kind and role, a link to the entity's
 * page). The mention stays a plain link without JavaScript. Keyboard: the
 * card appears on focus and Escape hides it. On wide screens the card stands
 * in the margin beside the line of the mention, else below the mention. Touch: the first tap shows the
 * card, a tap on its link (or a second tap on the mention) follows it.
 *
 * Written by hand (about 100 lines) because the native Popover API does not
 * yet anchor a popover to its invoker in every browser, and no small,
 * dependency-free library does hover + focus + touch cards. The card is built
 * from DOM nodes with textContent only: nothing from content becomes HTML.
 */

const CARD_ID = 'entitaet-karte';
/** Where the article has a margin column (article.css): the card stands there, level with the mention. */
const WITH_MARGIN = window.matchMedia('(min-width: 64rem)');

function entryFor(link: HTMLAnchorElement): HTMLElement | null {
  const [kind, id] = (link.dataset.entity ?? '').split(':');
  if (!kind || !id) return null;
  return document.getElementById(`${kind === 'actor' ? 'akteur' : 'ort'}-${id}`);
}

function createCard(): HTMLElement {
  const card = document.createElement('div');
  card.id = CARD_ID;
  card.className = 'entitaet-karte';
  card.hidden = true;
  const name = document.createElement('p');
  name.className = 'entitaet-karte__name';
  const detail = document.createElement('p');
  detail.className = 'entitaet-karte__detail';
  const more = document.createElement('a');
  more.className = 'entitaet-karte__link';
  card.append(name, detail, more);
  document.body.append(card);
  return card;
}

function init(): void {
  const links = [...document.querySelectorAll<HTMLAnchorElement>('.article__body a.entitaet')];
  if (!links.length) return;
  // The card is made on first use, so the page holds no link without a target.
  let card: HTMLElement | undefined;
  let nameEl: HTMLElement;
  let detailEl: HTMLElement;
  let moreEl: HTMLAnchorElement;
  const ensureCard = (): HTMLElement => {
    if (card) return card;
    card = createCard();
    [nameEl, detailEl, moreEl] = card.children as unknown as [HTMLElement, HTMLElement, HTMLAnchorElement];
    card.addEventListener('mouseenter', () => window.clearTimeout(hideTimer));
    card.addEventListener('mouseleave', hideSoon);
    moreEl.addEventListener('focus', () => window.clearTimeout(hideTimer));
    moreEl.addEventListener('blur', hideSoon);
    return card;
  };
  let current: HTMLAnchorElement | null = null;
  let hideTimer: number | undefined;

  const hide = () => {
    if (card) card.hidden = true;
    current?.removeAttribute('aria-describedby');
    current = null;
  };

  const show = (link: HTMLAnchorElement) => {
    const entry = entryFor(link);
    if (!entry) return;
    const card = ensureCard();
    window.clearTimeout(hideTimer);
    current?.removeAttribute('aria-describedby');
    current = link;
    const name = entry.querySelector('.entity__name')?.firstChild?.textContent?.trim() ?? link.textContent ?? '';
    nameEl.textContent = name;
    detailEl.textContent = entry.querySelector('.entity__kind')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
    moreEl.textContent = `Alles zu ${name}`;
    moreEl.href = link.href;
    card.hidden = false;
    link.setAttribute('aria-describedby', CARD_ID);
    const box = link.getBoundingClientRect();
    const body = link.closest('.article__body');
    card.classList.toggle('entitaet-karte--rand', !!body && WITH_MARGIN.matches);
    if (body && WITH_MARGIN.matches) {
      card.style.left = `${body.getBoundingClientRect().right - card.offsetWidth + window.scrollX}px`;
      card.style.top = `${box.top + window.scrollY}px`;
      return;
    }
    const width = Math.min(card.offsetWidth, document.documentElement.clientWidth - 16);
    const left = Math.max(
      8,
      Math.min(box.left + window.scrollX, window.scrollX + document.documentElement.clientWidth - width - 8),
    );
    card.style.left = `${left}px`;
    card.style.top = `${box.bottom + window.scrollY + 6}px`;
  };

  const hideSoon = () => {
    window.clearTimeout(hideTimer);
    hideTimer = window.setTimeout(hide, 200);
  };

  // A tap focuses the link before its click: remember, at pointerdown, whether
  // this link's card was already open, so that the first tap only opens it.
  let touched = false;
  let openBeforeTap = false;
  for (const link of links) {
    link.addEventListener('mouseenter', () => show(link));
    link.addEventListener('mouseleave', hideSoon);
    link.addEventListener('focus', () => show(link));
    link.addEventListener('blur', hideSoon);
    link.addEventListener('pointerdown', (event) => {
      touched = event.pointerType === 'touch';
      openBeforeTap = current === link && !!card && !card.hidden;
    });
    link.addEventListener('click', (event) => {
      if (touched && !openBeforeTap) {
        event.preventDefault();
        show(link);
      }
      touched = false;
    });
  }
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && card && !card.hidden) hide();
  });
  document.addEventListener('pointerdown', (event) => {
    const target = event.target as Node;
    if (card && !card.hidden && !card.contains(target) && !(current && current.contains(target))) hide();
  });
}

init();
