import { Kind, type FieldNode } from "graphql";
import { describe, expect, it } from "vitest";
import { ATTRIBUTE_KEYS, ATTRIBUTE_NAMESPACE, attributeAlias } from "~/core/catalog/attributes";
import { CatalogAttributesFragmentDoc } from "../generated/admin.types";
import { analyzeBulkQuery } from "./bulk-limits";
import { buildCatalogBulkQuery } from "./bulk-catalog";

describe("CatalogAttributes fragment", () => {
  const fields = CatalogAttributesFragmentDoc.definitions
    .flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION && d.name.value === "CatalogAttributes" ? d.selectionSet.selections : []))
    .filter((s): s is FieldNode => s.kind === Kind.FIELD);
  const argument = (field: FieldNode, name: string) => {
    const value = field.arguments?.find((a) => a.name.value === name)?.value;
    return value?.kind === Kind.STRING ? value.value : undefined;
  };

  it("selects every ATTRIBUTE_KEYS metafield of the namespace under its alias, and nothing else", () => {
    expect(fields.map((f) => f.alias?.value)).toEqual(ATTRIBUTE_KEYS.map(attributeAlias));
    for (const [i, field] of fields.entries()) {
      expect(field.name.value).toBe("metafield");
      expect(argument(field, "namespace")).toBe(ATTRIBUTE_NAMESPACE);
      expect(argument(field, "key")).toBe(ATTRIBUTE_KEYS[i]);
    }
  });

  it("rides inline on the catalog bulk query's products and variants without adding connections", () => {
    const query = buildCatalogBulkQuery(["hu"]);
    expect(query.split(`${attributeAlias("gender")}: metafield`).length - 1).toBe(2);
    expect(analyzeBulkQuery(query).connectionCount).toBe(4);
  });
});
