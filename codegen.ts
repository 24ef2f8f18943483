/**
 * GraphQL Code Generator: types + TypedDocumentNodes for every Admin GraphQL document the app sends.
 *
 *   npm run codegen          (graphql-codegen --config codegen.ts)
 *
 * Offline by design: the schema is the local 2025-09 SDL plus our 2026-10 extension (no
 * introspection over the network). Documents are the `/* GraphQL *\/` template literals in the
 * .ts files under app/shopify/documents. The output (app/shopify/generated/admin.types.ts) is
 * committed; tests/graphql/codegen.test.ts fails when it is stale. Output is deterministic.
 */
import type { CodegenConfig } from "@graphql-codegen/cli";
import * as typescriptPlugin from "@graphql-codegen/typescript";
import { createRequire } from "node:module";
import type { GraphQLNamedType, GraphQLSchema } from "graphql";

// Load graphql the way codegen and its plugins do (CommonJS `main`), also when this file runs under
// Vite/vitest (which would pick graphql's ESM build): schema objects must come from one graphql
// instance or graphql-js refuses them ("from another module or realm").
const {
  GraphQLBoolean,
  GraphQLObjectType,
  GraphQLSchema: Schema,
  TypeInfo,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isScalarType,
  isSpecifiedScalarType,
  typeFromAST,
  visit,
  visitWithTypeInfo,
} = createRequire(import.meta.url)("graphql") as typeof import("graphql");

type TsPluginArgs = Parameters<typeof typescriptPlugin.plugin>;

/**
 * The `typescript` plugin prints every enum and input of the schema (≈1 MB for the Admin API,
 * even with onlyOperationTypes). This wrapper hands it a schema holding only the enums and inputs
 * our documents use (variables, arguments, selected enum fields) plus all custom scalars, so the
 * output holds just what typescript-operations refers to.
 */
function usedInputsAndEnumsSchema(schema: TsPluginArgs[0], documents: TsPluginArgs[1]): GraphQLSchema {
  const used = new Map<string, GraphQLNamedType>();
  const add = (type: GraphQLNamedType | null | undefined): void => {
    if (!type || used.has(type.name)) return;
    if (isEnumType(type)) used.set(type.name, type);
    if (isInputObjectType(type)) {
      used.set(type.name, type);
      for (const field of Object.values(type.getFields())) add(getNamedType(field.type));
    }
  };
  const typeInfo = new TypeInfo(schema);
  for (const { document } of documents) {
    if (!document) continue;
    visit(
      document,
      visitWithTypeInfo(typeInfo, {
        VariableDefinition(node) {
          const type = typeFromAST(schema, node.type);
          add(type ? getNamedType(type) : undefined);
        },
        Argument() {
          const arg = typeInfo.getArgument();
          add(arg ? getNamedType(arg.type) : undefined);
        },
        Field() {
          const type = typeInfo.getType();
          add(type ? getNamedType(type) : undefined);
        },
      }),
    );
  }
  const scalars = Object.values(schema.getTypeMap()).filter(
    (type) => isScalarType(type) && !isSpecifiedScalarType(type),
  );
  const sorted = [...used.values()].sort((a, b) => a.name.localeCompare(b.name));
  return new Schema({
    query: new GraphQLObjectType({ name: "UnusedQueryRoot", fields: { unused: { type: GraphQLBoolean } } }),
    types: [...scalars, ...sorted],
  });
}

const USED_SCHEMA_TYPES_PLUGIN = "used-schema-types";
const usedSchemaTypesPlugin = {
  plugin: (...[schema, documents, config, info]: TsPluginArgs) =>
    typescriptPlugin.plugin(usedInputsAndEnumsSchema(schema, documents), documents, config, info),
};

/** Shopify Admin custom scalars → TypeScript. Money-like scalars are decimal strings, never numbers. */
const scalars = {
  ARN: "string",
  BigInt: "string",
  Color: "string",
  Date: "string",
  DateTime: "string",
  Decimal: "string",
  FormattedString: "string",
  HTML: "string",
  JSON: "unknown",
  Money: "string",
  Scalar: "unknown",
  StorefrontID: "string",
  URL: "string",
  UnsignedInt64: "string",
  UtcOffset: "string",
} as const;

const config: CodegenConfig = {
  overwrite: true,
  errorsOnly: true,
  noSilentErrors: true,
  schema: [
    "app/shopify/schema/admin-2025-09.graphql",
    "app/shopify/schema/extensions-2026-10.graphql",
  ],
  documents: ["app/shopify/documents/**/*.ts", "!app/shopify/documents/**/*.test.ts"],
  // Only template literals marked with a /* GraphQL */ comment; no gql tags.
  pluckConfig: {
    gqlMagicComment: "GraphQL",
    globalGqlIdentifierName: [],
    modules: [],
  },
  generates: {
    "app/shopify/generated/admin.types.ts": {
      plugins: [USED_SCHEMA_TYPES_PLUGIN, "typescript-operations", "typed-document-node"],
      config: {
        // Base types: only enums, inputs and scalars (and, via the plugin above, only the used ones).
        onlyOperationTypes: true,
        enumsAsTypes: true,
        useTypeImports: true,
        scalars,
        defaultScalarType: "unknown",
        strictScalars: true,
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
        documentMode: "documentNode",
        optimizeDocumentNode: true,
        dedupeFragments: true,
      },
    },
  },
  // Resolve our local plugin; everything else loads as usual.
  pluginLoader: async (name: string) =>
    name === `@graphql-codegen/${USED_SCHEMA_TYPES_PLUGIN}` ? usedSchemaTypesPlugin : import(name),
};

export default config;
