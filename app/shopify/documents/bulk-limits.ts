/**
 * Shopify's restrictions on the query of a bulk operation (bulkOperationRunQuery), checked before
 * we send one. Pure and schema-free, so the app can call it at run time on the queries it builds.
 *
 * Restrictions (https://shopify.dev/docs/api/usage/bulk-operations/queries, "Operation
 * restrictions"; bulkOperationRunQuery reference): a single top-level field, which is not
 * `node`/`nodes`; at least one connection; at most 5 connections in the whole query; at most 2
 * levels of connections nested under the top-level one; no pagination (`pageInfo`, `cursor`, or
 * `after`/`before` cursors) since Shopify pages for us; no variables (the query is sent as a string).
 *
 * A connection is recognised by shape: a field whose selection selects `edges` or `nodes`
 * (Shopify's connections are Relay-style). Fragments are followed.
 */
import {
  Kind,
  parse,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from "graphql";

export const BULK_QUERY_LIMITS = {
  /** Maximum number of connection fields in the whole query. */
  maxConnections: 5,
  /** Maximum levels of connections nested below the top-level connection. */
  maxNestedConnectionDepth: 2,
} as const;

const CURSOR_ARGUMENTS = new Set(["after", "before"]);
const PAGINATION_FIELDS = new Set(["pageInfo", "cursor"]);

export interface BulkConnection {
  /** Response path of the connection, e.g. `products.edges.node.variants`. */
  readonly path: string;
  /** 0 for the top-level connection, 1 for a connection inside it, … */
  readonly depth: number;
}

export interface BulkQueryAnalysis {
  readonly connections: readonly BulkConnection[];
  readonly connectionCount: number;
  /** Deepest nesting of a connection below the top-level one (0 when there is no nesting). */
  readonly maxNestedDepth: number;
  /** Every restriction the query breaks, as readable sentences; empty when it may be sent. */
  readonly violations: readonly string[];
}

/** Count connections and nesting of a bulk query and list the restrictions it breaks. */
export function analyzeBulkQuery(query: string | DocumentNode): BulkQueryAnalysis {
  const document = typeof query === "string" ? parse(query) : query;
  const violations: string[] = [];
  const fragments = new Map<string, FragmentDefinitionNode>();
  const operations: OperationDefinitionNode[] = [];
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    else if (definition.kind === Kind.OPERATION_DEFINITION) operations.push(definition);
    else violations.push(`unexpected ${definition.kind} in a bulk query`);
  }

  const connections: BulkConnection[] = [];
  const operation = operations[0];
  if (operations.length !== 1 || !operation) {
    violations.push(`a bulk query holds exactly one operation (found ${operations.length})`);
  } else {
    if (operation.operation !== "query") {
      violations.push(`a bulk query must be a query, not a ${operation.operation}`);
    }
    if (operation.variableDefinitions?.length) {
      violations.push("a bulk query cannot declare variables");
    }
    const topLevel = collectFields(operation.selectionSet, fragments);
    if (topLevel.length !== 1) {
      violations.push(`a bulk query selects exactly one top-level field (found ${topLevel.length})`);
    }
    for (const field of topLevel) {
      if (field.name.value === "node" || field.name.value === "nodes") {
        violations.push(`the top-level field cannot be \`${field.name.value}\``);
      }
    }
    walk(operation.selectionSet, "", -1, fragments, connections, violations, new Set());
  }

  const maxNestedDepth = connections.reduce((max, c) => Math.max(max, c.depth), 0);
  if (operation && connections.length === 0) {
    violations.push("a bulk query must select at least one connection");
  }
  if (connections.length > BULK_QUERY_LIMITS.maxConnections) {
    violations.push(
      `${connections.length} connections (max ${BULK_QUERY_LIMITS.maxConnections}): ` +
        connections.map((c) => c.path).join(", "),
    );
  }
  if (maxNestedDepth > BULK_QUERY_LIMITS.maxNestedConnectionDepth) {
    const deepest = connections.filter((c) => c.depth === maxNestedDepth).map((c) => c.path);
    violations.push(
      `connections nested ${maxNestedDepth} levels deep (max ` +
        `${BULK_QUERY_LIMITS.maxNestedConnectionDepth}): ${deepest.join(", ")}`,
    );
  }
  return { connections, connectionCount: connections.length, maxNestedDepth, violations };
}

/** Throw (listing every broken restriction) unless the query may run as a bulk operation. */
export function assertBulkQueryWithinLimits(query: string | DocumentNode): BulkQueryAnalysis {
  const analysis = analyzeBulkQuery(query);
  if (analysis.violations.length > 0) {
    throw new Error(`Query breaks Shopify's bulk operation limits:\n- ${analysis.violations.join("\n- ")}`);
  }
  return analysis;
}

/** Fields of a selection set with fragment spreads and inline fragments flattened. */
function collectFields(
  selectionSet: SelectionSetNode,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  seen: Set<string> = new Set(),
): FieldNode[] {
  const fields: FieldNode[] = [];
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) fields.push(selection);
    else if (selection.kind === Kind.INLINE_FRAGMENT) {
      fields.push(...collectFields(selection.selectionSet, fragments, seen));
    } else {
      const name = selection.name.value;
      const fragment = fragments.get(name);
      if (fragment && !seen.has(name)) {
        fields.push(...collectFields(fragment.selectionSet, fragments, new Set([...seen, name])));
      }
    }
  }
  return fields;
}

function walk(
  selectionSet: SelectionSetNode,
  path: string,
  connectionDepth: number,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  connections: BulkConnection[],
  violations: string[],
  seenFragments: Set<string>,
): void {
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.INLINE_FRAGMENT) {
      walk(selection.selectionSet, path, connectionDepth, fragments, connections, violations, seenFragments);
      continue;
    }
    if (selection.kind === Kind.FRAGMENT_SPREAD) {
      const name = selection.name.value;
      const fragment = fragments.get(name);
      if (!fragment) violations.push(`unknown fragment ${name}`);
      else if (!seenFragments.has(name)) {
        const seen = new Set([...seenFragments, name]);
        walk(fragment.selectionSet, path, connectionDepth, fragments, connections, violations, seen);
      }
      continue;
    }
    const key = selection.alias?.value ?? selection.name.value;
    const fieldPath = path ? `${path}.${key}` : key;
    if (PAGINATION_FIELDS.has(selection.name.value)) {
      violations.push(`\`${fieldPath}\`: bulk queries cannot select pageInfo or cursors`);
    }
    for (const argument of selection.arguments ?? []) {
      if (CURSOR_ARGUMENTS.has(argument.name.value)) {
        violations.push(`\`${fieldPath}(${argument.name.value}:)\`: bulk queries take no cursors`);
      }
    }
    if (!selection.selectionSet) continue;
    const children = collectFields(selection.selectionSet, fragments, new Set(seenFragments));
    const isConnection = children.some((c) => c.name.value === "edges" || c.name.value === "nodes");
    const depth = isConnection ? connectionDepth + 1 : connectionDepth;
    if (isConnection) connections.push({ path: fieldPath, depth });
    walk(selection.selectionSet, fieldPath, depth, fragments, connections, violations, seenFragments);
  }
}
