import { compareGids, gid, parseGid } from "./ids";
import { InventoryTable } from "./inventory";
import { RateWindow } from "./rate-window";
import type {
  CollectionRecord,
  OrderRecord,
  ProductRecord,
  ShopFacts,
  VariantRecord,
} from "./types";

/** Shopify's DateTime format: seconds resolution, UTC, `Z`. */
export function isoSeconds(d: Date): string {
  return d.toISOString().replace(/\.\d{3}Z$/, "Z");
}

export function normalizeDate(value: unknown, fallback: string): string {
  if (typeof value !== "string" || value === "") return fallback;
  const t = Date.parse(value);
  return Number.isNaN(t) ? fallback : isoSeconds(new Date(t));
}

export interface VariantRef {
  variant: VariantRecord;
  product: ProductRecord;
}

/**
 * In-memory data of one installed shop plus the indexes the resolvers need.
 * It knows nothing about HTTP, GraphQL or webhooks.
 */
export class ShopStore {
  readonly products = new Map<string, ProductRecord>();
  readonly collections = new Map<string, CollectionRecord>();
  readonly orders: OrderRecord[] = [];
  /** refundCreate results by their @idempotent key. */
  readonly refundKeys = new Map<string, { orderId: string; refundId: string }>();
  /** orderCreate calls per minute (development stores accept about 5); unlimited by default. */
  readonly orderCreates = new RateWindow(60_000);
  inventory = new InventoryTable();

  private readonly variants = new Map<string, VariantRef>();
  private readonly items = new Map<string, VariantRef>();
  private readonly indexed = new Map<string, VariantRef[]>();
  private readonly counters = new Map<string, bigint>();
  private sorted: ProductRecord[] | null = null;
  private sortedVariants: VariantRef[] | null = null;

  constructor(
    public facts: ShopFacts,
    public accessToken: string,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  get domain(): string {
    return this.facts.myshopifyDomain;
  }

  now(): string {
    return isoSeconds(this.clock());
  }

  nowMs(): number {
    return this.clock().getTime();
  }

  /** A timestamp that is now, and strictly later than `previous` (Shopify stamps are per second). */
  bump(previous: string | null | undefined): string {
    const now = this.now();
    if (!previous || now > previous) return now;
    return isoSeconds(new Date(Date.parse(previous) + 1000));
  }

  /** Remember an id so that `nextId` never hands it out again. */
  observeId(id: string): void {
    const p = parseGid(id);
    if (!p || !/^\d+$/.test(p.legacyId)) return;
    const n = BigInt(p.legacyId);
    const cur = this.counters.get(p.type);
    if (cur === undefined || n > cur) this.counters.set(p.type, n);
  }

  nextId(type: string, start = 1000n): string {
    const n = (this.counters.get(type) ?? start) + 1n;
    this.counters.set(type, n);
    return gid(type, n);
  }

  // ---- products & variants -------------------------------------------------------------

  putProduct(product: ProductRecord): void {
    const old = this.products.get(product.id);
    if (old) this.unindex(old);
    this.products.set(product.id, product);
    this.index(product);
    this.sorted = null;
  }

  removeProduct(id: string): ProductRecord | undefined {
    const p = this.products.get(id);
    if (!p) return undefined;
    this.unindex(p);
    for (const v of p.variants) this.inventory.delete(v.inventoryItem.id);
    this.products.delete(id);
    this.sorted = null;
    return p;
  }

  /** Call after changing a product's variants array or ids in place. */
  reindex(product: ProductRecord): void {
    this.unindex(product);
    this.index(product);
  }

  private index(p: ProductRecord): void {
    this.observeId(p.id);
    for (const m of p.media) this.observeId(m.id);
    const refs: VariantRef[] = [];
    for (const v of p.variants) {
      const ref = { variant: v, product: p };
      refs.push(ref);
      this.variants.set(v.id, ref);
      this.items.set(v.inventoryItem.id, ref);
      this.observeId(v.id);
      this.observeId(v.inventoryItem.id);
    }
    this.indexed.set(p.id, refs);
    this.sortedVariants = null;
  }

  private unindex(p: ProductRecord): void {
    for (const ref of this.indexed.get(p.id) ?? []) {
      if (this.variants.get(ref.variant.id) === ref) this.variants.delete(ref.variant.id);
      if (this.items.get(ref.variant.inventoryItem.id) === ref) this.items.delete(ref.variant.inventoryItem.id);
    }
    this.indexed.delete(p.id);
    this.sortedVariants = null;
  }

  /** Products ordered by id (Shopify's default sort key). */
  productList(): ProductRecord[] {
    if (!this.sorted) this.sorted = [...this.products.values()].sort((a, b) => compareGids(a.id, b.id));
    return this.sorted;
  }

  /** Variants ordered by id. */
  variantList(): VariantRef[] {
    if (!this.sortedVariants) {
      this.sortedVariants = [...this.variants.values()].sort((a, b) => compareGids(a.variant.id, b.variant.id));
    }
    return this.sortedVariants;
  }

  variant(id: string): VariantRef | undefined {
    return this.variants.get(id);
  }

  byInventoryItem(id: string): VariantRef | undefined {
    return this.items.get(id);
  }

  variantCount(): number {
    return this.variants.size;
  }

  // ---- inventory -------------------------------------------------------------------------

  setAvailable(inventoryItemId: string, locationId: string, available: number): void {
    this.inventory.set(inventoryItemId, locationId, available);
  }

  inventoryQuantity(variant: VariantRecord): number {
    return this.inventory.sum(variant.inventoryItem.id);
  }

  // ---- other facts --------------------------------------------------------------------------

  location(id: string) {
    return this.facts.locations.find((l) => l.id === id);
  }

  market(id: string) {
    return this.facts.markets.find((m) => m.id === id);
  }

  order(id: string): OrderRecord | undefined {
    return this.orders.find((o) => o.id === id);
  }

  putCollection(c: CollectionRecord): void {
    this.collections.set(c.id, c);
    this.observeId(c.id);
  }

  collectionList(): CollectionRecord[] {
    return [...this.collections.values()].sort((a, b) => compareGids(a.id, b.id));
  }

  /** Remove every product, collection, order and stock level (facts stay). */
  clearCatalog(): void {
    this.products.clear();
    this.collections.clear();
    this.inventory.clear();
    this.variants.clear();
    this.items.clear();
    this.indexed.clear();
    this.sortedVariants = null;
    this.orders.length = 0;
    this.refundKeys.clear();
    this.sorted = null;
  }
}
