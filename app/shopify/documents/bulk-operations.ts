/**
 * Bulk operation documents: start a bulk query, poll it, cancel it.
 *
 * - No `groupObjects` argument (absent in 2025-01; from 2026-01 it defaults to false = ungrouped
 *   JSONL, which is what the streaming reader expects: children may come after other parents).
 * - From 2026-01 an app may run up to 5 bulk queries per shop at once, so poll each operation by id
 *   (BulkOperationById, `node(id:)`, valid in every version). CurrentBulkOperation only returns the
 *   most recent one and is deprecated from 2026-04 (still served); keep it for diagnostics.
 * The `/* GraphQL *\/` literals are codegen input; use the typed operations from ./index.ts.
 */

/* GraphQL */ `
  fragment BulkOperationFields on BulkOperation {
    id
    status
    errorCode
    objectCount
    rootObjectCount
    fileSize
    url
    partialDataUrl
    createdAt
    completedAt
  }
`;

/* GraphQL */ `
  mutation BulkOperationRunQuery($query: String!) {
    bulkOperationRunQuery(query: $query) {
      bulkOperation {
        id
        status
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
  query CurrentBulkOperation {
    currentBulkOperation(type: QUERY) {
      ...BulkOperationFields
    }
  }
`;

/* GraphQL */ `
  query BulkOperationById($id: ID!) {
    node(id: $id) {
      ... on BulkOperation {
        ...BulkOperationFields
      }
    }
  }
`;

/* GraphQL */ `
  mutation BulkOperationCancel($id: ID!) {
    bulkOperationCancel(id: $id) {
      bulkOperation {
        id
        status
      }
      userErrors {
        field
        message
      }
    }
  }
`;
