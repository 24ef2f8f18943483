import { describe, expect, it } from "vitest";
import { availableAt, waitMs } from "./throttle";

const status = { maximumAvailable: 2000, currentlyAvailable: 100, restoreRate: 100 };

describe("cost bucket pacing", () => {
  it("restores points at the restore rate, up to the maximum", () => {
    expect(availableAt(status, 0, 500)).toBe(150);
    expect(availableAt(status, 0, 60_000)).toBe(2000);
  });
  it("waits exactly long enough for the requested cost", () => {
    expect(waitMs(50, status, 0, 0)).toBe(0);
    expect(waitMs(300, status, 0, 0)).toBe(2000);
    expect(waitMs(300, status, 0, 1000)).toBe(1000);
    expect(waitMs(300, undefined, 0, 0)).toBe(0);
  });
  it("never waits for more than the bucket can hold", () => {
    expect(waitMs(5000, { ...status, currentlyAvailable: 0 }, 0, 0)).toBe(20_000);
  });
});
