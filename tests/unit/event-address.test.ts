/**
 * The script that opens an old event link where the event lives now
 * (src/scripts/event-address.ts): which addresses it reads as an event's,
 * and that it only ever goes to an address of this site.
 */
import { describe, expect, it } from 'vitest';
import { eventIdOfPath, isSitePath } from '../../src/scripts/event-address.ts';

describe('an old link to an event page', () => {
  it('names its event under the events folder, with or without the closing slash, at the root or a sub-path', () => {
    expect(eventIdOfPath('/ereignisse/serdjukow-dementi/', '/ereignisse/')).toBe('serdjukow-dementi');
    expect(eventIdOfPath('/ereignisse/serdjukow-dementi', '/ereignisse/')).toBe('serdjukow-dementi');
    expect(eventIdOfPath('/lagebild/ereignisse/abzug-k2/', '/lagebild/ereignisse/')).toBe('abzug-k2');
  });

  it('names none for any other address', () => {
    expect(eventIdOfPath('/ereignisse/', '/ereignisse/')).toBeUndefined();
    expect(eventIdOfPath('/ereignisse/a/b/', '/ereignisse/')).toBeUndefined();
    expect(eventIdOfPath('/orte/almaty/', '/ereignisse/')).toBeUndefined();
    expect(eventIdOfPath('/ereignisse/<script>/', '/ereignisse/')).toBeUndefined();
  });

  it('goes only to a path of this site, never to another host', () => {
    expect(isSitePath('/artikel/a/#ereignis-b')).toBe(true);
    expect(isSitePath('/lagebild/ereignisse/b/')).toBe(true);
    for (const other of ['//evil.example/x', '/\\evil.example', 'https://evil.example/', 'javascript:alert(1)', 42]) {
      expect(isSitePath(other), String(other)).toBe(false);
    }
  });
});
