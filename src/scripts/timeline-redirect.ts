/**
 * Old links to an event on the timeline keep working: /zeitleiste/#ereignis-x
 * from before the timeline had a page per month, or a month's page the event
 * has since moved from (a month that outgrew one page). On an index (the
 * overview, an article's events) the line the fragment names knows its full
 * entry on the month page: this opens it there. When the page lacks the
 * line, this opens the event where it lives (its own page or its entry in
 * its article). Without JavaScript the page stays as it is: the index line
 * links the entry, the overview every month.
 */
import { openEventAddress } from './event-address.ts';

const list = document.querySelector<HTMLElement>('[data-event-addresses]');
const id = decodeURIComponent(window.location.hash.slice(1));
const match = /^ereignis-([a-z0-9-]+)$/.exec(id);
const line = match ? document.getElementById(id) : null;
if (list?.dataset.eventAddresses && match?.[1] && !line) {
  void openEventAddress(list.dataset.eventAddresses, match[1]);
} else if (line?.dataset.entry) {
  window.location.replace(line.dataset.entry);
}
