/**
 * The typed mutation API tests and the demo use to change what the emulated Shopify holds.
 * Every change bumps `updatedAt` and fires the webhook Shopify would fire.
 */
import { inventoryLevelPayload, productDeletePayload, productPayload } from "../webhook-payloads";
import { gidType } from "./ids";
import {
  InputError,
  makeMedia,
  makeProduct,
  makeVariant,
  money,
  moneyOrNull,
  categoryRecord,
  optionsFromVariants,
  putMetafield,
  type ProductInput,
  type VariantInput,
} from "./normalize";
import type { ShopStore } from "./shop-store";
import type { Emit } from "./emit";
import { cancelOrder, fulfillOrder, type CancelOptions } from "./order-changes";
import { createOrder, type InventoryBehaviour, type NewOrder } from "./order-create";
import type { OrderResult } from "./order-result";
import type { FulfillmentRecord, ImageData, OrderRecord, ProductRecord, ShopFacts, VariantRecord } from "./types";

export type { Emit } from "./emit";

export type ProductPatch = Partial<
  Pick<
    ProductRecord,
    "title" | "handle" | "descriptionHtml" | "vendor" | "productType" | "tags" | "status" | "onlineStoreUrl" | "options" | "seo"
  >
> & { category?: ProductInput["category"] };

export type VariantPatch = Partial<
  Pick<VariantRecord, "title" | "sku" | "barcode" | "price" | "compareAtPrice" | "inventoryPolicy" | "selectedOptions" | "position" | "image" | "taxable">
> & { tracked?: boolean; weight?: VariantRecord["inventoryItem"]["weight"] };

export class ShopHandle {
  constructor(
    readonly store: ShopStore,
    private readonly emit: Emit,
  ) {}

  get domain(): string {
    return this.store.domain;
  }

  get facts(): ShopFacts {
    return this.store.facts;
  }

  product(id: string): ProductRecord | undefined {
    return this.store.products.get(id);
  }

  products(): readonly ProductRecord[] {
    return this.store.productList();
  }

  variant(id: string): VariantRecord | undefined {
    return this.store.variant(id)?.variant;
  }

  variantBySku(sku: string): VariantRecord | undefined {
    return this.store.variantList().find((r) => r.variant.sku === sku)?.variant;
  }

  available(variantId: string, locationId: string): number | undefined {
    const v = this.mustVariant(variantId).variant;
    return this.store.inventory.get(v.inventoryItem.id, locationId);
  }

  // ---- products ---------------------------------------------------------------------------

  createProduct(input: ProductInput): ProductRecord {
    if (input.id && this.store.products.has(input.id)) throw new InputError(`Product ${input.id} already exists`);
    const product = makeProduct(this.store, input);
    this.store.putProduct(product);
    input.variants?.forEach((v, i) => this.applyStock(product.variants[i], v.available));
    if (!input.variants?.length) this.applyStock(product.variants[0], 0);
    this.emit("products/create", productPayload(this.store, product));
    return product;
  }

  updateProduct(id: string, patch: ProductPatch): ProductRecord {
    const p = this.mustProduct(id);
    const { category, ...rest } = patch;
    Object.assign(p, rest);
    if (category !== undefined) p.category = categoryRecord(category);
    if (patch.status && patch.status !== "ACTIVE" && patch.onlineStoreUrl === undefined) p.onlineStoreUrl = null;
    this.touch(p);
    return p;
  }

  deleteProduct(id: string): void {
    const p = this.store.removeProduct(id);
    if (!p) throw new InputError(`No product ${id}`);
    this.emit("products/delete", productDeletePayload(p));
  }

  addVariant(productId: string, input: VariantInput): VariantRecord {
    const p = this.mustProduct(productId);
    if (p.variants.length >= 2048) throw new InputError("A product can have at most 2048 variants");
    const v = makeVariant(this.store, p, { position: p.variants.length + 1, ...input }, p.variants.length);
    v.createdAt = this.store.now();
    p.variants.push(v);
    p.options = mergeOptions(p, v);
    this.store.reindex(p);
    this.applyStock(v, input.available ?? 0);
    this.touch(p, v);
    return v;
  }

  updateVariant(variantId: string, patch: VariantPatch): VariantRecord {
    const { variant: v, product: p } = this.mustVariant(variantId);
    const { tracked, weight, price, compareAtPrice, ...rest } = patch;
    Object.assign(v, rest);
    if (price !== undefined) v.price = money(price, "price");
    if (compareAtPrice !== undefined) v.compareAtPrice = moneyOrNull(compareAtPrice, "compareAtPrice");
    if (tracked !== undefined) v.inventoryItem.tracked = tracked;
    if (weight !== undefined) v.inventoryItem.weight = weight;
    if (patch.selectedOptions) p.options = mergeOptions(p, v);
    this.touch(p, v);
    return v;
  }

  deleteVariant(variantId: string): void {
    const { variant: v, product: p } = this.mustVariant(variantId);
    if (p.variants.length === 1) throw new InputError("A product must keep at least one variant");
    p.variants = p.variants.filter((x) => x !== v);
    p.variants.forEach((x, i) => (x.position = i + 1));
    p.options = optionsFromVariants(p.variants);
    this.store.inventory.delete(v.inventoryItem.id);
    this.store.reindex(p);
    this.touch(p);
  }

  addMedia(productId: string, media: { alt?: string | null; image: ImageData }): ProductRecord {
    const p = this.mustProduct(productId);
    p.media.push(makeMedia(this.store, media));
    this.touch(p);
    return p;
  }

  removeMedia(productId: string, mediaId: string): ProductRecord {
    const p = this.mustProduct(productId);
    p.media = p.media.filter((m) => m.id !== mediaId);
    this.touch(p);
    return p;
  }

  /**
   * Set (or with `value` null, delete) the metafield `namespace.key` of a product or variant, as
   * metafieldsSet / metafieldsDelete would; fires products/update like any product change.
   */
  setMetafield(ownerId: string, namespace: string, key: string, value: string | null, type = "single_line_text_field"): void {
    const owner = gidType(ownerId) === "ProductVariant" ? this.mustVariant(ownerId) : { product: this.mustProduct(ownerId), variant: undefined };
    const record = owner.variant ?? owner.product;
    record.metafields =
      value === null
        ? record.metafields.filter((m) => !(m.namespace === namespace && m.key === key))
        : putMetafield(this.store, record.metafields, { namespace, key, value, type });
    this.touch(owner.product, owner.variant);
  }

  // ---- inventory ---------------------------------------------------------------------------

  /** Set `available` at a location; fires inventory_levels/update. */
  setAvailable(variantId: string, locationId: string, available: number): void {
    const { variant: v } = this.mustVariant(variantId);
    if (!this.store.location(locationId)) throw new InputError(`No location ${locationId}`);
    if (!Number.isInteger(available)) throw new InputError("available must be an integer");
    this.store.setAvailable(v.inventoryItem.id, locationId, available);
    const now = this.store.now();
    this.emit("inventory_levels/update", inventoryLevelPayload(v, locationId, available, now));
  }

  adjustAvailable(variantId: string, locationId: string, delta: number): number {
    const next = (this.available(variantId, locationId) ?? 0) + delta;
    this.setAvailable(variantId, locationId, next);
    return next;
  }

  // ---- prices and translations (no webhook: Shopify fires none for these) ------------------------

  setContextualPrice(variantId: string, country: string, price: { amount: string; currencyCode: string }, compareAtPrice: { amount: string; currencyCode: string } | null = null): void {
    const { variant: v } = this.mustVariant(variantId);
    const entry = {
      country,
      price: { amount: money(price.amount, "price"), currencyCode: price.currencyCode },
      compareAtPrice: compareAtPrice ? { amount: money(compareAtPrice.amount, "compareAtPrice"), currencyCode: compareAtPrice.currencyCode } : null,
    };
    v.contextualPrices = [...v.contextualPrices.filter((c) => c.country !== country), entry];
  }

  setTranslation(productId: string, locale: string, key: string, value: string): void {
    const p = this.mustProduct(productId);
    p.translations = [...p.translations.filter((t) => !(t.locale === locale && t.key === key)), { locale, key, value }];
  }

  // ---- orders ------------------------------------------------------------------------------

  orders(): readonly OrderRecord[] {
    return this.store.orders;
  }

  order(id: string): OrderRecord | undefined {
    return this.store.order(id);
  }

  /** An order as orderCreate makes it (stock claimed, webhooks fired); seeds tests and the demo. */
  createOrder(input: Partial<NewOrder> & Pick<NewOrder, "lines">, behaviour: InventoryBehaviour = "DECREMENT_IGNORING_POLICY"): OrderRecord {
    return must(createOrder(this.store, this.emit, { ...EMPTY_ORDER, ...input }, behaviour));
  }

  /** The merchant cancels in the Shopify admin: restock and refund by default; fires orders/cancelled. */
  cancelOrder(id: string, opts: Partial<CancelOptions> = {}): OrderRecord {
    return must(cancelOrder(this.store, this.emit, id, { reason: "CUSTOMER", restock: true, refund: true, ...opts }));
  }

  /** The merchant fulfils every open line with one tracking number; fires fulfillments/create. */
  fulfillOrder(id: string, tracking: { trackingNumber?: string | null; company?: string | null } = {}): FulfillmentRecord {
    return must(fulfillOrder(this.store, this.emit, id, tracking));
  }

  /** Accept at most `perMinute` orderCreate calls per minute (development stores: about 5); null: no limit. */
  limitOrderCreates(perMinute: number | null): void {
    this.store.orderCreates.limit = perMinute;
  }

  // ---- helpers -------------------------------------------------------------------------------

  private touch(p: ProductRecord, v?: VariantRecord): void {
    if (v) v.updatedAt = this.store.bump(v.updatedAt);
    p.updatedAt = this.store.bump(p.updatedAt);
    this.emit("products/update", productPayload(this.store, p));
  }

  private applyStock(v: VariantRecord, available: VariantInput["available"]): void {
    if (available === undefined) return;
    if (typeof available === "number") {
      const loc = this.store.facts.locations[0];
      if (loc) this.store.setAvailable(v.inventoryItem.id, loc.id, available);
      return;
    }
    for (const [loc, qty] of Object.entries(available)) {
      if (!this.store.location(loc)) throw new InputError(`No location ${loc}`);
      this.store.setAvailable(v.inventoryItem.id, loc, qty);
    }
  }

  private mustProduct(id: string): ProductRecord {
    const p = this.store.products.get(id);
    if (!p) throw new InputError(`No product ${id}${gidType(id) === "Product" ? "" : " (not a Product gid)"}`);
    return p;
  }

  private mustVariant(id: string) {
    const r = this.store.variant(id);
    if (!r) throw new InputError(`No variant ${id}`);
    return r;
  }
}

function mergeOptions(p: ProductRecord, v: VariantRecord) {
  const opts = p.options.map((o) => ({ name: o.name, values: [...o.values] }));
  for (const s of v.selectedOptions) {
    let o = opts.find((x) => x.name === s.name);
    if (!o) opts.push((o = { name: s.name, values: [] }));
    if (!o.values.includes(s.value)) o.values.push(s.value);
  }
  return opts;
}

const EMPTY_ORDER: NewOrder = {
  currency: null,
  lines: [],
  shippingLines: [],
  taxLines: [],
  discountCodes: [],
  transactions: [],
  sourceName: null,
  sourceIdentifier: null,
  tags: [],
  note: null,
  email: null,
  phone: null,
  shippingAddress: null,
  processedAt: null,
  taxesIncluded: false,
};

function must<T>(r: OrderResult<T>): T {
  if (!r.ok) throw new InputError(r.errors.map((e) => e.message).join("; "));
  return r.value;
}
