/**
 * The bulk-limit checker (app/shopify/documents/bulk-limits.ts) — it guards every bulk query the
 * app builds, so it must reject what Shopify rejects.
 */
import { describe, expect, it } from "vitest";
import {
  BULK_QUERY_LIMITS,
  analyzeBulkQuery,
  assertBulkQueryWithinLimits,
  buildCatalogBulkQueries,
} from "../../app/shopify/documents";

const connection = (name: string, inner = "id") => `${name} { edges { node { ${inner} } } }`;

describe("analyzeBulkQuery", () => {
  it("counts connections and nesting of the catalog queries", () => {
    const [catalog, inventory, prices] = buildCatalogBulkQueries({ locales: ["de"], countries: ["DE"] });
    expect(analyzeBulkQuery(catalog!.query)).toMatchObject({
      connectionCount: 4,
      maxNestedDepth: 1,
      violations: [],
    });
    expect(analyzeBulkQuery(inventory!.query).connections).toEqual([
      { path: "productVariants", depth: 0 },
      { path: "productVariants.edges.node.inventoryItem.inventoryLevels", depth: 1 },
    ]);
    expect(analyzeBulkQuery(prices!.query)).toMatchObject({ connectionCount: 1, maxNestedDepth: 0 });
  });

  it("accepts the documented maximum: 5 connections, 2 levels nested under the top one", () => {
    const query = `{ ${connection(
      "products",
      `id ${connection("media")} ${connection("collections")}
       ${connection("variants", `id inventoryItem { ${connection("inventoryLevels")} }`)}`,
    )} }`;
    expect(assertBulkQueryWithinLimits(query)).toMatchObject({ connectionCount: 5, maxNestedDepth: 2 });
  });

  it("rejects a sixth connection", () => {
    const query = `{ ${connection(
      "products",
      `id ${connection("media")} ${connection("collections")} ${connection("metafields")}
       ${connection("events")} ${connection("variants")}`,
    )} }`;
    const { connectionCount, violations } = analyzeBulkQuery(query);
    expect(connectionCount).toBe(BULK_QUERY_LIMITS.maxConnections + 1);
    expect(violations).toEqual([expect.stringMatching(/^6 connections \(max 5\)/)]);
  });

  it("rejects three levels of nested connections, also through fragments and `nodes`", () => {
    const query = `{ products { nodes { ...P } } }
      fragment P on Product { variants { nodes { inventoryItem { inventoryLevels { nodes {
        location { ${connection("metafields")} } } } } } } }`;
    const { maxNestedDepth, violations } = analyzeBulkQuery(query);
    expect(maxNestedDepth).toBe(3);
    expect(violations).toEqual([
      expect.stringContaining("products.nodes.variants.nodes.inventoryItem.inventoryLevels.nodes.location.metafields"),
    ]);
  });

  it("rejects pagination, variables, node roots, several roots, mutations and connection-less queries", () => {
    const violations = (query: string) => analyzeBulkQuery(query).violations;
    expect(violations(`{ products { pageInfo { hasNextPage } edges { cursor node { id } } } }`)).toEqual([
      expect.stringContaining("products.pageInfo"),
      expect.stringContaining("products.edges.cursor"),
    ]);
    expect(violations(`{ products(after: "abc") { edges { node { id } } } }`)).toEqual([
      expect.stringContaining("take no cursors"),
    ]);
    expect(violations(`query ($q: String) { products(query: $q) { edges { node { id } } } }`)).toEqual([
      "a bulk query cannot declare variables",
    ]);
    expect(violations(`{ node(id: "gid://shopify/Product/1") { id } }`)).toEqual([
      "the top-level field cannot be `node`",
      "a bulk query must select at least one connection",
    ]);
    expect(violations(`{ shop { id } ${connection("products")} }`)).toEqual([
      "a bulk query selects exactly one top-level field (found 2)",
    ]);
    expect(violations(`mutation { ${connection("products")} }`)).toEqual([
      "a bulk query must be a query, not a mutation",
    ]);
    expect(() => assertBulkQueryWithinLimits(`{ shop { id } }`)).toThrow(/at least one connection/);
  });
});
