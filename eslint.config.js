// @ts-check
/**
 * ESLint 9 flat config: recommended JS + typescript-eslint rules (not type-aware, for speed),
 * and the architecture boundary of DESIGN.md: app/core and app/channels are pure — no framework,
 * no Shopify, no database, no file system or network, no *.server modules, and none of the app
 * layers that do IO. tests/lint/boundaries.test.ts proves the boundary holds.
 */
import js from "@eslint/js";
import { defineConfig, globalIgnores } from "eslint/config";
import tseslint from "typescript-eslint";

/** Import patterns app/core and app/channels may not use (matched against the import string). */
const boundaryPatterns = [
  {
    regex: "^(@shopify|@remix-run|@prisma)/",
    message: "core/channels stay framework-free: no @shopify/*, @remix-run/* or @prisma/* (use a port).",
  },
  {
    regex: "^(prisma|better-sqlite3)(/|$)",
    message: "core/channels do not touch the database: define a port, implement it in app/persistence.",
  },
  {
    regex: "^(node:)?(fs|http|https|http2|net|tls|dgram|child_process)(/|$)",
    message: "core/channels do no IO (file system, network, processes): take data or a port as input.",
  },
  {
    regex: "(^|/)[^/]*\\.server(\\.[cm]?[jt]sx?)?(/|$)",
    message: "core/channels may not import *.server modules.",
  },
  {
    regex: "^(~|app)/(services|persistence|shopify|jobs|routes)(/|$)",
    message: "core/channels may not depend on services, persistence, shopify, jobs or routes.",
  },
  {
    regex: "^(\\.\\./)+(services|persistence|shopify|jobs|routes)(/|$)",
    message: "core/channels may not depend on services, persistence, shopify, jobs or routes.",
  },
];

export default defineConfig(
  globalIgnores(["build/", "node_modules/", "app/shopify/generated/", ".cache/", "public/build/"]),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx,mts,cts}"],
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrorsIgnorePattern: "^_" },
      ],
    },
  },
  {
    name: "boundaries/core-and-channels",
    files: ["app/core/**/*.{ts,tsx,js,mjs}", "app/channels/**/*.{ts,tsx,js,mjs}"],
    rules: {
      "no-restricted-imports": "off",
      // The TS version also covers `import type` and `import x = require()`.
      "@typescript-eslint/no-restricted-imports": ["error", { patterns: boundaryPatterns }],
    },
  },
  {
    name: "shopify/documents",
    files: ["app/shopify/documents/**/*.ts"],
    rules: {
      // `/* GraphQL */ \`...\`;` statements are codegen's input (see codegen.ts), not dead code.
      "@typescript-eslint/no-unused-expressions": "off",
    },
  },
);
