/**
 * The event pages (/ereignisse/<id>/): one page for each event several
 * articles report (eventHome in event.ts: the others live in their article),
 * gathering the reports, so that a shared link previews that event.
 * Its preview image is that of the place its timeline entry locates (the
 * place's preview shows the place's locator), else the timeline's: no image
 * of its own, so that the archive's file count does not grow with its events.
 * Pure: takes the site's timeline, the registries, the site URL and the base.
 */
import { quoted } from '../format/quotes.ts';
import type { Place } from '../analysis/model.ts';
import { eventJsonLd, pageKindLabel, type PageSeo } from '../publish/seo.ts';
import { resolvePlace } from '../analysis/corpus.ts';
import type { Registries } from '../analysis/registries.ts';
import type { TimelineEvent } from './timeline-model.ts';
import type { TimelineLocator } from '../format/urls.ts';
import { articlePath, eventPath, placePath, previewImagePath, siteUrl } from '../format/urls.ts';
import type { EventLocator } from '../map/locator-map.ts';

export interface EventPage {
  event: TimelineEvent;
  /** The event's entry on the timeline page that holds it (#ereignis-<id>). */
  timelineHref: string;
  title: string;
  description: string;
  seo: PageSeo;
}

export function eventPages(
  timeline: readonly TimelineEvent[],
  locate: TimelineLocator,
  registries: Registries,
  site: string,
  base: string,
  /** The timeline entries' locators by event id (src/lib/load.ts: eventLocators). */
  locators: ReadonlyMap<string, Pick<EventLocator, 'place'>> = new Map(),
): EventPage[] {
  const place = (id: string): Place[] => {
    const entry = registries.places.get(id);
    return entry ? [resolvePlace(registries, entry)] : [];
  };
  return timeline
    .filter((event) => event.ownPage)
    .map((event) => {
      const path = eventPath(event.id);
      const where = event.places.map((p) => p.name).join(', ');
      const description = `${event.dateLabel}${where ? `, ${where}` : ''} (${event.statusLabel}): ${quoted(event.evidence)}`;
      const located = event.places.find((p) => p.id === locators.get(event.id)?.place);
      const image = previewImagePath(located ? placePath(located.id) : path);
      return {
        event,
        timelineHref: locate(event.id),
        title: event.title,
        description,
        seo: {
          kind: 'event',
          // The place's image, described as on the place's own page.
          ...(located && { image, imageAlt: `${pageKindLabel.place}: ${located.name}` }),
          jsonLd: eventJsonLd(
            {
              title: event.title,
              description,
              start: event.range.start,
              end: event.range.end,
              places: event.places.flatMap((p) => place(p.id)),
            },
            {
              page: siteUrl(path, site, base),
              image: siteUrl(image, site, base),
              article: siteUrl(articlePath(event.article.slug), site, base),
              articleTitle: event.article.title,
            },
          ),
        },
      };
    });
}
