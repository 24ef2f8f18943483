import {
  GraphQLError,
  execute,
  getNamedType,
  getNullableType,
  isListType,
  isNonNullType,
  isObjectType,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLFieldResolver,
  type GraphQLSchema,
  type GraphQLTypeResolver,
} from "graphql";
import { gidType } from "../store/ids";
import { catalogResolvers } from "./catalog";
import type { ResolverContext, ResolverMap } from "./context";
import { inventoryResolvers } from "./inventory";
import { mutationResolvers } from "./mutation";
import { orderResolvers } from "./orders";
import { queryResolvers } from "./query";
import { metafieldResolvers } from "./metafields";
import { shopResolvers } from "./shop";

const resolvers: ResolverMap = {};
for (const map of [queryResolvers, mutationResolvers, catalogResolvers, metafieldResolvers, inventoryResolvers, shopResolvers, orderResolvers]) {
  for (const [type, fields] of Object.entries(map)) resolvers[type] = { ...resolvers[type], ...fields };
}

const EMPTY_PAGE = { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null };

/**
 * Explicit resolver, else the source's property (graphql-js default), else a neutral value for
 * fields the emulator does not model: empty connections and lists, zero counts, null; a clear
 * error for non-null fields and mutations it does not implement.
 */
export const fieldResolver: GraphQLFieldResolver<unknown, ResolverContext> = (source, args, ctx, info) => {
  const own = resolvers[info.parentType.name]?.[info.fieldName];
  if (own) return own(source, args, ctx, info);
  if (info.parentType.name === "Mutation") {
    throw new GraphQLError(`The store emulator does not implement the mutation '${info.fieldName}'.`);
  }
  if (source && typeof source === "object") {
    const v = (source as Record<string, unknown>)[info.fieldName];
    if (v !== undefined) return typeof v === "function" ? v.call(source, args, ctx, info) : v;
  }
  const named = getNamedType(info.returnType);
  if (isObjectType(named) && named.name.endsWith("Connection") && "edges" in named.getFields()) {
    return { edges: [], nodes: [], pageInfo: EMPTY_PAGE };
  }
  if (named.name === "Count") return { count: 0, precision: "EXACT" };
  if (isListType(getNullableType(info.returnType))) return [];
  if (isNonNullType(info.returnType)) {
    throw new GraphQLError(`The store emulator does not model ${info.parentType.name}.${info.fieldName}.`);
  }
  return null;
};

export const typeResolver: GraphQLTypeResolver<unknown, ResolverContext> = (value) => {
  if (!value || typeof value !== "object") return undefined;
  const v = value as { __typename?: string; id?: unknown };
  return v.__typename ?? gidType(v.id) ?? undefined;
};

export async function executeDocument(
  schema: GraphQLSchema,
  document: DocumentNode,
  variableValues: Record<string, unknown>,
  contextValue: ResolverContext,
  operationName?: string | null,
): Promise<ExecutionResult> {
  return execute({ schema, document, variableValues, contextValue, operationName, fieldResolver, typeResolver });
}
