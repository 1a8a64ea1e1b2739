/**
 * The guarded sites in time: each site's status on each day of the story,
 * as the reports give it. Computed once per build (src/lib/load.ts) from
 * the registered events that change the guard (`guard` in
 * content/events/<id>.yaml: taken, added, handover, withdrawn) and from the
 * articles that list the sites as guarded; the map's time control only
 * reads it, and the page without JavaScript shows a table per step.
 *
 * A site counts as guarded from the first day a report names it so (the
 * article's reference date) or from an event that takes the sites under
 * guard, whichever is earlier; `handover` and `withdrawn` apply to every
 * guarded site (the reports name no site for them). Where the date of the
 * change is not sure (a disputed or only announced report, an approximate
 * date, a confidence below high), the day says so.
 */
import { inReportOrder } from '../analysis/corpus.ts';
import type { ArticleInput, Event } from '../analysis/model.ts';
import { formatNumber } from '../format/coordinates.ts';
import { calendarDays, formatDay } from '../format/dates.ts';
import { confidenceLabel, countLabel, statusLabel } from '../format/labels.ts';
import { placeUrl } from '../format/urls.ts';
import { eventDateLabel, sortEvents } from './timeline.ts';
import { eventHome } from './event.ts';

type GuardChange = NonNullable<Event['guard']>;
type GuardState = 'unreported' | 'guarded' | 'handover' | 'withdrawn';

interface GuardStep {
  /** The day the change takes effect: the event's first day. */
  date: string;
  change: GuardChange;
  event: { id: string; title: string; href: string; dateLabel: string };
  /** Why the date is not sure, in German, where it is not. */
  uncertain?: string | undefined;
}

interface SiteOnDay {
  id: string;
  state: GuardState;
  /** The status in words: »bewacht (laut Bericht vom 12. Januar 2022)«. */
  label: string;
  uncertain?: string | undefined;
}

interface GuardDay {
  date: string;
  label: string;
  /** The steps taken on this day. */
  steps: GuardStep[];
  sites: SiteOnDay[];
  /** The day's state in German sentences (the screen reader's announcement), its events so far included. */
  summary: string;
}

export interface GuardStory {
  sites: { id: string; name: string; href: string }[];
  days: GuardDay[];
  /** The days on which a site's status changes or a step is taken: the story's steps. */
  stepDays: string[];
}

/** Each event once, as its latest report gives it (the articles newest last). */
function latestEvents(articles: readonly ArticleInput[]): Event[] {
  const byId = new Map<string, Event>();
  for (const { data } of [...inReportOrder(articles)].reverse()) for (const e of data.events) byId.set(e.id, e);
  return sortEvents([...byId.values()]);
}

/**
 * Where the day of a change is not sure, in words. A report that is not yet
 * »berichtet« (the text expected or disputed the change) makes the day unsure
 * unless the analysis's own sources confirm it (confidence »hoch«): then the
 * day stands, and the words say that the text still disputed it.
 */
function uncertainty(event: Event): string | undefined {
  const confirmed = event.confidence?.level === 'high';
  const inText = `laut letztem Bericht ${statusLabel[event.status].toLowerCase()}`;
  const reasons: string[] = [];
  if (event.status !== 'reported' && !confirmed) reasons.push(inText);
  if (event.timePrecision === 'approximate') reasons.push('ungefähres Datum');
  if (event.confidence && event.confidence.level !== 'high') {
    reasons.push(`Gewissheit ${confidenceLabel[event.confidence.level]}`);
  }
  if (reasons.length) return `Datum unsicher: ${reasons.join(', ')}`;
  return event.status === 'reported' ? undefined : `${inText}, nach den Quellen der Analyse belegt`;
}

const STATE_WORDS: Record<GuardState, string> = {
  unreported: 'noch von keinem Bericht als bewacht genannt',
  guarded: 'bewacht',
  handover: 'in der Rückgabe',
  withdrawn: 'zurückgegeben, Abzug abgeschlossen',
};

/**
 * How many of the timeline's events have happened by a day, in one German sentence:
 * »9 von 19 Ereignissen der Zeitleiste sind bis zu diesem Tag geschehen.«
 */
export function eventsSoFarSentence(happened: number, total: number): string {
  const n = formatNumber(happened);
  const of = formatNumber(total);
  if (total === 1) {
    return `Das Ereignis der Zeitleiste ist ${happened ? 'bis zu diesem Tag' : 'an diesem Tag noch nicht'} geschehen.`;
  }
  if (happened === 0) return `Noch keines der ${of} Ereignisse der Zeitleiste ist bis zu diesem Tag geschehen.`;
  if (happened === total) return `Alle ${of} Ereignisse der Zeitleiste sind bis zu diesem Tag geschehen.`;
  return `${n} von ${of} Ereignissen der Zeitleiste ${happened === 1 ? 'ist' : 'sind'} bis zu diesem Tag geschehen.`;
}

/** The sites' status on every day from the first report or step to the last. */
export function guardStory(articles: readonly ArticleInput[]): GuardStory {
  // The sites, each with the first day a report names it guarded.
  const sites = new Map<
    string,
    { id: string; name: string; href: string; reported: string; doubt?: string | undefined }
  >();
  for (const { data } of inReportOrder(articles)) {
    for (const place of data.places.filter((p) => p.guarded)) {
      const known = sites.get(place.id);
      const level = place.guardedConfidence?.level;
      if (!known || data.referenceDate.date < known.reported) {
        sites.set(place.id, {
          id: place.id,
          name: place.name,
          href: placeUrl(place.id),
          reported: data.referenceDate.date,
          // How sure the analysis is that the site was guarded at all, where not sure.
          doubt: level && level !== 'high' ? `Bewachung unsicher: Gewissheit ${confidenceLabel[level]}` : undefined,
        });
      }
    }
  }
  const events = latestEvents(articles);
  const reporting = (id: string): string[] =>
    articles.filter((a) => a.data.events.some((e) => e.id === id)).map((a) => a.slug);
  const steps: GuardStep[] = events.flatMap((e) =>
    e.guard
      ? [
          {
            date: e.range.start,
            change: e.guard,
            event: {
              id: e.id,
              title: e.title,
              href: eventHome(e.id, reporting(e.id)).href,
              dateLabel: eventDateLabel(e),
            },
            uncertain: uncertainty(e),
          },
        ]
      : [],
  );
  if (!sites.size) return { sites: [], days: [], stepDays: [] };
  const dates = [...[...sites.values()].map((s) => s.reported), ...steps.map((s) => s.date)].sort();
  const days = calendarDays(dates[0]!, dates.at(-1)!).map((date): GuardDay => {
    const taken = steps.filter((s) => s.date <= date);
    const takenUnder = taken.find((s) => s.change === 'taken');
    const last = taken.filter((s) => s.change === 'handover' || s.change === 'withdrawn').at(-1);
    const onSites = [...sites.values()].map((site): SiteOnDay => {
      if (last) {
        const state = last.change === 'withdrawn' ? 'withdrawn' : 'handover';
        const label =
          state === 'withdrawn'
            ? `zurückgegeben, Abzug abgeschlossen am ${formatDay(last.date, 'medium')}`
            : `in der Rückgabe seit ${formatDay(last.date, 'medium')}`;
        return { id: site.id, state, label, uncertain: last.uncertain };
      }
      if (takenUnder) {
        const label = `bewacht seit ${formatDay(takenUnder.date, 'medium')}`;
        // The step's date may be unsure, and the guard of this site too: the day says both.
        const doubts = [takenUnder.uncertain, site.doubt].filter(Boolean);
        return { id: site.id, state: 'guarded', label, uncertain: doubts.length ? doubts.join('; ') : undefined };
      }
      if (site.reported <= date) {
        return {
          id: site.id,
          state: 'guarded',
          label: `bewacht (laut Bericht vom ${formatDay(site.reported, 'medium')})`,
          uncertain: site.doubt,
        };
      }
      return { id: site.id, state: 'unreported', label: STATE_WORDS.unreported };
    });
    const today = steps.filter((s) => s.date === date);
    const counts = (['guarded', 'handover', 'withdrawn'] as const)
      .map((state) => [state, onSites.filter((s) => s.state === state).length] as const)
      .filter(([, n]) => n > 0)
      .map(([state, n]) => `${countLabel(n, 'Objekt', 'Objekte')} ${STATE_WORDS[state]}`);
    // The events so far: those whose first day is this day or earlier (as the map's popups count them).
    const eventsSoFar = events.filter((e) => e.range.start <= date).length;
    const summary = [
      `Stand am ${formatDay(date)}: ${counts.length ? counts.join(', ') : 'noch nennt kein Bericht ein bewachtes Objekt'}.`,
      eventsSoFarSentence(eventsSoFar, events.length),
      ...today.map((s) => `An diesem Tag: ${s.event.title}${s.uncertain ? ` (${s.uncertain})` : ''}.`),
    ].join(' ');
    return { date, label: formatDay(date), steps: today, sites: onSites, summary };
  });
  const key = (day: GuardDay) => day.sites.map((s) => s.label).join('|');
  const stepDays = days
    .filter((day, i) => day.steps.length > 0 || key(day) !== key(days[i - 1] ?? { ...day, sites: [] }))
    .map((d) => d.date);
  return {
    sites: [...sites.values()].map(({ id, name, href }) => ({ id, name, href })),
    days,
    stepDays,
  };
}
