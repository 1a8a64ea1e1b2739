/**
 * Old links to an event on the timeline keep working: /zeitleiste/#ereignis-x
 * from before the timeline had a page per month, or a month's page the event
 * has since moved from (a month that outgrew one page). On an index (the
 * overview, an article's events) the line the fragment names knows its full
 * entry on the month page: this opens it there. When the page lacks the
 * line, this opens the event's own page, which links its entry on the
 * timeline page that now holds it. Without JavaScript the page stays as it
 * is: the index line links the entry, the overview every month.
 */
const list = document.querySelector<HTMLElement>('[data-events-base]');
const id = decodeURIComponent(window.location.hash.slice(1));
const match = /^ereignis-([a-z0-9-]+)$/.exec(id);
const line = match ? document.getElementById(id) : null;
if (list && match && !line) {
  window.location.replace(`${list.dataset.eventsBase}${match[1]}/`);
} else if (line?.dataset.entry) {
  window.location.replace(line.dataset.entry);
}
