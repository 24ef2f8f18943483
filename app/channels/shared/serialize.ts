// Streaming feed writers: one chunk per item (or per ~64 KB of items), never the whole feed in one string.
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

/** How a feed is written: the opening, each item, the closing. */
interface FeedWriter {
  head: string;
  item(item: FeedItem): string;
  tail: string;
}

function xmlWriter(columns: readonly string[], options: SerializeOptions): FeedWriter {
  const channel = options.channel ?? { title: "Product feed", link: "https://example.com/" };
  const listFields = new Set(options.listFields ?? []);
  // Checked once; an item cannot be written while a column is not an element name.
  const badColumn = columns.find((column) => !XML_NAME.test(column));
  const elements = columns.map((column) => ({ column, list: listFields.has(column), open: `<g:${column}>`, close: `</g:${column}>\n` }));
  return {
    head:
      `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:g="${G_NAMESPACE}">\n<channel>\n` +
      `<title>${escapeXml(channel.title)}</title>\n<link>${escapeXml(channel.link)}</link>\n` +
      `<description>${escapeXml(channel.description ?? channel.title)}</description>\n`,
    item(item) {
      if (badColumn !== undefined) throw new Error(`Not an XML element name: ${badColumn}`);
      let out = "<item>\n";
      for (const { column, list, open, close } of elements) {
        const value = item[column] ?? "";
        if (value === "") continue;
        if (!list) out += open + escapeXml(value) + close;
        else for (const v of value.split(",").filter(Boolean)) out += open + escapeXml(v) + close;
      }
      return out + "</item>\n";
    },
    tail: "</channel>\n</rss>\n",
  };
}

/** TSV cannot hold tabs or line breaks inside a value: they become spaces. */
function tsvValue(value: string): string {
  return value.replace(/[\t\r\n]+/g, " ");
}

function delimitedWriter(format: "csv" | "tsv", columns: readonly string[]): FeedWriter {
  const csvOptions = { delimiter: format === "tsv" ? "\t" : ",", record_delimiter: "\n" as const };
  const value = format === "tsv" ? (item: FeedItem, c: string) => tsvValue(item[c] ?? "") : (item: FeedItem, c: string) => item[c] ?? "";
  return {
    head: stringify([columns as string[]], csvOptions),
    item: (item) => stringify([columns.map((c) => value(item, c))], csvOptions),
    tail: "",
  };
}

const feedWriter = (format: FeedFormat, columns: readonly string[], options: SerializeOptions): FeedWriter =>
  format === "xml" ? xmlWriter(columns, options) : delimitedWriter(format, columns);

/** One chunk per item, after the header (and before the XML closing). */
export async function* serialize(
  format: FeedFormat,
  columns: readonly string[],
  items: AsyncIterable<FeedItem> | Iterable<FeedItem>,
  options: SerializeOptions = {},
): AsyncIterable<string> {
  const writer = feedWriter(format, columns, options);
  yield writer.head;
  for await (const item of items) yield writer.item(item);
  if (writer.tail) yield writer.tail;
}

/** What a served feed writes per chunk: about 64 KB of items (UTF-16 units, so at least as many bytes). */
export const FEED_CHUNK_CHARS = 64 * 1024;

/**
 * The same feed from batches of items (a page of the catalog each), the items batched into chunks
 * of about `chunkChars`. The header is yielded before the first batch is asked for, so it goes out
 * before any catalog read; each next batch is asked for only when the chunk being made needs more
 * items, and the items of a batch are taken synchronously (one await per batch, not per item).
 */
export async function* serializeInChunks(
  format: FeedFormat,
  columns: readonly string[],
  batches: AsyncIterable<Iterable<FeedItem>> | Iterable<Iterable<FeedItem>>,
  options: SerializeOptions & { chunkChars?: number } = {},
): AsyncGenerator<string, void, undefined> {
  const writer = feedWriter(format, columns, options);
  const chunkChars = options.chunkChars ?? FEED_CHUNK_CHARS;
  yield writer.head;
  // Joined once per chunk: a string grown item by item is a deep rope, slow to flatten and encode.
  let parts: string[] = [];
  let chars = 0;
  for await (const batch of batches) {
    for (const item of batch) {
      const text = writer.item(item);
      parts.push(text);
      chars += text.length;
      if (chars >= chunkChars) {
        yield parts.join("");
        parts = [];
        chars = 0;
      }
    }
  }
  parts.push(writer.tail);
  const last = parts.join("");
  if (last) yield last;
}

/** Collect a serialised feed (tests, small previews). The feed builder streams instead. */
export async function serializeToString(...args: Parameters<typeof serialize>): Promise<string> {
  let out = "";
  for await (const chunk of serialize(...args)) out += chunk;
  return out;
}
