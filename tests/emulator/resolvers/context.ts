import type { GraphQLResolveInfo } from "graphql";
import { GraphQLError } from "graphql";
import type { CostBucket } from "../bucket";
import type { BulkManager } from "../bulk";
import { paginate, type ConnectionArgs, type PagingOptions, type Connection } from "../connection";
import { parseGid } from "../store/ids";
import type { Emit } from "../store/emit";
import type { ShopStore } from "../store/shop-store";

export interface ShopRuntime {
  store: ShopStore;
  bucket: CostBucket;
  bulk: BulkManager;
  /** Webhooks for data changes made through the API (orderCreate's stock claims…). */
  emit: Emit;
}

export interface ResolverContext {
  shop: ShopRuntime;
  store: ShopStore;
  /** Executing inside a bulk operation: nested connections return everything. */
  bulkMode: boolean;
  apiVersion: string;
}

export type Args = Record<string, unknown>;
// Each resolver knows its own source type; the map holds them all.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Resolver = (source: any, args: Args, ctx: ResolverContext, info: GraphQLResolveInfo) => unknown;
export type ResolverMap = Record<string, Record<string, Resolver>>;

/** Page a list; inside a bulk operation every connection but the (injected) root one is unlimited. */
export function connection<T>(
  items: readonly T[],
  args: Args,
  ctx: ResolverContext,
  info: GraphQLResolveInfo,
  opts: PagingOptions<T>,
): Connection<T> {
  const nested = info.path.prev !== undefined;
  return paginate(items, args as ConnectionArgs, { ...opts, unlimited: ctx.bulkMode && nested });
}

export const byId = <T extends { id: string }>(t: T) => t.id;

export function requireGid(id: unknown, type?: string): string {
  const p = typeof id === "string" ? parseGid(id) : null;
  if (!p || (type && p.type !== type && type !== "*")) {
    throw new GraphQLError(`Invalid global id '${String(id)}'`, {
      extensions: { code: "argumentLiteralsIncompatible", typeName: "CoercionError" },
    });
  }
  return id as string;
}

export function count(n: number, limit?: unknown) {
  const max = typeof limit === "number" ? limit : 10000;
  return n > max ? { count: max, precision: "AT_LEAST" } : { count: n, precision: "EXACT" };
}
