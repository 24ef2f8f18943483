import { describe, expect, it } from "vitest";
import { backoffMs, MAX_ATTEMPTS, retryPolicy } from "./retry";

describe("the retry policy", () => {
  it("doubles the pause from half a second up to five minutes", () => {
    expect([1, 2, 3, 4, 8].map((n) => backoffMs(n))).toEqual([500, 1000, 2000, 4000, 64_000]);
    expect(backoffMs(20)).toBe(300_000);
  });

  it("runs an event MAX_ATTEMPTS times by default, on that schedule", () => {
    expect(retryPolicy().maxAttempts).toBe(MAX_ATTEMPTS);
    expect(retryPolicy(3)).toMatchObject({ maxAttempts: 3 });
    expect(retryPolicy().delayMs(3)).toBe(backoffMs(3));
  });
});
