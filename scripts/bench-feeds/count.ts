import type { FeedFormat } from "~/channels/channel-adapter";

// Counts the items of a feed body as it streams, chunk by chunk, without decoding it:
// CSV/TSV records = line feeds outside quoted fields, minus the header; XML = "<item>" tags
// (a value cannot contain one: serialize() escapes "<").

const QUOTE = 0x22;
const LF = 0x0a;
const ITEM = Buffer.from("<item>");

export class ItemCounter {
  private lines = 0;
  private tags = 0;
  private quoted = false;
  private tail: Buffer = Buffer.alloc(0);

  constructor(private readonly format: FeedFormat) {}

  get items(): number {
    return this.format === "xml" ? this.tags : Math.max(0, this.lines - 1);
  }

  push(chunk: Uint8Array): void {
    const buf = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    if (this.format === "xml") this.pushXml(buf);
    else this.pushDelimited(buf);
  }

  private pushXml(buf: Buffer): void {
    const text = this.tail.length > 0 ? Buffer.concat([this.tail, buf]) : buf;
    for (let at = text.indexOf(ITEM); at >= 0; at = text.indexOf(ITEM, at + ITEM.length)) this.tags++;
    // Keep what could be the start of a tag split across chunks.
    this.tail = Buffer.from(text.subarray(Math.max(0, text.length - (ITEM.length - 1))));
  }

  private pushDelimited(buf: Buffer): void {
    let pos = 0;
    let nextLf = -2;
    let nextQuote = -2;
    while (pos < buf.length) {
      if (nextQuote !== -1 && nextQuote < pos) nextQuote = buf.indexOf(QUOTE, pos);
      if (this.quoted) {
        if (nextQuote < 0) return;
        this.quoted = false;
        pos = nextQuote + 1;
        continue;
      }
      if (nextLf !== -1 && nextLf < pos) nextLf = buf.indexOf(LF, pos);
      if (nextLf < 0 && nextQuote < 0) return;
      if (nextQuote >= 0 && (nextLf < 0 || nextQuote < nextLf)) {
        this.quoted = true;
        pos = nextQuote + 1;
      } else {
        this.lines++;
        pos = nextLf + 1;
      }
    }
  }
}
