import { describe, expect, it } from "vitest";
import { coalesced } from "./coalesced";

describe("coalesced", () => {
  it("runs once at a time and once more for any number of calls made meanwhile", async () => {
    let runs = 0;
    let active = 0;
    let most = 0;
    const gates: (() => void)[] = [];
    const trigger = coalesced(async () => {
      runs++;
      active++;
      most = Math.max(most, active);
      await new Promise<void>((resolve) => gates.push(resolve));
      active--;
    });
    const first = trigger();
    const during = [trigger(), trigger(), trigger()];
    expect(during.every((p) => p === first)).toBe(true);
    gates.shift()!();
    await new Promise((resolve) => setImmediate(resolve));
    expect(runs).toBe(2);
    gates.shift()!();
    await first;
    expect([runs, most]).toEqual([2, 1]);
    // Idle again: the next call starts a new run.
    const next = trigger();
    expect(next).not.toBe(first);
    gates.shift()!();
    await next;
    expect(runs).toBe(3);
  });
});
