/**
 * Run the store emulator standalone:
 *   npx tsx tests/emulator/cli.ts --port 4000 --products 200 --seed 1 --shop demo.myshopify.com \
 *     --token shpat_demo --api-secret S --app-url http://localhost:3000 [--catalog FILE] [--write-catalog FILE]
 * --catalog loads a catalog file (else --products generates one); --write-catalog writes what the
 * shop holds to FILE after loading. Stops on SIGINT/SIGTERM.
 */
import { parseArgs } from "node:util";
import { startEmulator } from "./index";

const { values: a } = parseArgs({
  options: {
    port: { type: "string", default: "4000" },
    host: { type: "string", default: "127.0.0.1" },
    products: { type: "string", default: "200" },
    variants: { type: "string" },
    seed: { type: "string", default: "1" },
    catalog: { type: "string" },
    "write-catalog": { type: "string" },
    "app-url": { type: "string" },
    "api-secret": { type: "string", default: process.env.SHOPIFY_API_SECRET ?? "emulator-secret" },
    shop: { type: "string", default: "demo.myshopify.com" },
    token: { type: "string", default: "shpat_emulator" },
    plan: { type: "string", default: "basic" },
    toml: { type: "string" },
    "restore-rate": { type: "string" },
    "maximum-available": { type: "string" },
    "foreign-children": { type: "boolean", default: false },
    help: { type: "boolean", default: false },
  },
});

if (a.help) {
  console.log(
    "usage: tsx tests/emulator/cli.ts [--port 4000] [--products 200] [--variants N] [--seed 1] [--catalog FILE]\n" +
      "  [--write-catalog FILE] [--app-url URL] [--api-secret S] [--shop x.myshopify.com] [--token T]\n" +
      "  [--plan basic|plus] [--toml shopify.app.toml] [--restore-rate N] [--maximum-available N] [--foreign-children]",
  );
  process.exit(0);
}

const num = (v: string | undefined) => (v === undefined ? undefined : Number(v));

const emu = await startEmulator({
  apiSecret: a["api-secret"]!,
  appUrl: a["app-url"] ?? null,
  tomlPath: a.toml,
  port: num(a.port),
  host: a.host,
  restoreRate: num(a["restore-rate"]),
  maximumAvailable: num(a["maximum-available"]),
  foreignChildren: a["foreign-children"],
});

const domain = a.shop!;
emu.installShop({ domain, accessToken: a.token!, plan: a.plan as "basic" | "plus" });
const summary = a.catalog
  ? await emu.loadCatalog(domain, a.catalog)
  : emu.loadGenerated(domain, { products: Number(a.products), seed: Number(a.seed), variantsPerProduct: num(a.variants) });
if (a["write-catalog"]) {
  const w = await emu.writeCatalog(domain, a["write-catalog"]);
  console.log(`wrote ${w.lines} lines (${w.bytes} bytes) to ${a["write-catalog"]}`);
}

console.log(
  JSON.stringify(
    {
      url: emu.url,
      graphql: `${emu.url}/admin/api/2026-10/graphql.json`,
      shop: domain,
      accessToken: a.token,
      catalog: summary,
      webhooks: { appUrl: a["app-url"] ?? null, subscriptions: emu.webhooks.subscriptions.map((s) => `${s.topics.join(",")} -> ${s.uri}`) },
    },
    null,
    2,
  ),
);

const stop = () => {
  void emu.close().then(() => process.exit(0));
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
