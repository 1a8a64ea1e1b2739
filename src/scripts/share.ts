/**
 * Share and copy-link, as an enhancement of plain links:
 * - a share control's button opens the Web Share sheet where the browser has
 *   one, and copies the page's link otherwise;
 * - a paragraph's »¶« link still jumps to the paragraph, and also copies its
 *   address (/artikel/<slug>/#absatz-N); so does an event's link in its
 *   article's list (data-copied: the message).
 * Every outcome is announced in German in a live region.
 */

const COPIED = 'Link kopiert.';
const NOT_COPIED = 'Kopieren nicht möglich: Bitte die Adresse aus der Adresszeile kopieren.';

async function copy(url: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(url);
    return true;
  } catch {
    return false;
  }
}

function announce(status: HTMLElement | null, text: string): void {
  if (!status) return;
  // Clear first, so that the same message twice is announced twice.
  status.textContent = '';
  window.setTimeout(() => (status.textContent = text), 50);
}

/** »Code kopieren« beside each embed code: copies it (or selects it where copying fails), and says so. */
function enhanceEmbedCodes(root: HTMLElement, status: HTMLElement | null): void {
  for (const button of root.querySelectorAll<HTMLButtonElement>('[data-embed-copy]')) {
    const code = document.getElementById(button.dataset['embedCopy'] ?? '');
    if (!(code instanceof HTMLTextAreaElement)) continue;
    delete button.dataset['sharePending'];
    button.addEventListener('click', async () => {
      if (await copy(code.value)) {
        button.textContent = 'Kopiert';
        announce(status, 'Code kopiert.');
        window.setTimeout(() => (button.textContent = 'Code kopieren'), 3000);
      } else {
        code.select();
        announce(status, 'Kopieren nicht möglich: Der Code ist markiert, bitte mit Strg+C (⌘+C) kopieren.');
      }
    });
  }
}

function enhanceShareControls(): void {
  const canShare = typeof navigator.share === 'function';
  for (const root of document.querySelectorAll<HTMLElement>('[data-share]')) {
    const button = root.querySelector<HTMLButtonElement>('[data-share-button]');
    const link = root.querySelector<HTMLAnchorElement>('[data-share-link]');
    const status = root.querySelector<HTMLElement>('[data-share-status]');
    if (!button || !link) continue;
    enhanceEmbedCodes(root, status);
    button.textContent = canShare ? 'Teilen …' : 'Link kopieren';
    delete button.dataset['sharePending'];
    button.addEventListener('click', async () => {
      const url = link.href;
      if (canShare) {
        try {
          await navigator.share({ title: button.dataset['shareTitle'] ?? document.title, url });
          return;
        } catch (error) {
          if (error instanceof DOMException && error.name === 'AbortError') return;
          // Share failed for another reason: fall back to copying.
        }
      }
      announce(status, (await copy(url)) ? `${COPIED} ${url}` : NOT_COPIED);
    });
  }
}

function toast(): HTMLElement {
  let region = document.querySelector<HTMLElement>('.share-toast');
  if (!region) {
    region = document.createElement('p');
    region.className = 'share-toast';
    region.setAttribute('role', 'status');
    document.body.append(region);
  }
  return region;
}

let hideToast: number | undefined;

function enhanceParagraphLinks(): void {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-paragraph-link], a[data-copied]')) {
    link.addEventListener('click', async () => {
      // The browser still follows the link to the paragraph or event; the address is copied as well.
      const region = toast();
      const copied = link.dataset['copied'] ?? `Link zu Absatz ${link.dataset['paragraphLink']} kopiert.`;
      announce(region, (await copy(link.href)) ? copied : NOT_COPIED);
      region.classList.add('share-toast--visible');
      window.clearTimeout(hideToast);
      hideToast = window.setTimeout(() => {
        region.classList.remove('share-toast--visible');
        region.textContent = '';
      }, 4000);
    });
  }
}

enhanceShareControls();
enhanceParagraphLinks();
