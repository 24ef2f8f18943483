/**
 * The committed codegen output is what `npm run codegen` produces now (offline, deterministic):
 * a document edited without regenerating fails here.
 */
import { readFileSync } from "node:fs";
import { generate } from "@graphql-codegen/cli";
import { expect, it } from "vitest";
import config from "../../codegen";

it("app/shopify/generated is up to date with the documents (run `npm run codegen`)", async () => {
  const outputs = await generate({ ...config, silent: true, cwd: process.cwd() }, false);
  expect(outputs.length).toBeGreaterThan(0);
  for (const { filename, content } of outputs) {
    expect(readFileSync(filename, "utf8"), filename).toBe(content);
  }
}, 120_000);
