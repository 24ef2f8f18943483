import type { CatalogDeps } from "~/services/catalog/deps.server";
import { onBulkOperationFinished } from "~/services/catalog/full-read.server";
import { applyCatalogEvent } from "~/services/catalog/incremental.server";
import type { InboxRow } from "../worker.server";

export function catalogWebhook(deps: CatalogDeps, event: InboxRow) {
  return applyCatalogEvent(deps, event);
}

export function bulkOperationFinished(deps: CatalogDeps, event: InboxRow) {
  const body = JSON.parse(event.payload) as { admin_graphql_api_id?: string };
  if (!body.admin_graphql_api_id) throw new Error("bulk_operations/finish without admin_graphql_api_id");
  return onBulkOperationFinished(deps, event.shop, body.admin_graphql_api_id);
}
