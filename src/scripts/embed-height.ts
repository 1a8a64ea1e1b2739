/**
 * An embed tells the page that frames it how tall it is, whenever that
 * changes, as Datawrapper's charts do (`datawrapper-height`):
 * `{ "lagebild-height": { "<embed id>": <height in px> } }` (docs/einbetten.md).
 * The host's optional script (/einbetten/einbetten.js) sets the iframe to
 * that height; the height is no secret, so any host page may read it.
 */
import { HEIGHT_MESSAGE } from '../lib/publish/embeds.ts';

const id = document.documentElement.dataset['embedId'];
let last = 0;

function post(): void {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (!id || height === last || window.parent === window) return;
  last = height;
  window.parent.postMessage({ [HEIGHT_MESSAGE]: { [id]: height } }, '*');
}

new ResizeObserver(post).observe(document.documentElement);
window.addEventListener('load', post);
