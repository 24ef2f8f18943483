/**
 * The architecture boundary (DESIGN.md): app/core and app/channels import no framework, Shopify,
 * database, file system, network, *.server module or IO layer of the app. Enforced by
 * eslint.config.js; this test runs ESLint's Node API with the project config on probe files.
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { ESLint } from "eslint";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const root = resolve(import.meta.dirname, "../..");
const RULE = "@typescript-eslint/no-restricted-imports";
const probeName = `__lint-boundary-probe-${process.pid}.ts`;
const probes = ["app/core", "app/channels"].map((dir) => join(root, dir, probeName));

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: root });
  // A real file under app/core and app/channels, so the config applies exactly as it does to ours.
  for (const probe of probes) {
    mkdirSync(resolve(probe, ".."), { recursive: true });
    writeFileSync(probe, "export {};\n");
  }
});
afterAll(() => {
  for (const probe of probes) rmSync(probe, { force: true });
});

async function restrictedImports(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  expect(result?.messages.filter((m) => m.fatal)).toEqual([]);
  return (result?.messages ?? []).filter((m) => m.ruleId === RULE).map((m) => m.message);
}

const FORBIDDEN = [
  'import { shopifyApi } from "@shopify/shopify-api";',
  'import type { Session } from "@shopify/shopify-api";',
  'import { json } from "@remix-run/node";',
  'import { PrismaClient } from "@prisma/client";',
  'import { defineConfig } from "prisma/config";',
  'import Database from "better-sqlite3";',
  'import { readFileSync } from "node:fs";',
  'import { readFile } from "fs/promises";',
  'import * as fs from "fs";',
  'import { createServer } from "node:http";',
  'import { connect } from "node:net";',
  'import { db } from "../db.server";',
  'import { shopify } from "~/shopify.server.ts";',
  'import { env } from "./env.server.js";',
  'import { ProductsPage } from "~/shopify/documents";',
  'import { importOrder } from "~/services/import-order";',
  'import { repo } from "~/persistence/catalog";',
  'import { worker } from "~/jobs/worker";',
  'import { loader } from "~/routes/app._index";',
  'import { ShopFacts } from "../shopify/documents";',
  'import { Repo } from "../../persistence/catalog";',
  'export { json } from "@remix-run/node";',
  'export * from "node:fs";',
];

describe.each(probes.map((probe) => [probe.slice(root.length + 1), probe] as const))(
  "%s",
  (_name, probe) => {
    it.each(FORBIDDEN)("rejects %s", async (line) => {
      expect(await restrictedImports(probe, `${line}\nexport const x = 1;\n`)).toHaveLength(1);
    });

    it("accepts pure imports: core, channel siblings, node:crypto, zod", async () => {
      const code = [
        'import { createHmac } from "node:crypto";',
        'import { z } from "zod";',
        'import { toMinorUnits } from "~/core/money";',
        'import { mapVariant } from "./map-variant";',
        'import type { ChannelAdapter } from "../channel-adapter";',
        "export const pure = [createHmac, z, toMinorUnits, mapVariant];",
        "export type Adapter = ChannelAdapter;",
      ].join("\n");
      const [result] = await eslint.lintText(code, { filePath: probe });
      expect(result?.messages).toEqual([]);
      expect(result?.errorCount).toBe(0);
    });
  },
);

it("leaves the rest of the app free to use the framework", async () => {
  const code = 'import { json } from "@remix-run/node";\nimport { db } from "~/db.server";\nexport const x = [json, db];\n';
  expect(await restrictedImports(join(root, "app/services", probeName), code)).toEqual([]);
});
