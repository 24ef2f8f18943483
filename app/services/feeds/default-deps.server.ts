import { catalogDeps } from "~/services/catalog/default-deps.server";
import type { FeedDeps } from "./feeds.server";

/** Feeds read the same DB connections as the catalog. */
export function feedDeps(): FeedDeps {
  const { db, sql } = catalogDeps();
  return { db, sql };
}
