/**
 * The checks Shopify makes on a bulkOperationRunQuery `query:` before it starts: a valid query
 * document, at least one connection, at most five, at most two levels of nested connections,
 * no connection inside a list, no pageInfo or cursor fields, no variables.
 */
import {
  GraphQLError,
  Kind,
  getNamedType,
  isCompositeType,
  isListType,
  isNonNullType,
  parse,
  validate,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type GraphQLType,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from "graphql";
import { isConnectionField } from "./cost";
import { formatParseError, formatValidationErrors } from "./errors";

export const MAX_BULK_CONNECTIONS = 5;
export const MAX_BULK_CONNECTION_DEPTH = 2;

export interface BulkUserError {
  field: string[] | null;
  message: string;
  code: "INVALID" | "OPERATION_IN_PROGRESS";
}

export type BulkValidation =
  | { ok: true; doc: DocumentNode; operation: OperationDefinitionNode }
  | { ok: false; errors: BulkUserError[] };

const invalid = (message: string): BulkValidation => ({
  ok: false,
  errors: [{ field: ["query"], message, code: "INVALID" }],
});

function isList(t: GraphQLType): boolean {
  return isListType(isNonNullType(t) ? t.ofType : t);
}

export function validateBulkQuery(schema: GraphQLSchema, query: string): BulkValidation {
  let doc: DocumentNode;
  try {
    doc = parse(query);
  } catch (e) {
    return invalid(`Invalid bulk query: ${formatParseError(e as GraphQLError, query).message}`);
  }
  const errors = validate(schema, doc);
  if (errors.length) {
    return invalid(`Invalid bulk query: ${formatValidationErrors(errors, schema, doc)[0].message}`);
  }
  const ops = doc.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  if (ops.length !== 1) return invalid("Invalid bulk query: the query must contain exactly one operation.");
  const operation = ops[0];
  if (operation.operation !== "query") return invalid("Invalid bulk query: only query operations are supported.");
  if (operation.variableDefinitions?.length) return invalid("Invalid bulk query: variables are not supported.");

  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of doc.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);

  let connections = 0;
  let maxDepth = 0;
  let problem: string | null = null;

  const walk = (sel: SelectionSetNode, type: GraphQLCompositeType, depth: number, inList: boolean): void => {
    for (const s of sel.selections) {
      if (problem) return;
      if (s.kind !== Kind.FIELD) {
        const frag = s.kind === Kind.FRAGMENT_SPREAD ? fragments.get(s.name.value) : s;
        if (!frag) continue;
        const cond = frag.typeCondition ? schema.getType(frag.typeCondition.name.value) : type;
        if (cond && isCompositeType(cond)) walk(frag.selectionSet, cond, depth, inList);
        continue;
      }
      const name = s.name.value;
      if (name === "pageInfo") {
        problem = "Bulk queries cannot contain the `pageInfo` field.";
        return;
      }
      if (name === "cursor" && type.name.endsWith("Edge")) {
        problem = "Bulk queries cannot contain the `cursor` field.";
        return;
      }
      if (name.startsWith("__") || !("getFields" in type)) continue;
      const def = (type.getFields() as Record<string, GraphQLField<unknown, unknown>>)[name];
      if (!def || !s.selectionSet) continue;
      const named = getNamedType(def.type);
      if (!isCompositeType(named)) continue;
      if (isConnectionField(def)) {
        if (inList) {
          problem = `Bulk queries cannot contain a connection (\`${name}\`) nested inside a list field.`;
          return;
        }
        connections++;
        maxDepth = Math.max(maxDepth, depth + 1);
        walk(s.selectionSet, named, depth + 1, false);
      } else {
        const list = isList(def.type) && !/Edge$/.test(named.name) && !(type.name.endsWith("Connection") && name === "nodes");
        walk(s.selectionSet, named, depth, inList || list);
      }
    }
  };
  walk(operation.selectionSet, schema.getQueryType()!, 0, false);

  if (problem) return invalid(problem);
  if (connections === 0) return invalid("Bulk queries must contain at least one connection.");
  if (connections > MAX_BULK_CONNECTIONS) {
    return invalid(`Bulk queries cannot contain more than ${MAX_BULK_CONNECTIONS} connections.`);
  }
  if (maxDepth > MAX_BULK_CONNECTION_DEPTH) {
    return invalid(`Bulk queries cannot contain connections with a nesting depth greater than ${MAX_BULK_CONNECTION_DEPTH}.`);
  }
  return { ok: true, doc, operation };
}
