import { contextualPricingAlias, translationsAlias } from "~/core/catalog/aliases";
import { CatalogLineError, flattenNode, recordsFromLine } from "~/core/catalog/from-graphql";
import type { CatalogQueryKind } from "~/core/catalog/records";
import type { FreshProduct } from "~/persistence/catalog-store.server";
import { CatalogWriter, type WriteCounts } from "~/persistence/catalog-writer.server";
import {
  PAGE_SIZES,
  ProductTranslationsPage,
  ProductsPage,
  ProductVariantsPage,
  VariantContextualPricesPage,
  VariantInventoryPage,
} from "~/shopify/documents";
import type { CatalogDeps } from "./deps.server";
import type { ShopFactsSummary } from "./shop-facts.server";

// The paginated read: the same four parts as the bulk queries (catalog, inventory, prices per
// country, translations per locale), page by page and paced by the cost bucket, through the same
// line mapping. Used when bulk operations are unavailable, and for one product after a webhook
// (with `filter`, Shopify search syntax restricting products and variants).

export interface PagedFilter {
  products: string; // e.g. "id:123"
  variants: string; // e.g. "product_id:123"
}

type Json = Record<string, unknown>;
const ALL_PARTS: ReadonlySet<CatalogQueryKind> = new Set(["catalog", "inventory", "prices", "translations"]);
interface Page {
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: unknown[];
}

export async function pagedRead(
  deps: CatalogDeps,
  shop: string,
  generation: number,
  facts: Pick<ShopFactsSummary, "currency" | "countries" | "translatedLocales">,
  filter?: PagedFilter,
  parts: ReadonlySet<CatalogQueryKind> = ALL_PARTS,
  /** A writer the caller flushes (to commit a product's fresh copy in one transaction); default: batches flushed here. */
  into?: CatalogWriter,
): Promise<WriteCounts & { objectsRead: number } & FreshProduct> {
  const admin = await deps.admin(shop);
  const writer = into ?? new CatalogWriter(deps.sql, shop, generation);
  const variantIds: string[] = [];
  let updatedAt: string | null = null;
  let objectsRead = 0;

  const write = async (node: Json, kind: CatalogQueryKind) => {
    for (const line of flattenNode(node)) {
      objectsRead++;
      try {
        for (const record of recordsFromLine(line, kind, facts.currency, objectsRead)) {
          if (record.kind === "variant" && filter) variantIds.push(record.record.id);
          if (record.kind === "product" && filter) updatedAt = record.record.updatedAt;
          await writer.write(record);
        }
      } catch (error) {
        if (!(error instanceof CatalogLineError)) throw error;
      }
    }
  };

  async function each(fetchPage: (cursor: string | null) => Promise<Page>, onNode: (node: Json) => Promise<void>) {
    let cursor: string | null = null;
    do {
      const page = await fetchPage(cursor);
      for (const node of page.nodes) await onNode(node as Json);
      cursor = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (cursor);
  }

  const productsQuery = filter?.products ?? null;
  const variantsQuery = filter?.variants ?? null;
  if (parts.has("catalog")) await each(
    async (cursor) => (await admin.request(ProductsPage.document, { first: PAGE_SIZES.productsPage, cursor, query: productsQuery })).products,
    (node) => write(node, "catalog"),
  );
  if (parts.has("catalog")) await each(
    async (cursor) => (await admin.request(ProductVariantsPage.document, { first: PAGE_SIZES.productVariantsPage, cursor, query: variantsQuery })).productVariants,
    ({ product, ...node }) => write({ ...node, __parentId: (product as { id: string }).id }, "catalog"),
  );
  if (parts.has("inventory")) await each(
    async (cursor) => (await admin.request(VariantInventoryPage.document, { first: PAGE_SIZES.variantInventoryPage, cursor, query: variantsQuery })).productVariants,
    (node) => write(node, "inventory"),
  );
  for (const country of parts.has("prices") ? facts.countries : []) {
    await each(
      async (cursor) =>
        (await admin.request(VariantContextualPricesPage.document, { country: country as never, first: PAGE_SIZES.variantContextualPricesPage, cursor, query: variantsQuery }))
          .productVariants,
      ({ contextualPricing, ...node }) => write({ ...node, [contextualPricingAlias(country)]: contextualPricing }, "prices"),
    );
  }
  for (const locale of parts.has("translations") ? facts.translatedLocales : []) {
    await each(
      async (cursor) => (await admin.request(ProductTranslationsPage.document, { locale, first: PAGE_SIZES.productTranslationsPage, cursor, query: productsQuery })).products,
      ({ translations, ...node }) => write({ ...node, [translationsAlias(locale)]: translations }, "translations"),
    );
  }
  if (!into) await writer.flush();
  return { ...writer.counts, objectsRead, variantIds, updatedAt };
}
