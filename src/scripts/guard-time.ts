/**
 * The map's time control: »Stand am …« over the story's days. It reads the
 * status of each guarded site per day that the build computed
 * (src/lib/views/guard-story.ts) and only shows it: the chosen day in the
 * address (?stand=2022-01-11), its state in words for screen readers
 * (aria-live), and each site's marker and table row marked with its state
 * (data-guard-state, styled in map.css). Once a day is chosen (in the
 * address or on the slider) the control names it in `data-stand` and
 * announces it with `standchange` on the document, for the map's popups
 * (src/scripts/map/stand.ts). Without JavaScript the section
 * shows its tables per step instead.
 */
interface Day {
  date: string;
  label: string;
  summary: string;
  sites: { id: string; state: string; label: string; uncertain?: string }[];
}

const control = document.querySelector<HTMLElement>('[data-guard-time]');
const source = document.querySelector<HTMLScriptElement>('[data-guard-days]');
const range = control?.querySelector<HTMLInputElement>('input[type="range"]');
if (control && source && range) {
  const days = JSON.parse(source.textContent ?? '[]') as Day[];
  const output = control.querySelector<HTMLElement>('[data-guard-day]')!;
  const summary = control.querySelector<HTMLElement>('[data-guard-summary]')!;
  const frame = document.querySelector<HTMLElement>('.map-page') ?? document.body;

  /** The index of a day; a date before or after the story takes its first or last day. */
  const indexOf = (date: string | null): number => {
    if (!date) return days.length - 1;
    const at = days.findIndex((d) => d.date >= date);
    return at < 0 ? days.length - 1 : at;
  };

  const mark = (day: Day): void => {
    for (const site of day.sites) {
      for (const element of frame.querySelectorAll<HTMLElement>(
        `.place-marker[data-place="${CSS.escape(site.id)}"], .place-row[data-place="${CSS.escape(site.id)}"]`,
      )) {
        element.dataset['guardState'] = site.state;
        element.dataset['guardLabel'] =
          `Stand am ${day.label}: ${site.label}${site.uncertain ? ` (${site.uncertain})` : ''}`;
      }
    }
  };

  const show = (index: number, write: boolean, chosen = write): void => {
    const day = days[index]!;
    range.value = String(index);
    range.setAttribute('aria-valuetext', day.label);
    output.textContent = day.label;
    summary.textContent = day.summary;
    mark(day);
    if (chosen) {
      control.dataset['stand'] = day.date;
      document.dispatchEvent(new CustomEvent('standchange'));
    }
    if (write) {
      const address = new URL(location.href);
      address.searchParams.set('stand', day.date);
      history.replaceState(null, '', address);
    }
  };

  control.hidden = false;
  const stand = new URL(location.href).searchParams.get('stand');
  show(indexOf(stand), false, stand !== null);
  range.addEventListener('input', () => show(Number(range.value), true));
  // The live map draws its markers later: mark them once they are there.
  const live = document.querySelector<HTMLElement>('[data-live-map]');
  if (live) {
    new MutationObserver(() => {
      if (live.dataset['ready'] === 'true') mark(days[Number(range.value)]!);
    }).observe(live, { attributes: true, attributeFilter: ['data-ready'] });
  }
}
