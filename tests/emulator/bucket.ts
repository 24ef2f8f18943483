/** Shopify's leaky bucket of query cost points, one per shop (and app). */

export interface ThrottleStatus {
  maximumAvailable: number;
  currentlyAvailable: number;
  restoreRate: number;
}

export class CostBucket {
  private available: number;
  private last: number;

  constructor(
    public maximumAvailable: number,
    public restoreRate: number,
    private readonly clock: () => number = () => Date.now(),
  ) {
    this.available = maximumAvailable;
    this.last = clock();
  }

  private refill(): void {
    const now = this.clock();
    const elapsed = Math.max(0, now - this.last) / 1000;
    this.available = Math.min(this.maximumAvailable, this.available + elapsed * this.restoreRate);
    this.last = now;
  }

  status(): ThrottleStatus {
    this.refill();
    return {
      maximumAvailable: this.maximumAvailable,
      currentlyAvailable: Math.floor(this.available),
      restoreRate: this.restoreRate,
    };
  }

  /** Take `cost` points if the bucket holds them. */
  take(cost: number): boolean {
    this.refill();
    if (this.available < cost) return false;
    this.available -= cost;
    return true;
  }

  refund(points: number): void {
    this.refill();
    this.available = Math.min(this.maximumAvailable, this.available + Math.max(0, points));
  }

  /** Tests: empty or fill the bucket. */
  set(available: number): void {
    this.refill();
    this.available = Math.max(0, Math.min(this.maximumAvailable, available));
  }

  configure(opts: { maximumAvailable?: number; restoreRate?: number }): void {
    this.refill();
    if (opts.maximumAvailable !== undefined) this.maximumAvailable = opts.maximumAvailable;
    if (opts.restoreRate !== undefined) this.restoreRate = opts.restoreRate;
    this.available = Math.min(this.available, this.maximumAvailable);
  }
}
