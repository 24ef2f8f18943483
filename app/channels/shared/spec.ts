// A channel's field table (fields.ts in each channel folder) and the one place that applies it to a
// mapped item: required fields present, lengths (cut at a word boundary, dropped or rejected),
// allowed values, URL and price formats. Every issue it raises uses the shared codes.

import type { FeedIssue, FeedItem, MappedItem } from "../channel-adapter";
import { charLength, cutAtWord } from "./cut";
import { ISSUE, hasError, issue, missingIssue } from "./issues";
import { isHttpUrl } from "./link";
import { PRICE_FORMAT } from "./price";

export interface FieldSpec {
  name: string;
  required?: boolean;
  /** Maximum length in Unicode code points (for list fields: the whole list as written). */
  maxLength?: number;
  /** Exact values the channel accepts. */
  allowed?: readonly string[];
  format?: "url" | "url_list" | "price";
  /** A value over maxLength: cut at a word boundary (warning), drop it (warning), or reject the item (error, default). */
  tooLong?: "cut" | "drop" | "error";
}

export type FieldValues = Record<string, string | null | undefined>;

const TOO_LONG_CODE: Record<string, string> = { title: ISSUE.titleTooLong, description: ISSUE.descriptionTooLong };

function applyField(spec: FieldSpec, raw: string, issues: FeedIssue[]): string {
  let value = raw.trim();
  const { name } = spec;
  if (value && spec.format === "url_list") {
    const urls: string[] = [];
    for (const url of value.split(",").map((u) => u.trim()).filter(Boolean)) {
      if (!isHttpUrl(url)) {
        issues.push(issue(ISSUE.invalidUrl, name, "warning", `${name} ${url} is not an http(s) URL; left out`, "Re-upload the image in Shopify"));
        continue;
      }
      if (spec.maxLength !== undefined && charLength([...urls, url].join(",")) > spec.maxLength) break;
      urls.push(url);
    }
    value = urls.join(",");
  }
  if (value && spec.format === "url" && !isHttpUrl(value)) {
    issues.push(issue(ISSUE.invalidUrl, name, spec.required ? "error" : "warning", `${name} "${value}" is not an http(s) URL`, "Check the product's Online Store URL and images in Shopify"));
    value = "";
    if (spec.required) return value;
  }
  if (value && spec.format === "price" && !PRICE_FORMAT.test(value)) {
    issues.push(issue(ISSUE.invalidPrice, name, "error", `${name} "${value}" is not "<amount> <currency>"`, "Check the variant's price in Shopify"));
    return "";
  }
  if (value && spec.maxLength !== undefined && charLength(value) > spec.maxLength) {
    const length = charLength(value);
    const mode = spec.tooLong ?? "error";
    if (mode === "cut") {
      value = cutAtWord(value, spec.maxLength);
      issues.push(issue(TOO_LONG_CODE[name] ?? ISSUE.valueTruncated, name, "warning", `${name} has ${length} characters; cut to ${charLength(value)} (limit ${spec.maxLength})`, `Shorten the ${name} in Shopify to ${spec.maxLength} characters or less`));
    } else if (mode === "drop") {
      issues.push(issue(ISSUE.valueDropped, name, "warning", `${name} has ${length} characters (limit ${spec.maxLength}); left out`, `Shorten the ${name} in Shopify to ${spec.maxLength} characters or less`));
      value = "";
    } else {
      issues.push(issue(TOO_LONG_CODE[name] ?? ISSUE.valueTooLong, name, "error", `${name} has ${length} characters (limit ${spec.maxLength})`, `Shorten the ${name} in Shopify to ${spec.maxLength} characters or less`));
      return "";
    }
  }
  if (value && spec.allowed && !spec.allowed.includes(value)) {
    if (spec.required) {
      issues.push(issue(ISSUE.invalidValue, name, "error", `${name} "${value}" is not one of ${spec.allowed.join(", ")}`, `Use one of: ${spec.allowed.join(", ")}`));
      return "";
    }
    issues.push(issue(ISSUE.unsupportedValue, name, "warning", `${name} "${value}" is not one of ${spec.allowed.join(", ")}; left out`, `Use one of: ${spec.allowed.join(", ")}`));
    value = "";
  }
  if (!value && spec.required && !issues.some((i) => i.field === name && i.severity === "error")) issues.push(missingIssue(name));
  return value;
}

/** Apply the channel's field table; the item is null when any issue is an error. */
export function finishItem(values: FieldValues, specs: readonly FieldSpec[], issues: FeedIssue[]): MappedItem {
  const item: FeedItem = {};
  for (const spec of specs) item[spec.name] = applyField(spec, values[spec.name] ?? "", issues);
  return { item: hasError(issues) ? null : item, issues };
}

export function columnsOf(specs: readonly FieldSpec[]): readonly string[] {
  return specs.map((s) => s.name);
}

/** custom_label_0 … custom_label_4, each cut at a word boundary within `maxLength`. */
export function customLabelFields(maxLength: number): FieldSpec[] {
  return [0, 1, 2, 3, 4].map((i) => ({ name: `custom_label_${i}`, maxLength, tooLong: "cut" as const }));
}
