// @vitest-environment happy-dom
/** Where a country's name goes when a Lupe would cover it (src/scripts/map/country-labels.ts). */
import { describe, expect, it } from 'vitest';
import { clearOf } from '../../src/scripts/map/country-labels.ts';

const frame = { w: 360, h: 560 };
const lupe = { x: 160, y: 10, w: 190, h: 190 };

describe('a country name under a Lupe', () => {
  it('stays where it is when no Lupe covers it', () => {
    expect(clearOf({ x: 10, y: 300, w: 80, h: 14 }, [lupe], frame)).toEqual([0, 0]);
  });

  it('moves to the nearest side of the Lupe where it fits in the map', () => {
    // Under the Lupe's left edge: moving left is the shortest way out.
    expect(clearOf({ x: 170, y: 100, w: 80, h: 14 }, [lupe], frame)).toEqual([-94, 0]);
    // Near the Lupe's foot: down is shorter than left.
    expect(clearOf({ x: 250, y: 190, w: 80, h: 14 }, [lupe], frame)).toEqual([0, 14]);
  });

  it('never moves out of the map or under another Lupe, and stays put without room', () => {
    const second = { x: 0, y: 0, w: 158, h: 560 };
    // Left is taken by the second Lupe and right is outside the map: it goes down below the first.
    expect(clearOf({ x: 170, y: 100, w: 80, h: 14 }, [lupe, second], frame)).toEqual([0, 104]);
    expect(clearOf({ x: 10, y: 10, w: 80, h: 14 }, [{ x: 0, y: 0, w: 360, h: 560 }], frame)).toBeUndefined();
  });
});
