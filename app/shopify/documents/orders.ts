/**
 * Order documents: the Shopify side of channel-order import (app/shopify/orders.server.ts).
 *
 * - OrdersBySource: `orders(query: "source_identifier:'…'")` (QueryRoot.orders supports the
 *   `source_identifier` and `source_name` filters); the caller also compares sourceName exactly.
 * - OrderCreate: `options.inventoryBehaviour` (British spelling), one paid SALE transaction.
 *   OrderCreateLineItemInput has no discount field, so line discounts are folded into the order's
 *   fixed-amount discount code (see ../order-input.ts).
 * - OrderCancel: reads `orderCancelUserErrors` (with codes; the plain `userErrors` is deprecated).
 *   It runs as a Job; CancelJob polls it and reads the order back once it is done.
 *   `refund: true` is deprecated in favour of `refundMethod: {originalPaymentMethodsRefund: true}`,
 *   but 2025-01 has no `refundMethod` and every document must validate in both reference schemas.
 * - RefundCreate carries `@idempotent(key:)` (mandatory from 2026-04; extensions-2026-10.graphql).
 *   RefundContext reads the sale transaction (the refund's parent and gateway) and how much of
 *   each line is unfulfilled (restock CANCEL for those units, RETURN for shipped ones).
 * The `/* GraphQL *\/` literals are codegen input; use the typed operations from ./index.ts.
 */

/* GraphQL */ `
  fragment OrderRefFields on Order {
    id
    name
    sourceName
    sourceIdentifier
    cancelledAt
  }
`;

/* GraphQL */ `
  query OrdersBySource($query: String!) {
    orders(first: 5, query: $query) {
      nodes {
        ...OrderRefFields
      }
    }
  }
`;

/* GraphQL */ `
  mutation OrderCreate($order: OrderCreateOrderInput!, $options: OrderCreateOptionsInput) {
    orderCreate(order: $order, options: $options) {
      order {
        ...OrderRefFields
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`;

/* GraphQL */ `
  query OrderLineItems($id: ID!, $after: String) {
    order(id: $id) {
      id
      lineItems(first: 100, after: $after) {
        nodes {
          id
          sku
          quantity
          variant {
            id
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`;

/* GraphQL */ `
  mutation OrderCancel($orderId: ID!, $reason: OrderCancelReason!, $staffNote: String) {
    orderCancel(orderId: $orderId, reason: $reason, restock: true, notifyCustomer: false, refund: true, staffNote: $staffNote) {
      job {
        id
        done
      }
      orderCancelUserErrors {
        field
        message
        code
      }
    }
  }
`;

/* GraphQL */ `
  query CancelJob($jobId: ID!, $orderId: ID!) {
    job(id: $jobId) {
      id
      done
      query {
        order(id: $orderId) {
          id
          cancelledAt
        }
      }
    }
  }
`;

/* GraphQL */ `
  query RefundContext($id: ID!, $after: String) {
    order(id: $id) {
      id
      transactions(first: 50) {
        id
        kind
        status
        gateway
      }
      lineItems(first: 100, after: $after) {
        nodes {
          id
          unfulfilledQuantity
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`;

/* GraphQL */ `
  mutation RefundCreate($input: RefundInput!, $key: String!) {
    refundCreate(input: $input) @idempotent(key: $key) {
      refund {
        id
      }
      userErrors {
        field
        message
      }
    }
  }
`;
