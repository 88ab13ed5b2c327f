/** How long an item has been discussed, against its timebox. */
export interface ItemTimer {
  elapsedMinutes: number;
  timeboxMinutes: number;
  over: boolean;
  /** "7 of 10 minutes", or "12 minutes (2 over the 10 minute timebox)". */
  text: string;
}

const MINUTE = 60_000;

/** Null until discussion of the item has started. Whole minutes, counted down (a clock does too). */
export function itemTimer(discussionStartedAt: string | null | undefined, timeboxMinutes: number, now: number): ItemTimer | null {
  if (!discussionStartedAt) return null;
  const started = Date.parse(discussionStartedAt);
  if (Number.isNaN(started)) return null;
  const elapsedMinutes = Math.max(0, Math.floor((now - started) / MINUTE));
  const over = elapsedMinutes > timeboxMinutes;
  const text = over
    ? `${minutes(elapsedMinutes)} (${elapsedMinutes - timeboxMinutes} over the ${timeboxMinutes} minute timebox)`
    : `${elapsedMinutes} of ${minutes(timeboxMinutes)}`;
  return { elapsedMinutes, timeboxMinutes, over, text };
}

function minutes(count: number): string {
  return count === 1 ? '1 minute' : `${count} minutes`;
}
