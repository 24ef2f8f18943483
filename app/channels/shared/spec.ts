// A channel's field table (fields.ts in each channel folder) and the one place that applies it to a
// mapped item: required fields present, lengths (cut at a word boundary, dropped or rejected),
// allowed values, URL and price formats. Every issue it raises uses the shared codes.

import type { FeedIssue, FeedItem, MappedItem } from "../channel-adapter";
import { charLength, cutAtWord } from "./cut";
import { ISSUE, hasError, issue, missingIssue } from "./issues";
import { isHttpUrl } from "./link";
import { memoLast } from "./memo";
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

/** The list's http(s) URLs that fit within maxLength as written (a pure function of the value). */
function urlList(spec: FieldSpec, value: string): { value: string; issues: FeedIssue[] } {
  const { name } = spec;
  const issues: FeedIssue[] = [];
  const urls: string[] = [];
  let length = 0;
  for (const url of value.split(",").map((u) => u.trim()).filter(Boolean)) {
    if (!isHttpUrl(url)) {
      issues.push(issue(ISSUE.invalidUrl, name, "warning", `${name} ${url} is not an http(s) URL; left out`, "Re-upload the image in Shopify"));
      continue;
    }
    // The list as it would be written with this URL: the URLs so far, a comma each, and this one.
    const withUrl = length + (urls.length > 0 ? 1 : 0) + charLength(url);
    if (spec.maxLength !== undefined && withUrl > spec.maxLength) break;
    urls.push(url);
    length = withUrl;
  }
  return { value: urls.join(","), issues };
}

/** A field's spec with what its checks need worked out once (one shape for every field). */
interface CompiledField {
  name: string;
  required: boolean;
  maxLength: number;
  tooLong: "cut" | "drop" | "error";
  allowed: ReadonlySet<string> | null;
  allowedList: string;
  urlList: ((value: string) => { value: string; issues: FeedIssue[] }) | null;
  url: ((value: string) => boolean) | null;
  price: boolean;
  shorten: string;
  tooLongCode: string;
  truncatedCode: string;
}

function compileField(spec: FieldSpec): CompiledField {
  const { name, maxLength } = spec;
  return {
    name,
    required: spec.required === true,
    maxLength: maxLength ?? Infinity,
    tooLong: spec.tooLong ?? "error",
    allowed: spec.allowed ? new Set(spec.allowed) : null,
    allowedList: spec.allowed?.join(", ") ?? "",
    // The same image or list for every variant of a product: checked once per product.
    urlList: spec.format === "url_list" ? memoLast((value: string) => urlList(spec, value)) : null,
    url: spec.format === "url" ? memoLast(isHttpUrl) : null,
    price: spec.format === "price",
    shorten: `Shorten the ${name} in Shopify to ${maxLength} characters or less`,
    tooLongCode: TOO_LONG_CODE[name] ?? ISSUE.valueTooLong,
    truncatedCode: TOO_LONG_CODE[name] ?? ISSUE.valueTruncated,
  };
}

function checkField(field: CompiledField, raw: string, issues: FeedIssue[]): string {
  const { name, required, maxLength } = field;
  let value = raw.trim();
  if (value === "") return missing(field, issues);
  if (field.urlList) {
    const checked = field.urlList(value);
    for (const found of checked.issues) issues.push({ ...found });
    value = checked.value;
  }
  if (value && field.url && !field.url(value)) {
    issues.push(issue(ISSUE.invalidUrl, name, required ? "error" : "warning", `${name} "${value}" is not an http(s) URL`, "Check the product's Online Store URL and images in Shopify"));
    value = "";
    if (required) return value;
  }
  if (value && field.price && !PRICE_FORMAT.test(value)) {
    issues.push(issue(ISSUE.invalidPrice, name, "error", `${name} "${value}" is not "<amount> <currency>"`, "Check the variant's price in Shopify"));
    return "";
  }
  // Length in code points: a value of at most maxLength UTF-16 units is within it.
  if (value && value.length > maxLength && charLength(value) > maxLength) {
    const length = charLength(value);
    if (field.tooLong === "cut") {
      value = cutAtWord(value, maxLength);
      issues.push(issue(field.truncatedCode, name, "warning", `${name} has ${length} characters; cut to ${charLength(value)} (limit ${maxLength})`, field.shorten));
    } else if (field.tooLong === "drop") {
      issues.push(issue(ISSUE.valueDropped, name, "warning", `${name} has ${length} characters (limit ${maxLength}); left out`, field.shorten));
      value = "";
    } else {
      issues.push(issue(field.tooLongCode, name, "error", `${name} has ${length} characters (limit ${maxLength})`, field.shorten));
      return "";
    }
  }
  if (value && field.allowed && !field.allowed.has(value)) {
    const list = field.allowedList;
    if (required) {
      issues.push(issue(ISSUE.invalidValue, name, "error", `${name} "${value}" is not one of ${list}`, `Use one of: ${list}`));
      return "";
    }
    issues.push(issue(ISSUE.unsupportedValue, name, "warning", `${name} "${value}" is not one of ${list}; left out`, `Use one of: ${list}`));
    value = "";
  }
  return value || missing(field, issues);
}

/** An empty value: "missing" for a required field, unless the field already has an error. */
function missing(field: CompiledField, issues: FeedIssue[]): string {
  if (field.required && !issues.some((i) => i.field === field.name && i.severity === "error")) issues.push(missingIssue(field.name));
  return "";
}

/** A channel's field table compiled once: its values → the item (null when any issue is an error). */
export type ItemFinisher = (values: FieldValues, issues: FeedIssue[]) => MappedItem;

const compiled = new WeakMap<readonly FieldSpec[], ItemFinisher>();

/** The finisher of a field table, built on first use and kept for the table's lifetime. */
export function itemFinisher(specs: readonly FieldSpec[]): ItemFinisher {
  let finish = compiled.get(specs);
  if (!finish) {
    const fields = specs.map(compileField);
    finish = (values, issues) => {
      const item: FeedItem = {};
      for (const field of fields) item[field.name] = checkField(field, values[field.name] ?? "", issues);
      return { item: hasError(issues) ? null : item, issues };
    };
    compiled.set(specs, finish);
  }
  return finish;
}

/** Apply the channel's field table; the item is null when any issue is an error. */
export function finishItem(values: FieldValues, specs: readonly FieldSpec[], issues: FeedIssue[]): MappedItem {
  return itemFinisher(specs)(values, issues);
}

export function columnsOf(specs: readonly FieldSpec[]): readonly string[] {
  return specs.map((s) => s.name);
}

/** custom_label_0 … custom_label_4, each cut at a word boundary within `maxLength`. */
export function customLabelFields(maxLength: number): FieldSpec[] {
  return [0, 1, 2, 3, 4].map((i) => ({ name: `custom_label_${i}`, maxLength, tooLong: "cut" as const }));
}
