import type { ShopStore } from "./shop-store";
import type { EmulatorState, InventoryEntry, ProductState } from "./types";

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
  return { products, inventory, orders: structuredClone(store.orders) };
}
