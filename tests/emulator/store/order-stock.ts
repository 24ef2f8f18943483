/**
 * Stock moved by orders (orderCreate claims, cancel and refund restocks). Every level that
 * changes fires inventory_levels/update, exactly as ShopHandle.setAvailable does.
 */
import { inventoryLevelPayload } from "../webhook-payloads";
import type { Emit } from "./emit";
import type { ShopStore } from "./shop-store";

export interface StockChange {
  variantId: string;
  locationId: string;
  delta: number;
}

export function applyStockChanges(store: ShopStore, emit: Emit, changes: readonly StockChange[]): void {
  const now = store.now();
  for (const c of changes) {
    if (c.delta === 0) continue;
    const ref = store.variant(c.variantId);
    if (!ref) continue; // the variant was deleted since the order: nothing to restock
    const item = ref.variant.inventoryItem.id;
    const available = (store.inventory.get(item, c.locationId) ?? 0) + c.delta;
    store.setAvailable(item, c.locationId, available);
    emit("inventory_levels/update", inventoryLevelPayload(ref.variant, c.locationId, available, now));
  }
}

/** Where a restock goes: the location the line was claimed from, else the shop's first location. */
export function restockLocation(store: ShopStore, claimedFrom: string | null): string | null {
  if (claimedFrom && store.location(claimedFrom)) return claimedFrom;
  return store.facts.locations.find((l) => l.isActive)?.id ?? store.facts.locations[0]?.id ?? null;
}
