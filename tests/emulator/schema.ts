import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { buildASTSchema, extendSchema, parse, visit, type DocumentNode, type GraphQLSchema } from "graphql";

const here = path.dirname(fileURLToPath(import.meta.url));
const schemaDir = path.resolve(here, "../../app/shopify/schema");

export const ADMIN_SCHEMA_PATH = path.join(schemaDir, "admin-2025-09.graphql");
export const EXTENSIONS_SCHEMA_PATH = path.join(schemaDir, "extensions-2026-10.graphql");

const cache = new Map<string, GraphQLSchema>();

/** Parse SDL without locations and descriptions: execution and validation need neither (half the memory). */
function lean(sdl: string): DocumentNode {
  return visit(parse(sdl, { noLocation: true }), {
    enter(node) {
      return "description" in node && node.description ? { ...node, description: undefined } : undefined;
    },
  });
}

/**
 * The real Admin schema (SDL), extended with our extension SDL when that file exists.
 * Built once per process (about half a second) and cached by file paths and mtimes.
 */
export function loadEmulatorSchema(
  adminPath: string = ADMIN_SCHEMA_PATH,
  extensionsPath: string | null = EXTENSIONS_SCHEMA_PATH,
): GraphQLSchema {
  const ext = extensionsPath && existsSync(extensionsPath) ? extensionsPath : null;
  const key = [adminPath, statSync(adminPath).mtimeMs, ext, ext ? statSync(ext).mtimeMs : 0].join("|");
  const hit = cache.get(key);
  if (hit) return hit;
  let schema = buildASTSchema(lean(readFileSync(adminPath, "utf8")), { assumeValidSDL: true });
  if (ext) schema = extendSchema(schema, lean(readFileSync(ext, "utf8")), { assumeValidSDL: true });
  cache.set(key, schema);
  return schema;
}
