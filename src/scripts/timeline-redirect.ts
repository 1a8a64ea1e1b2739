/**
 * Old links to an event on the timeline keep working: /zeitleiste/#ereignis-x
 * from before the timeline had a page per month, or a month's page the event
 * has since moved from (a month that outgrew one page). When the page lacks
 * the entry the fragment names, this opens the event's own page, which links
 * its entry on the timeline page that now holds it. Without JavaScript the
 * page stays as it is, with its overview of every month.
 */
const list = document.querySelector<HTMLElement>('[data-events-base]');
const id = decodeURIComponent(window.location.hash.slice(1));
const match = /^ereignis-([a-z0-9-]+)$/.exec(id);
if (list && match && !document.getElementById(id)) {
  window.location.replace(`${list.dataset.eventsBase}${match[1]}/`);
}
