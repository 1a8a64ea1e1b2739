/**
 * The day chosen on the time control (»Stand am …«, src/scripts/guard-time.ts),
 * for the map: the control names the day it shows in its `data-stand` once a
 * day is chosen (by ?stand= in the address or by the slider) and announces
 * each change with `standchange` on the document; this handler keeps that
 * day and fires `standchange` on the map. Without a chosen day (or without
 * the control) `day` is undefined, and the map shows everything as now.
 */
import L from 'leaflet';

const chosenDay = (): string | undefined =>
  document.querySelector<HTMLElement>('[data-guard-time]')?.dataset['stand'] || undefined;

export class Stand extends L.Handler {
  /** The chosen day, "YYYY-MM-DD". */
  day: string | undefined;

  private readonly onChange = (): void => {
    this.day = chosenDay();
    this.map.fire('standchange', { day: this.day });
  };

  constructor(private readonly map: L.Map) {
    super(map);
  }

  override addHooks(): void {
    this.day = chosenDay();
    document.addEventListener('standchange', this.onChange);
  }

  override removeHooks(): void {
    document.removeEventListener('standchange', this.onChange);
  }
}
