/**
 * Loaders for the Admin GraphQL schemas we validate against (tests, the store emulator, scripts).
 *
 * - `loadAdminSchema()`        2025-09 (unstable, a superset of 2025-10) SDL + our 2026-10 extension
 * - `loadAdminSchema2025_01()` 2025-01 stable introspection (gzipped JSON) + our 2026-10 extension
 *
 * A document valid in both is very likely valid in every current stable version, including the
 * 2026-10 version the app pins (the extension adds what 2026-10 has and these files lack).
 *
 * Node-only (reads files next to this module); never import it from app code that runs in the
 * browser or in `app/core` / `app/channels`. Each schema is built once per process.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";
import {
  buildClientSchema,
  buildSchema,
  extendSchema,
  parse,
  type DocumentNode,
  type GraphQLSchema,
  type IntrospectionQuery,
} from "graphql";

const schemaFile = (name: string): string => fileURLToPath(new URL(`./${name}`, import.meta.url));

export const ADMIN_SCHEMA_FILES = {
  sdl2025_09: schemaFile("admin-2025-09.graphql"),
  introspection2025_01: schemaFile("admin-2025-01.introspection.json.gz"),
  extension2026_10: schemaFile("extensions-2026-10.graphql"),
} as const;

let extensionDocument: DocumentNode | undefined;
let schema2025_09: GraphQLSchema | undefined;
let schema2025_01: GraphQLSchema | undefined;

/** The parsed 2026-10 extension (directives and fields 2026-10 has that the reference files lack). */
export function loadAdminSchemaExtension(): DocumentNode {
  extensionDocument ??= parse(readFileSync(ADMIN_SCHEMA_FILES.extension2026_10, "utf8"));
  return extensionDocument;
}

/** Apply the 2026-10 extension; the extension itself is validated, the big base schema is trusted. */
export function withAdminExtension(base: GraphQLSchema): GraphQLSchema {
  return extendSchema(base, loadAdminSchemaExtension());
}

/** Admin API 2025-09 (unstable) SDL + the 2026-10 extension. Cached per process. */
export function loadAdminSchema(): GraphQLSchema {
  schema2025_09 ??= withAdminExtension(
    buildSchema(readFileSync(ADMIN_SCHEMA_FILES.sdl2025_09, "utf8"), {
      assumeValidSDL: true,
      noLocation: true,
    }),
  );
  return schema2025_09;
}

/** Admin API 2025-01 (stable) from its gzipped introspection JSON + the 2026-10 extension. Cached. */
export function loadAdminSchema2025_01(): GraphQLSchema {
  if (!schema2025_01) {
    const json = JSON.parse(
      gunzipSync(readFileSync(ADMIN_SCHEMA_FILES.introspection2025_01)).toString("utf8"),
    ) as { data?: IntrospectionQuery } & Partial<IntrospectionQuery>;
    const introspection = json.data ?? (json as IntrospectionQuery);
    schema2025_01 = withAdminExtension(buildClientSchema(introspection, { assumeValid: true }));
  }
  return schema2025_01;
}

export interface NamedAdminSchema {
  /** Reference version of the base file ("2025-09" or "2025-01"); both carry the 2026-10 extension. */
  readonly version: "2025-09" | "2025-01";
  readonly load: () => GraphQLSchema;
}

/** Every schema a document must validate against, for tests that iterate them. */
export const ADMIN_SCHEMAS: readonly NamedAdminSchema[] = [
  { version: "2025-09", load: loadAdminSchema },
  { version: "2025-01", load: loadAdminSchema2025_01 },
];
