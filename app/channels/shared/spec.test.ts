import { describe, expect, it } from "vitest";
import type { FeedIssue } from "../channel-adapter";
import { finishItem, type FieldSpec } from "./spec";

const specs: FieldSpec[] = [
  { name: "id", required: true, maxLength: 5 },
  { name: "title", required: true, maxLength: 12, tooLong: "cut" },
  { name: "mpn", maxLength: 3, tooLong: "drop" },
  { name: "availability", required: true, allowed: ["in stock", "out of stock"] },
  { name: "gender", allowed: ["male", "female"] },
  { name: "link", required: true, format: "url" },
  { name: "additional_image_link", maxLength: 30, format: "url_list" },
  { name: "price", required: true, format: "price" },
];
const ok = { id: "1", title: "Tee", availability: "in stock", link: "https://x.example/p", price: "9.99 USD" };
const run = (values: Record<string, string>) => {
  const issues: FeedIssue[] = [];
  return finishItem(values, specs, issues);
};

describe("finishItem", () => {
  it("emits every column, empty when absent", () => {
    expect(run(ok).item).toEqual({ ...ok, mpn: "", gender: "", additional_image_link: "" });
  });
  it("rejects missing required fields with their codes", () => {
    const result = run({ ...ok, title: " ", link: "" });
    expect(result.item).toBeNull();
    expect(result.issues.map((i) => i.code)).toEqual(["missing_title", "missing_link"]);
  });
  it("cuts, drops or rejects long values as configured", () => {
    const result = run({ ...ok, title: "Warm wool jumper", mpn: "ABCD" });
    expect(result.item).toMatchObject({ title: "Warm wool", mpn: "" });
    expect(result.issues.map((i) => [i.code, i.severity])).toEqual([["title_too_long", "warning"], ["value_dropped", "warning"]]);
    expect(run({ ...ok, id: "123456" }).issues[0]).toMatchObject({ code: "value_too_long", severity: "error" });
  });
  it("checks allowed values, URLs and prices", () => {
    expect(run({ ...ok, availability: "maybe" }).issues[0]).toMatchObject({ code: "invalid_value", severity: "error" });
    expect(run({ ...ok, gender: "robot" })).toMatchObject({ item: { gender: "" }, issues: [{ code: "unsupported_value", severity: "warning" }] });
    expect(run({ ...ok, link: "javascript:alert(1)" }).issues[0]).toMatchObject({ code: "invalid_url", severity: "error" });
    expect(run({ ...ok, price: "$9.99" }).issues[0]).toMatchObject({ code: "invalid_price", severity: "error" });
  });
  it("keeps URL lists within the limit and drops bad entries", () => {
    const result = run({ ...ok, additional_image_link: "https://a.example/1.jpg,ftp://b/2.jpg,https://a.example/3.jpg" });
    expect(result.item!.additional_image_link).toBe("https://a.example/1.jpg");
    expect(result.issues.map((i) => i.code)).toEqual(["invalid_url"]);
  });
});
