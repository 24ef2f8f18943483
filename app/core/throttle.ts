// Shopify's GraphQL cost bucket, as the last answer described it: how long to wait before a
// request of `cost` points can run without being THROTTLED.

export interface ThrottleStatus {
  maximumAvailable: number;
  currentlyAvailable: number;
  restoreRate: number;
}

export function availableAt(status: ThrottleStatus, observedAt: number, now: number): number {
  const restored = (status.restoreRate * Math.max(0, now - observedAt)) / 1000;
  return Math.min(status.maximumAvailable, status.currentlyAvailable + restored);
}

export function waitMs(cost: number, status: ThrottleStatus | undefined, observedAt: number, now: number): number {
  if (!status || status.restoreRate <= 0) return 0;
  const needed = Math.min(cost, status.maximumAvailable) - availableAt(status, observedAt, now);
  return needed <= 0 ? 0 : Math.ceil((needed / status.restoreRate) * 1000);
}
