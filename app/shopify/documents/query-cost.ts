/**
 * Static estimate of an Admin GraphQL query's *requested* cost, following Shopify's published
 * rules (https://shopify.dev/docs/apps/build/apis/graphql-admin/rate-limits, "Cost calculation"):
 *
 * - scalar and enum fields cost 0; an object field costs 1 plus its selections;
 * - a connection costs 2 plus `first`/`last` times the cost of one node (the node object counts 1);
 *   `pageInfo` and `cursor` are part of the 2;
 * - an interface or union costs its shared selections plus the most expensive type-specific branch;
 * - a mutation field costs 10.
 *
 * Shopify refuses a single query whose requested cost exceeds 1,000 points, and charges the actual
 * cost afterwards. Lists that are not connections are counted once (Shopify does not size them),
 * so this is an estimate; use it to keep documents under the limit in tests, and read
 * `extensions.cost` from real responses for pacing.
 */
import {
  Kind,
  getNamedType,
  isAbstractType,
  isCompositeType,
  isObjectType,
  valueFromASTUntyped,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from "graphql";

/** Shopify's maximum requested cost of one query. */
export const MAX_QUERY_COST = 1000;

const MUTATION_FIELD_COST = 10;
const CONNECTION_BASE_COST = 2;

export interface QueryCostOptions {
  /** Variable values (sizes like `$first` come from here, else from the variable's default). */
  readonly variables?: Readonly<Record<string, unknown>>;
  /** Operation to cost when the document holds several. */
  readonly operationName?: string;
}

interface CostContext {
  readonly schema: GraphQLSchema;
  readonly fragments: ReadonlyMap<string, FragmentDefinitionNode>;
  readonly variables: Readonly<Record<string, unknown>>;
}

/** Estimated requested cost of one operation of `document` against `schema`. */
export function estimateQueryCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  options: QueryCostOptions = {},
): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  const operations: OperationDefinitionNode[] = [];
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    if (definition.kind === Kind.OPERATION_DEFINITION) operations.push(definition);
  }
  const operation = options.operationName
    ? operations.find((op) => op.name?.value === options.operationName)
    : operations[0];
  if (!operation || (!options.operationName && operations.length !== 1)) {
    throw new Error("estimateQueryCost needs exactly one operation (or an operationName)");
  }
  const variables: Record<string, unknown> = {};
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    if (options.variables && name in options.variables) variables[name] = options.variables[name];
    else if (definition.defaultValue) variables[name] = valueFromASTUntyped(definition.defaultValue);
  }
  const root = schema.getRootType(operation.operation);
  if (!root) throw new Error(`schema has no ${operation.operation} type`);
  const context: CostContext = { schema, fragments, variables };
  if (operation.operation === "mutation") {
    let fields = 0;
    forEachField(operation.selectionSet, root, context, () => (fields += 1));
    return fields * MUTATION_FIELD_COST;
  }
  return selectionSetCost(operation.selectionSet, root, context);
}

function selectionSetCost(
  selectionSet: SelectionSetNode,
  parentType: GraphQLCompositeType,
  context: CostContext,
): number {
  let shared = 0;
  const branches = new Map<string, number>();
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      shared += fieldCost(selection.name.value, selection, parentType, context);
      continue;
    }
    const fragment =
      selection.kind === Kind.FRAGMENT_SPREAD ? context.fragments.get(selection.name.value) : selection;
    if (!fragment) throw new Error("unknown fragment in selection");
    const conditionName = fragment.typeCondition?.name.value;
    const condition = conditionName ? context.schema.getType(conditionName) : parentType;
    if (!condition || !isCompositeType(condition)) throw new Error(`unknown type ${conditionName}`);
    const cost = selectionSetCost(fragment.selectionSet, condition, context);
    // A fragment on the parent type itself (or a supertype of it) always applies.
    if (condition === parentType || (isAbstractType(condition) && isObjectType(parentType))) shared += cost;
    else branches.set(condition.name, (branches.get(condition.name) ?? 0) + cost);
  }
  return shared + Math.max(0, ...branches.values());
}

function fieldCost(
  fieldName: string,
  node: FieldNode,
  parentType: GraphQLCompositeType,
  context: CostContext,
): number {
  if (fieldName === "__typename") return 0;
  const field = fieldDefinition(parentType, fieldName);
  if (!field) throw new Error(`unknown field ${parentType.name}.${fieldName}`);
  const type = getNamedType(field.type);
  if (!isCompositeType(type) || !node.selectionSet) return 0;
  if (isConnection(type)) {
    const size = sizeOf(node, context, `${parentType.name}.${fieldName}`);
    return CONNECTION_BASE_COST + size * connectionItemCost(node.selectionSet, type, context);
  }
  return 1 + selectionSetCost(node.selectionSet, type, context);
}

/** Cost of one item of a connection: the node object and its selections (edges/cursor are free). */
function connectionItemCost(
  selectionSet: SelectionSetNode,
  connectionType: GraphQLCompositeType,
  context: CostContext,
): number {
  let cost = 0;
  forEachField(selectionSet, connectionType, context, (field, type) => {
    const name = field.name.value;
    if (name === "nodes" && field.selectionSet) {
      cost += 1 + selectionSetCost(field.selectionSet, type, context);
    } else if (name === "edges" && field.selectionSet) {
      forEachField(field.selectionSet, type, context, (edgeField, nodeType) => {
        if (edgeField.name.value === "node" && edgeField.selectionSet) {
          cost += 1 + selectionSetCost(edgeField.selectionSet, nodeType, context);
        }
      });
    }
  });
  return cost;
}

/** Call `visit` for each field (fragments flattened) with the field's named composite type. */
function forEachField(
  selectionSet: SelectionSetNode,
  parentType: GraphQLCompositeType,
  context: CostContext,
  visit: (field: FieldNode, type: GraphQLCompositeType) => void,
): void {
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      const definition = fieldDefinition(parentType, selection.name.value);
      const type = definition ? getNamedType(definition.type) : undefined;
      if (type && isCompositeType(type)) visit(selection, type);
      else if (selection.name.value !== "__typename" && !definition) {
        throw new Error(`unknown field ${parentType.name}.${selection.name.value}`);
      }
      continue;
    }
    const fragment =
      selection.kind === Kind.FRAGMENT_SPREAD ? context.fragments.get(selection.name.value) : selection;
    if (fragment) forEachField(fragment.selectionSet, parentType, context, visit);
  }
}

function sizeOf(node: FieldNode, context: CostContext, where: string): number {
  for (const argument of node.arguments ?? []) {
    if (argument.name.value !== "first" && argument.name.value !== "last") continue;
    const value = valueFromASTUntyped(argument.value, context.variables);
    if (typeof value === "number" && Number.isInteger(value) && value >= 0) return value;
    throw new Error(`${where}: ${argument.name.value} has no integer value (pass it in variables)`);
  }
  throw new Error(`${where}: a connection needs first or last`);
}

function fieldDefinition(
  parentType: GraphQLCompositeType,
  name: string,
): GraphQLField<unknown, unknown> | undefined {
  return "getFields" in parentType ? parentType.getFields()[name] : undefined;
}

function isConnection(type: GraphQLNamedType): type is GraphQLCompositeType {
  if (!isObjectType(type) || !type.name.endsWith("Connection")) return false;
  const fields = type.getFields();
  return "edges" in fields || "nodes" in fields;
}
