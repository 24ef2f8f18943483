import { describe, expect, it } from "vitest";
import { escapeXml, serialize, serializeInChunks, serializeToString } from "./serialize";

describe("serialize", () => {
  it("writes CSV with a header and quotes what needs quoting", async () => {
    const csv = await serializeToString("csv", ["id", "title"], [{ id: "1", title: 'Tee, "red"\nsoft' }]);
    expect(csv).toBe('id,title\n1,"Tee, ""red""\nsoft"\n');
  });
  it("writes TSV without tabs or line breaks inside values", async () => {
    expect(await serializeToString("tsv", ["id", "title"], [{ id: "1", title: "a\tb\nc" }])).toBe("id\ttitle\n1\ta b c\n");
  });
  it("streams one chunk per item", async () => {
    async function* items() {
      yield { id: "1" };
      yield { id: "2" };
    }
    const chunks: string[] = [];
    for await (const chunk of serialize("xml", ["id"], items())) chunks.push(chunk);
    expect(chunks).toHaveLength(4);
    expect(chunks[1]).toBe("<item>\n<g:id>1</g:id>\n</item>\n");
  });
  it("escapes XML and removes characters XML cannot carry", () => {
    expect(escapeXml(`a<b>&"c'\u0001\uD800`)).toBe("a&lt;b&gt;&amp;&quot;c&apos;");
    expect(escapeXml("😀 ok")).toBe("😀 ok");
  });
  it("skips empty values in XML and splits list fields", async () => {
    const xml = await serializeToString("xml", ["id", "gtin", "additional_image_link"], [{ id: "1", gtin: "", additional_image_link: "https://a/1.jpg,https://a/2.jpg" }], { listFields: ["additional_image_link"] });
    expect(xml).not.toContain("g:gtin");
    expect(xml.match(/<g:additional_image_link>/g)).toHaveLength(2);
  });
});

describe("serializeInChunks", () => {
  const item = (n: number) => ({ id: String(n), title: `Item ${n}` });

  it("yields the header before asking for the first batch, then asks for a batch only when a chunk needs it", async () => {
    const asked: number[] = [];
    async function* batches() {
      for (let b = 0; b < 3; b++) {
        asked.push(b);
        yield [item(b * 2), item(b * 2 + 1)];
      }
    }
    // Each item is "n,Item n\n" (9 chars): a chunk is full after two items.
    const chunks = serializeInChunks("csv", ["id", "title"], batches(), { chunkChars: 18 });
    expect((await chunks.next()).value).toBe("id,title\n");
    expect(asked).toEqual([]);
    expect((await chunks.next()).value).toBe("0,Item 0\n1,Item 1\n");
    expect(asked).toEqual([0]);
    expect((await chunks.next()).value).toBe("2,Item 2\n3,Item 3\n");
    expect(asked).toEqual([0, 1]);
    const rest: string[] = [];
    for await (const chunk of chunks) rest.push(chunk);
    expect(rest).toEqual(["4,Item 4\n5,Item 5\n"]);
    expect(asked).toEqual([0, 1, 2]);
  });

  it("writes the same bytes as serialize, whatever the batches and chunk size, with the XML closing last", async () => {
    const items = Array.from({ length: 25 }, (_, i) => item(i));
    const whole = await serializeToString("xml", ["id", "title"], items);
    for (const [batch, chunkChars] of [[1, 1], [7, 100], [25, 1_000_000]]) {
      const batches = Array.from({ length: Math.ceil(items.length / batch) }, (_, b) => items.slice(b * batch, (b + 1) * batch));
      const chunks: string[] = [];
      for await (const chunk of serializeInChunks("xml", ["id", "title"], batches, { chunkChars })) chunks.push(chunk);
      expect(chunks.join("")).toBe(whole);
      expect(chunks.at(-1)!.endsWith("</rss>\n")).toBe(true);
      if (chunkChars === 1_000_000) expect(chunks).toHaveLength(2);
    }
  });

  it("closes the source when the reader stops early", async () => {
    let closed = false;
    async function* batches() {
      try {
        for (let b = 0; ; b++) yield [item(b)];
      } finally {
        closed = true;
      }
    }
    const chunks = serializeInChunks("csv", ["id"], batches(), { chunkChars: 1 });
    await chunks.next();
    await chunks.next();
    await chunks.return();
    expect(closed).toBe(true);
  });
});
