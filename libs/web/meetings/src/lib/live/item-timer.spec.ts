import { itemTimer } from './item-timer';

const start = '2026-12-03T10:00:00.000Z';
const at = (minutes: number, seconds = 0) => Date.parse(start) + minutes * 60_000 + seconds * 1000;

describe('itemTimer', () => {
  it('is absent until the discussion starts', () => {
    expect(itemTimer(null, 10, at(3))).toBeNull();
    expect(itemTimer(undefined, 10, at(3))).toBeNull();
    expect(itemTimer('not a date', 10, at(3))).toBeNull();
  });

  it.each([
    [0, 0, '0 of 10 minutes', false],
    [0, 59, '0 of 10 minutes', false],
    [1, 0, '1 of 10 minutes', false],
    [7, 30, '7 of 10 minutes', false],
    [10, 0, '10 of 10 minutes', false],
    [11, 0, '11 minutes (1 over the 10 minute timebox)', true],
    [25, 10, '25 minutes (15 over the 10 minute timebox)', true],
  ])('after %i min %i s: "%s"', (minutes, seconds, text, over) => {
    expect(itemTimer(start, 10, at(minutes, seconds))).toEqual({
      elapsedMinutes: minutes,
      timeboxMinutes: 10,
      over,
      text,
    });
  });

  it('says "1 minute" for a one-minute timebox', () => {
    expect(itemTimer(start, 1, at(0))?.text).toBe('0 of 1 minute');
    expect(itemTimer(start, 1, at(2))?.text).toBe('2 minutes (1 over the 1 minute timebox)');
  });

  it('never counts below zero when the clocks disagree', () => {
    expect(itemTimer(start, 10, at(-2))?.elapsedMinutes).toBe(0);
  });
});
