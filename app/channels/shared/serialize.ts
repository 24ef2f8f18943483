// Streaming feed writers: one chunk per item, never the whole feed in one string.
// CSV/TSV through csv-stringify (header first); XML as RSS 2.0 with the g: namespace
// (Google Merchant, also read by Meta and Pinterest), written item by item with careful escaping.

import { stringify } from "csv-stringify/sync";
import type { FeedFormat, FeedItem } from "../channel-adapter";

export const G_NAMESPACE = "http://base.google.com/ns/1.0";

export interface SerializeOptions {
  /** RSS <channel> metadata for XML feeds. */
  channel?: { title: string; link: string; description?: string };
  /** Fields holding a comma-separated list that XML writes as one element per entry. */
  listFields?: readonly string[];
}

/** Characters XML 1.0 cannot carry at all (most C0 controls, lone surrogates, U+FFFE/FFFF). */
// eslint-disable-next-line no-control-regex
const XML_INVALID = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export function escapeXml(text: string): string {
  return text
    .replace(XML_INVALID, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

const XML_NAME = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

function xmlItem(columns: readonly string[], item: FeedItem, listFields: ReadonlySet<string>): string {
  let out = "<item>\n";
  for (const column of columns) {
    if (!XML_NAME.test(column)) throw new Error(`Not an XML element name: ${column}`);
    const value = item[column] ?? "";
    if (value === "") continue;
    const values = listFields.has(column) ? value.split(",").filter(Boolean) : [value];
    for (const v of values) out += `<g:${column}>${escapeXml(v)}</g:${column}>\n`;
  }
  return out + "</item>\n";
}

/** TSV cannot hold tabs or line breaks inside a value: they become spaces. */
function tsvValue(value: string): string {
  return value.replace(/[\t\r\n]+/g, " ");
}

export async function* serialize(
  format: FeedFormat,
  columns: readonly string[],
  items: AsyncIterable<FeedItem> | Iterable<FeedItem>,
  options: SerializeOptions = {},
): AsyncIterable<string> {
  if (format === "xml") {
    const channel = options.channel ?? { title: "Product feed", link: "https://example.com/" };
    yield `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:g="${G_NAMESPACE}">\n<channel>\n` +
      `<title>${escapeXml(channel.title)}</title>\n<link>${escapeXml(channel.link)}</link>\n` +
      `<description>${escapeXml(channel.description ?? channel.title)}</description>\n`;
    const listFields = new Set(options.listFields ?? []);
    for await (const item of items) yield xmlItem(columns, item, listFields);
    yield "</channel>\n</rss>\n";
    return;
  }
  const delimiter = format === "tsv" ? "\t" : ",";
  const csvOptions = { delimiter, record_delimiter: "\n" as const };
  yield stringify([columns as string[]], csvOptions);
  for await (const item of items) {
    const row = columns.map((c) => (format === "tsv" ? tsvValue(item[c] ?? "") : (item[c] ?? "")));
    yield stringify([row], csvOptions);
  }
}

/** Collect a serialised feed (tests, small previews). The feed builder streams instead. */
export async function serializeToString(...args: Parameters<typeof serialize>): Promise<string> {
  let out = "";
  for await (const chunk of serialize(...args)) out += chunk;
  return out;
}
