import { describe, expect, it } from "vitest";
import { escapeXml, serialize, serializeToString } from "./serialize";

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
