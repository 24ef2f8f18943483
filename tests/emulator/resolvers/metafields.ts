import { createHash } from "node:crypto";
import { legacyId } from "../store/ids";
import type { MetafieldRecord, ProductRecord, VariantRecord } from "../store/types";
import { byId, connection, type ResolverMap } from "./context";

// Metafields of products and variants: `metafield(namespace:, key:)` and the `metafields`
// connection (filtered by `namespace` and `keys`, in creation order; in bulk output its nodes are
// lines of their own under the owner, like any connection).

type Owner = ProductRecord | VariantRecord;

const view = (m: MetafieldRecord, owner: Owner, ownerType: "PRODUCT" | "PRODUCTVARIANT") => ({ ...m, owner, ownerType });

function find(owner: Owner, namespace: unknown, key: unknown): MetafieldRecord | undefined {
  return owner.metafields.find((m) => m.key === key && (namespace === undefined || namespace === null || m.namespace === namespace));
}

function list(owner: Owner, namespace: unknown, keys: unknown): MetafieldRecord[] {
  const wanted = Array.isArray(keys) ? new Set(keys.map(String)) : null;
  return owner.metafields.filter(
    (m) => (typeof namespace !== "string" || m.namespace === namespace) && (!wanted || wanted.has(`${m.namespace}.${m.key}`)),
  );
}

function ownerFields(ownerType: "PRODUCT" | "PRODUCTVARIANT"): ResolverMap[string] {
  return {
    metafield: (o: Owner, { namespace, key }) => {
      const m = find(o, namespace, key);
      return m ? view(m, o, ownerType) : null;
    },
    metafields: (o: Owner, args, ctx, info) =>
      connection(list(o, args.namespace, args.keys).map((m) => view(m, o, ownerType)), args, ctx, info, { id: byId }),
  };
}

export const metafieldResolvers: ResolverMap = {
  Product: ownerFields("PRODUCT"),
  ProductVariant: ownerFields("PRODUCTVARIANT"),
  Metafield: {
    legacyResourceId: (m: MetafieldRecord) => legacyId(m.id),
    jsonValue: (m: MetafieldRecord) => (m.type.startsWith("list.") || m.type === "json" ? JSON.parse(m.value) : m.value),
    compareDigest: (m: MetafieldRecord) => createHash("sha256").update(`${m.value}|${m.updatedAt}`).digest("hex"),
    definition: () => null,
    reference: () => null,
    description: () => null,
  },
};
