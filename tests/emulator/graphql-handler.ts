/**
 * One Admin GraphQL request, as Shopify answers it: parse and validate against the real schema,
 * coerce variables, price the query, charge the shop's bucket, execute, refund the difference.
 */
import {
  GraphQLError,
  Kind,
  getVariableValues,
  parse,
  validate,
  type DocumentNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from "graphql";
import type { ThrottleStatus } from "./bucket";
import { MAX_QUERY_COST, actualQueryCost, findOperation, requestedQueryCost } from "./cost";
import {
  formatExecutionError,
  formatParseError,
  formatValidationErrors,
  formatVariableErrors,
  type ShopifyError,
} from "./errors";
import type { ShopRuntime } from "./resolvers/context";
import { executeDocument } from "./resolvers/index";

export interface GraphQLRequestBody {
  query: string;
  variables?: Record<string, unknown> | null;
  operationName?: string | null;
}

export interface CostExtension {
  requestedQueryCost: number;
  actualQueryCost: number | null;
  throttleStatus: ThrottleStatus;
}

export interface GraphQLResponseBody {
  data?: unknown;
  errors?: ShopifyError[];
  extensions?: { cost: CostExtension };
  /** Not part of the body: an HTTP answer other than 200 (e.g. the order creation limit's 429). */
  http?: { status: number; headers: Record<string, string>; body: object };
}

/** Development stores accept about 5 orders a minute; above that Shopify answers 429 with this. */
export const ORDER_LIMIT_MESSAGE = "Exceeded order API rate limit, please try again in a minute. Upgrade to a paid account to remove this limit.";

function createsOrder(op: OperationDefinitionNode): boolean {
  return op.operation === "mutation" && op.selectionSet.selections.some((s) => s.kind === Kind.FIELD && s.name.value === "orderCreate");
}

export const RATE_LIMIT_DOCS = "https://shopify.dev/api/usage/rate-limits";

type Parsed = { doc: DocumentNode; errors: ShopifyError[] };
const cache = new Map<string, Parsed>();
const CACHE_MAX = 500;

function parseAndValidate(schema: GraphQLSchema, query: string): Parsed {
  const hit = cache.get(query);
  if (hit) return hit;
  let parsed: Parsed;
  try {
    const doc = parse(query);
    const errors = validate(schema, doc);
    parsed = { doc, errors: errors.length ? formatValidationErrors(errors, schema, doc) : [] };
  } catch (e) {
    if (!(e instanceof GraphQLError)) throw e;
    parsed = { doc: { kind: "Document", definitions: [] } as unknown as DocumentNode, errors: [formatParseError(e, query)] };
  }
  if (cache.size >= CACHE_MAX) cache.delete(cache.keys().next().value!);
  cache.set(query, parsed);
  return parsed;
}

export function throttledBody(cost: number, status: ThrottleStatus): GraphQLResponseBody {
  return {
    errors: [{ message: "Throttled", extensions: { code: "THROTTLED", documentation: RATE_LIMIT_DOCS } }],
    extensions: { cost: { requestedQueryCost: cost, actualQueryCost: null, throttleStatus: status } },
  };
}

export interface HandleOptions {
  apiVersion: string;
  /** Fault injection: answer THROTTLED whatever the bucket holds. */
  forceThrottle?: boolean;
}

export async function handleGraphQL(
  schema: GraphQLSchema,
  shop: ShopRuntime,
  body: GraphQLRequestBody,
  opts: HandleOptions,
): Promise<GraphQLResponseBody> {
  const { doc, errors } = parseAndValidate(schema, body.query);
  if (errors.length) return { errors };

  const op = findOperation(doc, body.operationName);
  if (!op) {
    return {
      errors: [
        {
          message: body.operationName ? `No operation named "${body.operationName}"` : "An operation name is required",
          extensions: { code: "OPERATION_NOT_FOUND" },
        },
      ],
    };
  }

  const inputs = body.variables ?? {};
  const coerced = getVariableValues(schema, op.variableDefinitions ?? [], inputs);
  if (coerced.errors) return { errors: formatVariableErrors(coerced.errors, op.variableDefinitions ?? [], inputs) };

  const requested = requestedQueryCost(schema, doc, op, coerced.coerced);
  if (requested > MAX_QUERY_COST) {
    return {
      errors: [
        {
          message:
            `Query cost is ${requested}, which exceeds the single query max cost limit (${MAX_QUERY_COST}).\n\n` +
            "See https://shopify.dev/concepts/about-apis/rate-limits for more information on how the\n" +
            "cost of a query is calculated.\n\n" +
            "To query larger amounts of data with fewer limits, bulk operations should be used instead.\n" +
            "See https://shopify.dev/tutorials/perform-bulk-operations-with-admin-api for usage details.\n",
          extensions: { code: "MAX_COST_EXCEEDED", cost: requested, maxCost: MAX_QUERY_COST, documentation: RATE_LIMIT_DOCS },
        },
      ],
      extensions: { cost: { requestedQueryCost: requested, actualQueryCost: null, throttleStatus: shop.bucket.status() } },
    };
  }

  if (opts.forceThrottle || !shop.bucket.take(requested)) return throttledBody(requested, shop.bucket.status());

  const nowMs = shop.store.nowMs();
  if (createsOrder(op) && !shop.store.orderCreates.take(nowMs)) {
    shop.bucket.refund(requested);
    const retryAfter = String(Math.max(1, Math.ceil(shop.store.orderCreates.retryAfterMs(nowMs) / 1000)));
    return { http: { status: 429, headers: { "Retry-After": retryAfter }, body: { errors: ORDER_LIMIT_MESSAGE } } };
  }

  const result = await executeDocument(
    schema,
    doc,
    inputs,
    { shop, store: shop.store, bulkMode: false, apiVersion: opts.apiVersion },
    op.name?.value ?? body.operationName,
  );
  const actual = Math.min(requested, actualQueryCost(schema, doc, op, coerced.coerced, result.data));
  shop.bucket.refund(requested - actual);

  const out: GraphQLResponseBody = {};
  if (result.errors?.length) out.errors = result.errors.map(formatExecutionError);
  out.data = result.data ?? null;
  out.extensions = { cost: { requestedQueryCost: requested, actualQueryCost: actual, throttleStatus: shop.bucket.status() } };
  return out;
}
