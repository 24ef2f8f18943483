/**
 * Shopify's query cost rules: scalars and enums 0, objects 1, connections 2 + first/last × the
 * cost of one node, mutations 10, the most expensive member for unions and interfaces.
 * Requested cost is computed from the document; actual cost from the returned data.
 */
import {
  Kind,
  getNamedType,
  isAbstractType,
  isCompositeType,
  isLeafType,
  isObjectType,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from "graphql";

export const MAX_QUERY_COST = 1000;
export const MUTATION_COST = 10;

interface Ctx {
  schema: GraphQLSchema;
  fragments: Map<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
}

export function findOperation(doc: DocumentNode, operationName?: string | null): OperationDefinitionNode | undefined {
  const ops = doc.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  if (operationName) return ops.find((o) => o.name?.value === operationName);
  return ops.length === 1 ? ops[0] : undefined;
}

function makeCtx(schema: GraphQLSchema, doc: DocumentNode, variables: Record<string, unknown>): Ctx {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of doc.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  return { schema, fragments, variables };
}

export function isConnectionField(field: GraphQLField<unknown, unknown>): boolean {
  const named = getNamedType(field.type);
  if (!isObjectType(named) || !named.name.endsWith("Connection")) return false;
  const f = named.getFields();
  return ("edges" in f || "nodes" in f) && field.args.some((a) => a.name === "first");
}

function intArg(field: FieldNode, name: string, ctx: Ctx): number | null {
  const arg = field.arguments?.find((a) => a.name.value === name);
  if (!arg) return null;
  return intValue(arg.value, ctx);
}

function intValue(v: ValueNode, ctx: Ctx): number | null {
  if (v.kind === Kind.INT) return Number.parseInt(v.value, 10);
  if (v.kind === Kind.VARIABLE) {
    const x = ctx.variables[v.name.value];
    return typeof x === "number" ? x : null;
  }
  return null;
}

function fieldDef(type: GraphQLCompositeType, name: string): GraphQLField<unknown, unknown> | undefined {
  if (isAbstractType(type) && !("getFields" in type)) return undefined;
  return (type as { getFields(): Record<string, GraphQLField<unknown, unknown>> }).getFields()[name];
}

/** Walk fields of a selection set, grouping fragment contents by the type they apply to. */
function eachSelection(
  sel: SelectionSetNode,
  type: GraphQLCompositeType,
  ctx: Ctx,
  visit: (field: FieldNode, def: GraphQLField<unknown, unknown>, branch: string | null) => void,
  branch: string | null = null,
): void {
  for (const s of sel.selections) {
    if (s.kind === Kind.FIELD) {
      if (s.name.value.startsWith("__")) continue;
      const def = fieldDef(type, s.name.value);
      if (def) visit(s, def, branch);
      continue;
    }
    const frag = s.kind === Kind.FRAGMENT_SPREAD ? ctx.fragments.get(s.name.value) : s;
    if (!frag) continue;
    const condName = frag.typeCondition?.name.value ?? type.name;
    const cond = ctx.schema.getType(condName);
    if (!cond || !isCompositeType(cond)) continue;
    const sameLevel = condName === type.name || isAbstractType(cond);
    eachSelection(frag.selectionSet, cond, ctx, visit, sameLevel ? branch : condName);
  }
}

function requestedSelection(sel: SelectionSetNode | undefined, type: GraphQLNamedType, ctx: Ctx): number {
  if (!sel || !isCompositeType(type)) return 0;
  let common = 0;
  const branches = new Map<string, number>();
  eachSelection(sel, type, ctx, (field, def, branch) => {
    const c = requestedField(field, def, ctx);
    if (branch === null) common += c;
    else branches.set(branch, (branches.get(branch) ?? 0) + c);
  });
  return common + Math.max(0, ...branches.values());
}

function requestedField(field: FieldNode, def: GraphQLField<unknown, unknown>, ctx: Ctx): number {
  const named = getNamedType(def.type);
  if (isLeafType(named)) return 0;
  if (isConnectionField(def)) {
    const n = intArg(field, "first", ctx) ?? intArg(field, "last", ctx) ?? 0;
    return 2 + n * requestedNode(field.selectionSet, named, ctx);
  }
  return 1 + requestedSelection(field.selectionSet, named, ctx);
}

/** Cost of one node of a connection: edges { node } and nodes. pageInfo and cursors are free. */
function requestedNode(sel: SelectionSetNode | undefined, connType: GraphQLNamedType, ctx: Ctx): number {
  if (!sel || !isCompositeType(connType)) return 0;
  let per = 0;
  eachSelection(sel, connType, ctx, (field, def) => {
    const name = field.name.value;
    if (name === "nodes") per += 1 + requestedSelection(field.selectionSet, getNamedType(def.type), ctx);
    else if (name === "edges") {
      const edgeType = getNamedType(def.type);
      if (field.selectionSet && isCompositeType(edgeType)) {
        eachSelection(field.selectionSet, edgeType, ctx, (f2, d2) => {
          if (f2.name.value === "node") per += 1 + requestedSelection(f2.selectionSet, getNamedType(d2.type), ctx);
        });
      }
    }
  });
  return per;
}

export function requestedQueryCost(
  schema: GraphQLSchema,
  doc: DocumentNode,
  op: OperationDefinitionNode,
  variables: Record<string, unknown>,
): number {
  if (op.operation === "mutation") {
    return op.selectionSet.selections.filter((s) => s.kind !== Kind.FIELD || !s.name.value.startsWith("__")).length * MUTATION_COST;
  }
  const root = schema.getQueryType();
  if (!root) return 0;
  return requestedSelection(op.selectionSet, root, makeCtx(schema, doc, variables));
}

// ---- actual cost -----------------------------------------------------------------------------

type Json = Record<string, unknown>;

function actualSelection(sel: SelectionSetNode | undefined, type: GraphQLNamedType, value: unknown, ctx: Ctx): number {
  if (!sel || !isCompositeType(type) || value === null || typeof value !== "object") return 0;
  const obj = value as Json;
  const seen = new Set<string>();
  let sum = 0;
  eachSelection(sel, type, ctx, (field, def) => {
    const key = field.alias?.value ?? field.name.value;
    if (seen.has(key) || !(key in obj)) return;
    seen.add(key);
    sum += actualField(field, def, obj[key], ctx);
  });
  return sum;
}

function actualField(field: FieldNode, def: GraphQLField<unknown, unknown>, value: unknown, ctx: Ctx): number {
  const named = getNamedType(def.type);
  if (isLeafType(named) || value === null || value === undefined) return 0;
  if (isConnectionField(def)) {
    let sum = 2;
    const conn = value as Json;
    eachSelection(field.selectionSet!, named as GraphQLCompositeType, ctx, (f, d) => {
      const key = f.alias?.value ?? f.name.value;
      const list = conn[key];
      if (!Array.isArray(list)) return;
      if (f.name.value === "nodes") {
        for (const n of list) if (n) sum += 1 + actualSelection(f.selectionSet, getNamedType(d.type), n, ctx);
      } else if (f.name.value === "edges" && f.selectionSet) {
        const edgeType = getNamedType(d.type) as GraphQLCompositeType;
        eachSelection(f.selectionSet, edgeType, ctx, (f2, d2) => {
          if (f2.name.value !== "node") return;
          const k2 = f2.alias?.value ?? "node";
          for (const e of list) {
            const n = (e as Json | null)?.[k2];
            if (n) sum += 1 + actualSelection(f2.selectionSet, getNamedType(d2.type), n, ctx);
          }
        });
      }
    });
    return sum;
  }
  if (Array.isArray(value)) {
    let max = 0;
    for (const v of value) max = Math.max(max, actualSelection(field.selectionSet, named, v, ctx));
    return 1 + max;
  }
  return 1 + actualSelection(field.selectionSet, named, value, ctx);
}

export function actualQueryCost(
  schema: GraphQLSchema,
  doc: DocumentNode,
  op: OperationDefinitionNode,
  variables: Record<string, unknown>,
  data: unknown,
): number {
  if (op.operation === "mutation") return requestedQueryCost(schema, doc, op, variables);
  const root = schema.getQueryType();
  if (!root || !data) return 0;
  return actualSelection(op.selectionSet, root, data, makeCtx(schema, doc, variables));
}
