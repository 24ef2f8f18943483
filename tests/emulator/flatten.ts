/**
 * Shopify's bulk JSONL shape: every node of a connection becomes a line of its own with
 * `__parentId` naming the nearest enclosing node; plain objects and lists stay inline.
 */
import {
  Kind,
  getNamedType,
  isCompositeType,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type SelectionSetNode,
} from "graphql";
import { isConnectionField } from "./cost";

/** Hidden alias the bulk runner adds to every node so children can name their parent. */
export const BULK_ID_KEY = "__emuId";

export interface FlattenPlan {
  /** Response keys that are connections: where their nodes sit and how to flatten those. */
  connections: Map<string, { edgesKey: string | null; nodeKey: string | null; nodesKey: string | null; plan: FlattenPlan }>;
  /** Plain objects (or lists of them) that contain connections further down. */
  objects: Map<string, FlattenPlan>;
}

const emptyPlan = (): FlattenPlan => ({ connections: new Map(), objects: new Map() });

function hasContent(p: FlattenPlan): boolean {
  return p.connections.size > 0 || p.objects.size > 0;
}

function forEachField(
  schema: GraphQLSchema,
  fragments: Map<string, FragmentDefinitionNode>,
  sel: SelectionSetNode,
  type: GraphQLCompositeType,
  fn: (key: string, name: string, sel: SelectionSetNode | undefined, def: GraphQLField<unknown, unknown>) => void,
): void {
  for (const s of sel.selections) {
    if (s.kind === Kind.FIELD) {
      if (!("getFields" in type)) continue;
      const def = (type.getFields() as Record<string, GraphQLField<unknown, unknown>>)[s.name.value];
      if (def) fn(s.alias?.value ?? s.name.value, s.name.value, s.selectionSet, def);
      continue;
    }
    const frag = s.kind === Kind.FRAGMENT_SPREAD ? fragments.get(s.name.value) : s;
    if (!frag) continue;
    const cond = frag.typeCondition ? schema.getType(frag.typeCondition.name.value) : type;
    if (cond && isCompositeType(cond)) forEachField(schema, fragments, frag.selectionSet, cond, fn);
  }
}

export function buildFlattenPlan(
  schema: GraphQLSchema,
  fragments: Map<string, FragmentDefinitionNode>,
  sel: SelectionSetNode,
  type: GraphQLCompositeType,
): FlattenPlan {
  const plan = emptyPlan();
  forEachField(schema, fragments, sel, type, (key, _name, sub, def) => {
    const named = getNamedType(def.type);
    if (!sub || !isCompositeType(named)) return;
    if (isConnectionField(def)) {
      let edgesKey: string | null = null;
      let nodeKey: string | null = null;
      let nodesKey: string | null = null;
      let nodePlan = emptyPlan();
      forEachField(schema, fragments, sub, named, (k2, n2, s2, d2) => {
        const t2 = getNamedType(d2.type);
        if (!s2 || !isCompositeType(t2)) return;
        if (n2 === "nodes") {
          nodesKey = k2;
          nodePlan = buildFlattenPlan(schema, fragments, s2, t2);
        } else if (n2 === "edges") {
          edgesKey = k2;
          forEachField(schema, fragments, s2, t2, (k3, n3, s3, d3) => {
            const t3 = getNamedType(d3.type);
            if (n3 === "node" && s3 && isCompositeType(t3)) {
              nodeKey = k3;
              nodePlan = buildFlattenPlan(schema, fragments, s3, t3);
            }
          });
        }
      });
      plan.connections.set(key, { edgesKey, nodeKey, nodesKey, plan: nodePlan });
    } else {
      const p = buildFlattenPlan(schema, fragments, sub, named);
      if (hasContent(p)) plan.objects.set(key, p);
    }
  });
  return plan;
}

type Obj = Record<string, unknown>;

function connectionNodes(value: unknown, c: { edgesKey: string | null; nodeKey: string | null; nodesKey: string | null }): Obj[] {
  if (!value || typeof value !== "object") return [];
  const conn = value as Obj;
  if (c.nodesKey && Array.isArray(conn[c.nodesKey])) return (conn[c.nodesKey] as Obj[]).filter(Boolean);
  if (c.edgesKey && c.nodeKey && Array.isArray(conn[c.edgesKey])) {
    return (conn[c.edgesKey] as Obj[]).map((e) => e?.[c.nodeKey!] as Obj).filter(Boolean);
  }
  return [];
}

/**
 * Strip connections out of `obj` (recursively through plain objects), queueing their nodes
 * as children of `parentId`. Returns the inline copy.
 */
function strip(obj: Obj, plan: FlattenPlan, parentId: string | null, children: { node: Obj; plan: FlattenPlan; parentId: string | null }[]): Obj {
  if (!hasContent(plan)) return obj;
  const out: Obj = {};
  for (const [k, v] of Object.entries(obj)) {
    const c = plan.connections.get(k);
    if (c) {
      for (const node of connectionNodes(v, c)) children.push({ node, plan: c.plan, parentId });
      continue;
    }
    const p = plan.objects.get(k);
    if (p && v && typeof v === "object") {
      out[k] = Array.isArray(v) ? v.map((x) => (x && typeof x === "object" ? strip(x as Obj, p, parentId, children) : x)) : strip(v as Obj, p, parentId, children);
      continue;
    }
    out[k] = v;
  }
  return out;
}

/** Lines for one node and everything under it, parent first, in document order. */
export function flattenNode(node: Obj, plan: FlattenPlan, parentId: string | null, out: Obj[]): void {
  const id = typeof node[BULK_ID_KEY] === "string" ? (node[BULK_ID_KEY] as string) : null;
  const children: { node: Obj; plan: FlattenPlan; parentId: string | null }[] = [];
  const line = strip(node, plan, id ?? parentId, children);
  const copy: Obj = line === node ? { ...node } : line;
  delete copy[BULK_ID_KEY];
  if (parentId) copy.__parentId = parentId;
  out.push(copy);
  for (const c of children) flattenNode(c.node, c.plan, c.parentId, out);
}

/** Lines for a root field's value: a connection's nodes each start a group; an object is one group. */
export function rootGroups(key: string, value: unknown, plan: FlattenPlan): Obj[][] {
  const c = plan.connections.get(key);
  if (c) {
    return connectionNodes(value, c).map((node) => {
      const lines: Obj[] = [];
      flattenNode(node, c.plan, null, lines);
      return lines;
    });
  }
  if (value && typeof value === "object" && !Array.isArray(value)) {
    const lines: Obj[] = [];
    flattenNode(value as Obj, plan.objects.get(key) ?? emptyPlan(), null, lines);
    return [lines];
  }
  return [];
}
