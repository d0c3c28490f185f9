import { describe, expect, it } from 'vitest';
import {
  countdown,
  elapsedMs,
  formatDuration,
  isRunning,
  readTimer,
  resetTimer,
  startTimer,
  toggleTimer,
} from './talk-timer';

const MIN = 60_000;

describe('the talk timer', () => {
  it('counts from its start, holds while paused and goes on after', () => {
    let s = startTimer(1000);
    expect(elapsedMs(s, 61_000)).toBe(MIN);
    s = toggleTimer(s, 61_000);
    expect(isRunning(s)).toBe(false);
    expect(elapsedMs(s, 500_000)).toBe(MIN);
    s = toggleTimer(s, 500_000);
    expect(isRunning(s)).toBe(true);
    expect(elapsedMs(s, 530_000)).toBe(MIN + 30_000);
  });
  it('resets to zero, running or paused as it was', () => {
    const running = resetTimer(startTimer(0), 90_000);
    expect(elapsedMs(running, 100_000)).toBe(10_000);
    const paused = resetTimer(toggleTimer(startTimer(0), 50_000), 90_000);
    expect(isRunning(paused)).toBe(false);
    expect(elapsedMs(paused, 200_000)).toBe(0);
  });
  it('reads a stored timer, refusing anything malformed', () => {
    expect(readTimer({ startedAt: 5, carried: 10 })).toEqual({ startedAt: 5, carried: 10 });
    expect(readTimer({ startedAt: null, carried: 10 })).toEqual({ startedAt: null, carried: 10 });
    expect(readTimer({ startedAt: '5', carried: 10 })).toBeNull();
    expect(readTimer({ startedAt: 5, carried: -1 })).toBeNull();
    expect(readTimer(null)).toBeNull();
  });
});

describe('countdown', () => {
  it('is on time until the last two minutes, a warning in them, and over after', () => {
    expect(countdown(0, 0)).toBeNull();
    expect(countdown(10 * MIN, 20)).toEqual({ remainingMs: 10 * MIN, tone: 'on-time' });
    expect(countdown(18 * MIN - 1, 20)?.tone).toBe('on-time');
    expect(countdown(18 * MIN, 20)?.tone).toBe('warning');
    expect(countdown(20 * MIN - 1, 20)?.tone).toBe('warning');
    expect(countdown(20 * MIN, 20)).toEqual({ remainingMs: 0, tone: 'over' });
    expect(countdown(21 * MIN, 20)).toEqual({ remainingMs: -MIN, tone: 'over' });
  });
});

describe('formatDuration', () => {
  it('writes minutes and seconds, hours when there are any', () => {
    expect(formatDuration(0)).toBe('0:00');
    expect(formatDuration(65_999)).toBe('1:05');
    expect(formatDuration(3_723_000)).toBe('1:02:03');
  });
  it('never shows 0:00 on a countdown with time left; over time is negative', () => {
    expect(formatDuration(400, { countingDown: true })).toBe('0:01');
    expect(formatDuration(120_000, { countingDown: true })).toBe('2:00');
    expect(formatDuration(-42_500, { countingDown: true })).toBe('−0:42');
    expect(formatDuration(-400, { countingDown: true })).toBe('0:00');
  });
});
