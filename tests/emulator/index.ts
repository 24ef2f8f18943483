/**
 * Store emulator: stands in for Shopify (Admin GraphQL over HTTP against the real schema, cost
 * bucket, bulk operations, signed webhooks) in the demo and in integration tests.
 *
 *   const emu = await startEmulator({ apiSecret, appUrl });
 *   emu.installShop({ domain: "demo.myshopify.com", accessToken: "shpat_test" });
 *   emu.loadGenerated("demo.myshopify.com", { products: 200, seed: 1 });
 *   // point the app's Admin client at emu.url …
 *   await emu.close();
 */
import { Emulator, type EmulatorOptions } from "./emulator";

export async function startEmulator(opts: EmulatorOptions): Promise<Emulator> {
  return new Emulator(opts).start();
}

export { Emulator, DEFAULT_TOML_PATH, type EmulatorOptions, type InstallShopOptions } from "./emulator";
export { ShopHandle, type ProductPatch, type VariantPatch } from "./store/mutations";
export type { ProductInput, VariantInput } from "./store/normalize";
export type * from "./store/types";
export { Webhooks, signBody, readSubscriptions, type Delivery, type Subscription } from "./webhooks";
export type { FaultOptions } from "./faults";
export type { ThrottleStatus } from "./bucket";
export type { BulkOperationRecord, BulkStatus } from "./bulk";
export type { RequestRecord } from "./server";
export { generateCatalog, gtinCheckDigit, type GenerateOptions, type GeneratedCatalog } from "./generator";
export { readCatalogFile, readCatalogLines, CatalogError, type CatalogSummary } from "./catalog-reader";
export { writeCatalogFile, storeSource, type CatalogSource, type WriteSummary } from "./catalog-writer";
export { loadEmulatorSchema, ADMIN_SCHEMA_PATH, EXTENSIONS_SCHEMA_PATH } from "./schema";
