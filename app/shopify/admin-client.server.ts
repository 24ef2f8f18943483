import { ClientError, GraphQLClient } from "graphql-request";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import pRetry, { AbortError } from "p-retry";
import { waitMs, type ThrottleStatus } from "~/core/throttle";
import { adminFetch } from "./admin-origin.server";

// The Admin GraphQL client for work outside a Shopify request (jobs, with the shop's offline
// token): typed documents through graphql-request, paced by the cost bucket Shopify reports in
// extensions.cost.throttleStatus, retried (p-retry) on THROTTLED, 5xx and network failures.
// A document Shopify rejects (validation, access) is not retried.

export interface AdminClientOptions {
  shop: string;
  accessToken: string;
  apiVersion: string;
  adminOrigin?: string;
  retries?: number;
}

interface CostExtension {
  cost?: { requestedQueryCost?: number; actualQueryCost?: number | null; throttleStatus?: ThrottleStatus };
}

export interface AdminClient {
  /**
   * `idempotent: false` (a mutation that must not run twice, e.g. orderCreate): retried only where
   * Shopify cannot have run it (THROTTLED, 429); a 5xx or a lost connection throws at once, for
   * the caller to find out what happened before trying again.
   */
  request<T, V extends Record<string, unknown>>(document: TypedDocumentNode<T, V>, variables?: V, options?: { idempotent?: boolean }): Promise<T>;
  readonly stats: { requests: number; throttled: number; retried: number };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function isThrottled(error: unknown): boolean {
  return error instanceof ClientError && (error.response.errors ?? []).some((e) => e.extensions?.code === "THROTTLED");
}

export function createAdminClient(options: AdminClientOptions): AdminClient {
  const url = `https://${options.shop}/admin/api/${options.apiVersion}/graphql.json`;
  const client = new GraphQLClient(url, {
    headers: { "X-Shopify-Access-Token": options.accessToken },
    fetch: adminFetch(options.adminOrigin),
  });
  let status: ThrottleStatus | undefined;
  let observedAt = 0;
  const lastCost = new WeakMap<object, number>();
  const stats = { requests: 0, throttled: 0, retried: 0 };

  const observe = (extensions: unknown, document: object) => {
    const cost = (extensions as CostExtension | undefined)?.cost;
    if (cost?.throttleStatus) {
      status = cost.throttleStatus;
      observedAt = Date.now();
    }
    if (cost?.requestedQueryCost) lastCost.set(document, cost.requestedQueryCost);
  };

  async function attempt<T>(document: TypedDocumentNode<T, never>, variables: unknown, idempotent: boolean): Promise<T> {
    const cost = lastCost.get(document) ?? 50;
    const delay = waitMs(cost, status, observedAt, Date.now());
    if (delay > 0) await sleep(delay);
    stats.requests++;
    try {
      const response = await client.rawRequest<T>(document as never, variables as never);
      observe(response.extensions, document);
      return response.data;
    } catch (error) {
      if (!(error instanceof ClientError)) throw idempotent ? error : new AbortError(error as Error); // network: ambiguous
      observe(error.response.extensions, document);
      if (isThrottled(error)) {
        stats.throttled++;
        await sleep(Math.max(250, waitMs(cost, status, observedAt, Date.now())));
        throw error;
      }
      const code = error.response.status;
      if (code === 429 || (code >= 500 && idempotent)) throw error;
      throw new AbortError(error);
    }
  }

  return {
    stats,
    request(document, variables, requestOptions) {
      return pRetry(() => attempt(document as never, variables, requestOptions?.idempotent ?? true), {
        retries: options.retries ?? 10,
        minTimeout: 200,
        maxTimeout: 10_000,
        onFailedAttempt: () => {
          stats.retried++;
        },
      });
    },
  };
}
