import { compareGids, gid, legacyId } from "../store/ids";
import type { LocationRecord } from "../store/types";
import { connection, type ResolverMap } from "./context";
import { countryName, inventoryLevelViews, inventoryItemView, type InventoryItemView, type InventoryLevelView } from "./views";

const QUANTITY_NAMES = new Set([
  "available",
  "on_hand",
  "committed",
  "incoming",
  "reserved",
  "damaged",
  "quality_control",
  "safety_stock",
]);

export const inventoryResolvers: ResolverMap = {
  InventoryItem: {
    legacyResourceId: (i: InventoryItemView) => legacyId(i.id),
    sku: (i: InventoryItemView) => i.ref.variant.sku,
    tracked: (i: InventoryItemView) => i.ref.variant.inventoryItem.tracked,
    requiresShipping: () => true,
    measurement: (i: InventoryItemView, _a, ctx) => ({
      id: gid("InventoryItemMeasurement", legacyId(i.id)),
      weight: i.ref.variant.inventoryItem.weight ?? { value: 0, unit: ctx.store.facts.weightUnit },
    }),
    inventoryLevels: (i: InventoryItemView, args, ctx, info) =>
      connection(
        inventoryLevelViews(ctx.store, i.ref).sort((a, b) => compareGids(a.location.id, b.location.id)),
        args,
        ctx,
        info,
        { id: (l) => l.location.id },
      ),
    inventoryLevel: (i: InventoryItemView, { locationId }, ctx) =>
      inventoryLevelViews(ctx.store, i.ref).find((l) => l.location.id === locationId) ?? null,
    variant: (i: InventoryItemView) => i.ref.variant,
    createdAt: (i: InventoryItemView) => i.ref.variant.createdAt,
    updatedAt: (i: InventoryItemView) => i.ref.variant.updatedAt,
    countryCodeOfOrigin: () => null,
    provinceCodeOfOrigin: () => null,
    harmonizedSystemCode: () => null,
    unitCost: () => null,
    duplicateSkuCount: () => 0,
    inventoryHistoryUrl: () => null,
    trackedEditable: () => ({ locked: false, reason: null }),
  },

  InventoryLevel: {
    item: (l: InventoryLevelView) => inventoryItemView(l.ref),
    quantities: (l: InventoryLevelView, { names }) =>
      (names as string[]).map((name) => ({
        id: gid("InventoryQuantity", `${legacyId(l.location.id)}?inventory_item_id=${legacyId(l.ref.variant.inventoryItem.id)}&name=${name}`),
        name,
        quantity: QUANTITY_NAMES.has(name) && (name === "available" || name === "on_hand") ? l.available : 0,
        updatedAt: l.ref.variant.updatedAt,
      })),
    canDeactivate: () => true,
    deactivationAlert: () => null,
    createdAt: (l: InventoryLevelView) => l.ref.variant.createdAt,
    updatedAt: (l: InventoryLevelView) => l.ref.variant.updatedAt,
    incoming: () => 0,
  },

  Location: {
    legacyResourceId: (l: LocationRecord) => legacyId(l.id),
    address: (l: LocationRecord) => ({
      address1: null,
      address2: null,
      city: l.city,
      country: l.countryCode ? countryName(l.countryCode) : null,
      countryCode: l.countryCode,
      formatted: [l.city, l.countryCode ? countryName(l.countryCode) : null].filter(Boolean),
      latitude: null,
      longitude: null,
      phone: null,
      province: null,
      provinceCode: null,
      zip: null,
    }),
    isPrimary: (l: LocationRecord, _a, ctx) => ctx.store.facts.locations[0]?.id === l.id,
    activatable: () => false,
    deactivatable: () => true,
    deletable: () => false,
    addressVerified: () => true,
    hasActiveInventory: () => true,
    hasUnfulfilledOrders: () => false,
    isFulfillmentService: () => false,
    shipsInventory: () => true,
    fulfillmentService: () => null,
    localPickupSettingsV2: () => null,
    deactivatedAt: () => null,
    suggestedAddresses: () => [],
    createdAt: (_l, _a, ctx) => ctx.store.now(),
    updatedAt: (_l, _a, ctx) => ctx.store.now(),
    inventoryLevels: (l: LocationRecord, args, ctx, info) => {
      const levels: InventoryLevelView[] = [];
      for (const ref of ctx.store.variantList()) {
        const found = inventoryLevelViews(ctx.store, ref).find((x) => x.location.id === l.id);
        if (found) levels.push(found);
      }
      const itemId = (x: InventoryLevelView) => x.ref.variant.inventoryItem.id;
      levels.sort((a, b) => compareGids(itemId(a), itemId(b)));
      return connection(levels, args, ctx, info, { id: itemId });
    },
    inventoryLevel: (l: LocationRecord, { inventoryItemId }, ctx) => {
      const ref = ctx.store.byInventoryItem(String(inventoryItemId));
      return ref ? (inventoryLevelViews(ctx.store, ref).find((x) => x.location.id === l.id) ?? null) : null;
    },
  },
};
