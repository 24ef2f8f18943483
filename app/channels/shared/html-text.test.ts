import { describe, expect, it } from "vitest";
import { decodeEntities, htmlToText } from "./html-text";

describe("decodeEntities", () => {
  it("decodes named, decimal and hex references", () => {
    expect(decodeEntities("30&deg;C &ndash; caf&eacute; &Eacute;t&eacute; &amp; more")).toBe("30°C – café Été & more");
    expect(decodeEntities("&#233;&#xE9;&#X1F600;")).toBe("éé😀");
    expect(decodeEntities("a&nbsp;b")).toBe("a\u00a0b");
  });
  it("leaves unknown names and drops invalid code points", () => {
    expect(decodeEntities("&bogus; &#0; &#xD800;")).toBe("&bogus;  ");
  });
});

describe("htmlToText", () => {
  it("removes tags and turns blocks into line breaks", () => {
    const html = "<p>Soft <strong>organic</strong> cotton.</p><ul><li>Wash at 30&deg;</li><li>Made in Portugal</li></ul>";
    expect(htmlToText(html)).toBe("Soft organic cotton.\nWash at 30°\nMade in Portugal");
  });
  it("can use spaces instead of line breaks", () => {
    expect(htmlToText("<p>One</p><p>Two<br>Three</p>", { lineBreaks: false })).toBe("One Two Three");
  });
  it("collapses whitespace, nbsp and source newlines", () => {
    expect(htmlToText("  A\n  lot&nbsp;&nbsp; of\t\tspace  ")).toBe("A lot of space");
  });
  it("drops scripts, styles and comments with their content", () => {
    expect(htmlToText("<style>p{color:red}</style><!-- hidden --><p>Shown</p><script>alert(1)</script>")).toBe("Shown");
  });
  it("keeps escaped markup as text", () => {
    expect(htmlToText("<p>1 &lt; 2 &amp;&amp; 3 &gt; 2</p>")).toBe("1 < 2 && 3 > 2");
  });
  it("separates table cells", () => {
    expect(htmlToText("<table><tr><td>Size</td><td>M</td></tr></table>")).toBe("Size M");
  });
  it("returns empty text for empty markup", () => {
    expect(htmlToText("<p> </p><br/>")).toBe("");
  });
});
