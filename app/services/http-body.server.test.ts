import { describe, expect, it, vi } from "vitest";
import { acknowledge, readAtMost } from "./http-body.server";

describe("readAtMost", () => {
  it("reads a body up to the limit, and gives up past it", async () => {
    const request = () => new Request("http://x/", { method: "POST", body: "abcdef" });
    expect(new TextDecoder().decode((await readAtMost(request(), 6))!)).toBe("abcdef");
    expect(await readAtMost(request(), 5)).toBeNull();
  });
});

describe("acknowledge", () => {
  it("hands a new event's id on; a redelivery is a 200 that hands nothing on", async () => {
    const ids: number[] = [];
    const stored = acknowledge({ status: "stored", id: 41 }, (id) => ids.push(id));
    const again = acknowledge({ status: "duplicate", id: null }, (id) => ids.push(id));
    expect([stored.status, await stored.text(), again.status, await again.text()]).toEqual([200, "OK", 200, "OK (duplicate)"]);
    expect(ids).toEqual([41]);
  });

  it("still answers 200 when the worker cannot be told: the stored row is found later", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      const response = acknowledge({ status: "stored", id: 7 }, () => {
        throw new Error("queue down");
      });
      expect(response.status).toBe(200);
      expect(logged).toHaveBeenCalledWith("event 7 stored, the worker not told:", "queue down");
    } finally {
      logged.mockRestore();
    }
  });
});
