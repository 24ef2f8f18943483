/** A sliding-window counter: at most `limit` events per `windowMs`; no limit until one is set. */
export class RateWindow {
  limit: number | null = null;
  private readonly times: number[] = [];

  constructor(private readonly windowMs: number) {}

  /** Record an event at `nowMs` if the window has room; false (nothing recorded) when it is full. */
  take(nowMs: number): boolean {
    if (this.limit === null) return true;
    while (this.times.length && this.times[0] <= nowMs - this.windowMs) this.times.shift();
    if (this.times.length >= this.limit) return false;
    this.times.push(nowMs);
    return true;
  }

  /** Milliseconds until the oldest event leaves the window (0 when there is room). */
  retryAfterMs(nowMs: number): number {
    if (this.limit === null || this.times.length < this.limit) return 0;
    return Math.max(0, this.times[0] + this.windowMs - nowMs);
  }
}
