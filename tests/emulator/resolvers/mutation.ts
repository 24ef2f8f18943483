import { Kind } from "graphql";
import { requireGid, type ResolverMap } from "./context";

/** From API 2026-01 `groupObjects` defaults to false (ungrouped JSONL); before, to true. */
function defaultGroupObjects(apiVersion: string): boolean {
  return !(apiVersion === "unstable" || apiVersion >= "2026-01");
}

export const mutationResolvers: ResolverMap = {
  Mutation: {
    bulkOperationRunQuery: (_r, { query, groupObjects }, ctx, info) => {
      const explicit = info.fieldNodes[0].arguments?.some((a) => a.name.value === "groupObjects" && a.value.kind !== Kind.NULL);
      return ctx.shop.bulk.start(String(query), {
        apiVersion: ctx.apiVersion,
        groupObjects: explicit ? groupObjects !== false : defaultGroupObjects(ctx.apiVersion),
      });
    },
    bulkOperationCancel: (_r, { id }, ctx) => ctx.shop.bulk.cancel(requireGid(id, "BulkOperation")),
  },
};
