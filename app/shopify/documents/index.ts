/**
 * Every Admin GraphQL document the app sends, typed by codegen (app/shopify/generated).
 *
 * Each operation comes as an AdminOperation:
 *   - `document`: a TypedDocumentNode, so graphql-request infers result and variables:
 *       const data = await request(url, ShopFacts.document, { marketsAfter: null });
 *   - `source`: the same document as text (fragments included), for Shopify's admin client:
 *       const response = await admin.graphql(ShopFacts.source, { variables });
 *       const { data } = (await response.json()) as { data: OperationResult<typeof ShopFacts> };
 *
 * Bulk queries are strings built per shop: see ./bulk-catalog.ts (and ./bulk-limits.ts).
 */
import { Kind, print, type DocumentNode, type OperationDefinitionNode } from "graphql";
import type { ResultOf, TypedDocumentNode, VariablesOf } from "@graphql-typed-document-node/core";
import * as generated from "../generated/admin.types";

export * from "../generated/admin.types";
export * from "./bulk-catalog";
export * from "./bulk-limits";
export { PAGE_SIZES } from "./catalog";
export { MAX_QUERY_COST, estimateQueryCost, type QueryCostOptions } from "./query-cost";

export interface AdminOperation<TResult = unknown, TVariables = unknown> {
  /** Operation name, e.g. "ShopFacts". */
  readonly name: string;
  readonly kind: "query" | "mutation";
  readonly document: TypedDocumentNode<TResult, TVariables>;
  /** The printed document (operation and the fragments it uses), to send as a string. */
  readonly source: string;
}

/** Any operation (variables are contravariant, hence `never`). */
export type AnyAdminOperation = AdminOperation<unknown, never>;
/** Result type of an operation: `OperationResult<typeof ShopFacts>` is `ShopFactsQuery`. */
export type OperationResult<Op extends AnyAdminOperation> = ResultOf<Op["document"]>;
/** Variables type of an operation: `OperationVariables<typeof ShopFacts>` is `ShopFactsQueryVariables`. */
export type OperationVariables<Op extends AnyAdminOperation> = VariablesOf<Op["document"]>;

function operationOf(document: DocumentNode): OperationDefinitionNode | undefined {
  const operations = document.definitions.filter(
    (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
  );
  return operations.length === 1 ? operations[0] : undefined;
}

/** Wrap a generated document (exactly one named query or mutation) as an AdminOperation. */
export function adminOperation<TResult, TVariables>(
  document: TypedDocumentNode<TResult, TVariables>,
): AdminOperation<TResult, TVariables> {
  const operation = operationOf(document);
  const name = operation?.name?.value;
  if (!operation || !name || operation.operation === "subscription") {
    throw new Error("an admin operation document holds exactly one named query or mutation");
  }
  return Object.freeze({ name, kind: operation.operation, document, source: print(document) });
}

export const ShopFacts = adminOperation(generated.ShopFactsDocument);
export const MarketRegions = adminOperation(generated.MarketRegionsDocument);

export const BulkOperationRunQuery = adminOperation(generated.BulkOperationRunQueryDocument);
export const CurrentBulkOperation = adminOperation(generated.CurrentBulkOperationDocument);
export const BulkOperationById = adminOperation(generated.BulkOperationByIdDocument);
export const BulkOperationCancel = adminOperation(generated.BulkOperationCancelDocument);

export const ProductsPage = adminOperation(generated.ProductsPageDocument);
export const ProductVariantsPage = adminOperation(generated.ProductVariantsPageDocument);
export const VariantInventoryPage = adminOperation(generated.VariantInventoryPageDocument);
export const VariantContextualPricesPage = adminOperation(generated.VariantContextualPricesPageDocument);
export const ProductTranslationsPage = adminOperation(generated.ProductTranslationsPageDocument);

export const OrdersBySource = adminOperation(generated.OrdersBySourceDocument);
export const OrderCreate = adminOperation(generated.OrderCreateDocument);
export const OrderLineItems = adminOperation(generated.OrderLineItemsDocument);
export const OrderCancel = adminOperation(generated.OrderCancelDocument);
export const CancelJob = adminOperation(generated.CancelJobDocument);
export const RefundContext = adminOperation(generated.RefundContextDocument);
export const RefundCreate = adminOperation(generated.RefundCreateDocument);

/**
 * Every operation codegen generated, sorted by name — derived from the generated module, not
 * listed by hand, so a new document is covered by the schema tests as soon as codegen runs.
 */
export const ADMIN_OPERATIONS: readonly AnyAdminOperation[] = (Object.values(generated) as unknown[])
  .filter((value): value is TypedDocumentNode<unknown, never> => {
    if (typeof value !== "object" || value === null || (value as DocumentNode).kind !== Kind.DOCUMENT) {
      return false;
    }
    return operationOf(value as DocumentNode) !== undefined;
  })
  .map((document) => adminOperation(document))
  .sort((a, b) => a.name.localeCompare(b.name));
