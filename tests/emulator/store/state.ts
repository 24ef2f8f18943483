import type { ShopStore } from "./shop-store";
import type { EmulatorState, InventoryEntry, OrderRecord, OrderState, ProductState } from "./types";

/** What the emulated Shopify holds, in the shape of emulator-state.json (deep copies). */
export function snapshotState(store: ShopStore): EmulatorState {
  const products: ProductState[] = [];
  const inventory: InventoryEntry[] = [];
  for (const p of store.productList()) {
    const { collectionIds, variants, ...rest } = p;
    products.push(
      structuredClone({
        ...rest,
        collections: collectionIds
          .map((id) => store.collections.get(id))
          .filter((c) => !!c)
          .map((c) => ({ id: c!.id, title: c!.title, handle: c!.handle })),
        variants: variants.map((v) => ({ ...v, inventoryQuantity: store.inventoryQuantity(v) })),
      }),
    );
    for (const v of variants) {
      for (const loc of store.facts.locations) {
        const available = store.inventory.get(v.inventoryItem.id, loc.id);
        if (available !== undefined) inventory.push({ variantId: v.id, locationId: loc.id, available });
      }
    }
  }
  return { products, inventory, orders: store.orders.map(orderState) };
}

/** Exactly the keys catalog-jsonl.md specifies for emulator-state.json. */
export function orderState(o: OrderRecord): OrderState {
  return {
    id: o.id,
    name: o.name,
    sourceName: o.sourceName,
    sourceIdentifier: o.sourceIdentifier,
    tags: [...o.tags],
    currencyCode: o.currencyCode,
    totalPrice: o.totalPrice,
    cancelledAt: o.cancelledAt,
    lineItems: o.lineItems.map((l) => ({ variantId: l.variantId, sku: l.sku, quantity: l.quantity, price: l.price })),
    refunds: o.refunds.map((r) => ({
      amount: r.amount,
      lineItems: r.lineItems.map((l) => ({ variantId: l.variantId, quantity: l.quantity })),
    })),
  };
}
