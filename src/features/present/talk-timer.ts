/**
 * The presenter's timer as plain values: time since the talk started (paused and reset at will) and
 * the countdown to the talk's planned length. Times are milliseconds from any clock (Date.now()).
 */

/** Running while `startedAt` is set; `carried` is the time counted before the last pause. */
export type TimerState = { startedAt: number | null; carried: number };

export function startTimer(now: number): TimerState {
  return { startedAt: now, carried: 0 };
}

export function elapsedMs(s: TimerState, now: number): number {
  return s.carried + (s.startedAt === null ? 0 : Math.max(0, now - s.startedAt));
}

export function isRunning(s: TimerState): boolean {
  return s.startedAt !== null;
}

/** Paused, it keeps the time counted; running again, it goes on from there. */
export function toggleTimer(s: TimerState, now: number): TimerState {
  return s.startedAt === null
    ? { startedAt: now, carried: s.carried }
    : { startedAt: null, carried: elapsedMs(s, now) };
}

/** Back to 0:00, running or paused as it was. */
export function resetTimer(s: TimerState, now: number): TimerState {
  return { startedAt: s.startedAt === null ? null : now, carried: 0 };
}

/** A stored timer, or null for anything malformed. */
export function readTimer(stored: unknown): TimerState | null {
  if (!stored || typeof stored !== 'object') return null;
  const s = stored as Record<string, unknown>;
  const startedAt = s.startedAt === null || typeof s.startedAt === 'number' ? s.startedAt : undefined;
  if (startedAt === undefined || typeof s.carried !== 'number' || !(s.carried >= 0)) return null;
  return { startedAt, carried: s.carried };
}

/** The last two minutes are a warning (amber); past the length the talk is over time (red). */
export const WARNING_MS = 2 * 60_000;

export type CountdownTone = 'on-time' | 'warning' | 'over';
export type Countdown = { remainingMs: number; tone: CountdownTone };

/** Time left of a talk of `minutes`, negative once over; null where no length is set. */
export function countdown(elapsed: number, minutes: number): Countdown | null {
  if (!(minutes > 0)) return null;
  const remainingMs = minutes * 60_000 - elapsed;
  const tone: CountdownTone = remainingMs <= 0 ? 'over' : remainingMs <= WARNING_MS ? 'warning' : 'on-time';
  return { remainingMs, tone };
}

/**
 * "4:05", "1:02:03" or, over time, "−0:42" — whole seconds, counting down rounds up (a countdown
 * never shows 0:00 while time is left) and counting up rounds down.
 */
export function formatDuration(ms: number, { countingDown = false } = {}): string {
  const negative = ms < 0;
  const abs = Math.abs(ms);
  const total = countingDown && !negative ? Math.ceil(abs / 1000) : Math.floor(abs / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const mmss = `${h > 0 ? String(m).padStart(2, '0') : m}:${String(s).padStart(2, '0')}`;
  return `${negative && total > 0 ? '−' : ''}${h > 0 ? `${h}:` : ''}${mmss}`;
}
