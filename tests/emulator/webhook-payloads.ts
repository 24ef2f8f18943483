/**
 * Webhook bodies in Shopify's REST shapes (see shared/reference/shopify/webhook-payloads).
 * Numeric ids are exact: wrapped with rawNumber() and printed as bare JSON numbers.
 */
import type { BulkOperationRecord } from "./bulk";
import { rawNumber } from "./json";
import { inventoryLevelGid, legacyId } from "./store/ids";
import type { ShopStore } from "./store/shop-store";
import type { ProductRecord, VariantRecord } from "./store/types";

/** REST timestamps carry an offset; the emulated shops run on UTC. */
export function restTime(iso: string | null): string | null {
  return iso ? iso.replace(/Z$/, "+00:00") : null;
}

const num = (gid: string) => rawNumber(legacyId(gid));

function imageIdFor(product: ProductRecord, v: VariantRecord): string | null {
  const m = v.image ? product.media.find((x) => x.image.url === v.image!.url) : undefined;
  return m ? num(m.id) : null;
}

export function productPayload(store: ShopStore, p: ProductRecord): Record<string, unknown> {
  const pid = num(p.id);
  const variantIdsFor = (mediaUrl: string) =>
    p.variants.filter((v) => v.image?.url === mediaUrl).map((v) => num(v.id));
  const images = p.media.map((m, i) => ({
    id: num(m.id),
    alt: m.alt,
    position: i + 1,
    product_id: pid,
    created_at: restTime(p.createdAt),
    updated_at: restTime(p.updatedAt),
    admin_graphql_api_id: m.id.replace("/MediaImage/", "/ProductImage/"),
    width: m.image.width,
    height: m.image.height,
    src: m.image.url,
    variant_ids: variantIdsFor(m.image.url),
  }));
  return {
    admin_graphql_api_id: p.id,
    body_html: p.descriptionHtml,
    created_at: restTime(p.createdAt),
    handle: p.handle,
    id: pid,
    product_type: p.productType,
    published_at: restTime(p.publishedAt),
    template_suffix: null,
    title: p.title,
    updated_at: restTime(p.updatedAt),
    vendor: p.vendor,
    status: p.status.toLowerCase(),
    published_scope: "web",
    tags: p.tags.join(", "),
    variants: p.variants.map((v) => {
      const qty = store.inventoryQuantity(v);
      return {
        admin_graphql_api_id: v.id,
        barcode: v.barcode,
        compare_at_price: v.compareAtPrice,
        created_at: restTime(v.createdAt),
        id: num(v.id),
        inventory_policy: v.inventoryPolicy.toLowerCase(),
        position: v.position,
        price: v.price,
        product_id: pid,
        sku: v.sku,
        taxable: v.taxable,
        title: v.title,
        updated_at: restTime(v.updatedAt),
        option1: v.selectedOptions[0]?.value ?? null,
        option2: v.selectedOptions[1]?.value ?? null,
        option3: v.selectedOptions[2]?.value ?? null,
        image_id: imageIdFor(p, v),
        inventory_item_id: num(v.inventoryItem.id),
        inventory_quantity: qty,
        old_inventory_quantity: qty,
      };
    }),
    options: p.options.map((o, i) => ({
      name: o.name,
      id: rawNumber(`${legacyId(p.id)}${String(i + 1).padStart(2, "0")}`),
      product_id: pid,
      position: i + 1,
      values: o.values,
    })),
    images,
    image: images[0] ?? null,
    media: p.media.map((m, i) => ({
      id: num(m.id),
      product_id: pid,
      position: i + 1,
      created_at: restTime(p.createdAt),
      updated_at: restTime(p.updatedAt),
      alt: m.alt,
      status: m.status,
      media_content_type: "IMAGE",
      preview_image: { width: m.image.width, height: m.image.height, src: m.image.url, status: "READY" },
      variant_ids: variantIdsFor(m.image.url),
      admin_graphql_api_id: m.id,
    })),
    variant_gids: [...p.variants]
      .sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0))
      .map((v) => ({ admin_graphql_api_id: v.id, updated_at: v.updatedAt.replace(/Z$/, ".000Z") })),
    has_variants_that_requires_components: false,
    category: p.category
      ? { admin_graphql_api_id: p.category.id, name: p.category.name, full_name: p.category.fullName }
      : null,
  };
}

export function productDeletePayload(p: ProductRecord): Record<string, unknown> {
  return { id: num(p.id) };
}

export function inventoryLevelPayload(
  variant: VariantRecord,
  locationId: string,
  available: number | null,
  updatedAt: string,
): Record<string, unknown> {
  return {
    inventory_item_id: num(variant.inventoryItem.id),
    location_id: num(locationId),
    available,
    updated_at: restTime(updatedAt),
    admin_graphql_api_id: inventoryLevelGid(locationId, variant.inventoryItem.id),
  };
}

export function bulkFinishPayload(op: BulkOperationRecord): Record<string, unknown> {
  return {
    admin_graphql_api_id: op.id,
    completed_at: restTime(op.completedAt),
    created_at: restTime(op.createdAt),
    error_code: op.errorCode ? op.errorCode.toLowerCase() : null,
    status: op.status.toLowerCase(),
    type: op.type.toLowerCase(),
  };
}

export function shopPayload(store: ShopStore): Record<string, unknown> {
  const f = store.facts;
  const primaryLocation = f.locations[0];
  return {
    id: num(f.id),
    name: f.name,
    email: f.email,
    domain: new URL(f.primaryDomainUrl).host,
    province: null,
    country: primaryLocation?.countryCode ?? null,
    address1: null,
    zip: null,
    city: primaryLocation?.city ?? null,
    source: null,
    phone: null,
    latitude: null,
    longitude: null,
    primary_locale: f.locales.find((l) => l.primary)?.locale ?? "en",
    address2: null,
    created_at: null,
    updated_at: null,
    country_code: primaryLocation?.countryCode ?? null,
    country_name: null,
    currency: f.currencyCode,
    customer_email: f.email,
    timezone: `(GMT+00:00) ${f.ianaTimezone}`,
    iana_timezone: f.ianaTimezone,
    shop_owner: f.name,
    money_format: `{{amount}} ${f.currencyCode}`,
    money_with_currency_format: `{{amount}} ${f.currencyCode}`,
    weight_unit: f.weightUnit === "KILOGRAMS" ? "kg" : f.weightUnit === "GRAMS" ? "g" : f.weightUnit === "POUNDS" ? "lb" : "oz",
    province_code: null,
    taxes_included: true,
    plan_display_name: f.plan === "plus" ? "Shopify Plus" : f.plan,
    plan_name: f.plan === "plus" ? "shopify_plus" : f.plan,
    myshopify_domain: f.myshopifyDomain,
    primary_location_id: primaryLocation ? num(primaryLocation.id) : null,
    multi_location_enabled: true,
    enabled_presentment_currencies: [...new Set([f.currencyCode, ...f.markets.map((m) => m.currencyCode)])],
  };
}
