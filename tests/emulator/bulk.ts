/**
 * Bulk query operations: validated like Shopify, run asynchronously, the inner query executed
 * page by page with no page limits on nested connections, flattened to JSONL and streamed to a
 * temp file that the emulator serves. Up to 5 concurrent runs per shop from API 2026-01 (1 before).
 */
import { randomBytes } from "node:crypto";
import { createWriteStream, type WriteStream } from "node:fs";
import { once } from "node:events";
import path from "node:path";
import {
  Kind,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from "graphql";
import { validateBulkQuery, type BulkUserError } from "./bulk-validate";
import { isConnectionField } from "./cost";
import { BULK_ID_KEY, buildFlattenPlan, rootGroups } from "./flatten";
import { createRng, type Rng } from "./random";
import type { ResolverContext } from "./resolvers/context";
import { executeDocument } from "./resolvers/index";
import type { ShopStore } from "./store/shop-store";

export type BulkStatus = "CREATED" | "RUNNING" | "COMPLETED" | "CANCELING" | "CANCELED" | "FAILED" | "EXPIRED";

export interface BulkOperationRecord {
  __typename: "BulkOperation";
  id: string;
  type: "QUERY" | "MUTATION";
  status: BulkStatus;
  errorCode: "ACCESS_DENIED" | "INTERNAL_SERVER_ERROR" | "TIMEOUT" | null;
  query: string;
  createdAt: string;
  completedAt: string | null;
  /** UnsignedInt64 values travel as strings. */
  objectCount: string;
  rootObjectCount: string;
  fileSize: string | null;
  url: string | null;
  partialDataUrl: string | null;
  /** Not part of the schema: why a run failed, for debugging tests. */
  failure?: string;
}

export interface BulkRunOptions {
  apiVersion: string;
  groupObjects: boolean;
}

export interface BulkDeps {
  schema: GraphQLSchema;
  store: ShopStore;
  dir: string;
  baseUrl: () => string;
  context: () => ResolverContext;
  foreignChildren: () => boolean;
  /** Override of the concurrency limit (default: 5 from API 2026-01, else 1). */
  concurrency: () => number | undefined;
  onFinish: (op: BulkOperationRecord) => void;
}

const PAGE_SIZE = 25;
const ACTIVE: BulkStatus[] = ["CREATED", "RUNNING", "CANCELING"];

function concurrencyFor(apiVersion: string): number {
  return apiVersion === "unstable" || apiVersion >= "2026-01" ? 5 : 1;
}

export class BulkManager {
  private readonly ops: BulkOperationRecord[] = [];
  private readonly files = new Map<string, string>();
  private readonly cancelRequested = new Set<string>();
  private readonly done = new Map<string, Promise<BulkOperationRecord>>();

  constructor(private readonly deps: BulkDeps) {}

  get(id: string): BulkOperationRecord | undefined {
    return this.ops.find((o) => o.id === id);
  }

  list(): readonly BulkOperationRecord[] {
    return this.ops;
  }

  current(type: string): BulkOperationRecord | null {
    for (let i = this.ops.length - 1; i >= 0; i--) if (this.ops[i].type === type) return this.ops[i];
    return null;
  }

  /** The file behind a served URL token. */
  file(token: string): string | undefined {
    return this.files.get(token);
  }

  /** Resolves when the operation reaches a final status. */
  whenDone(id: string): Promise<BulkOperationRecord> {
    return this.done.get(id) ?? Promise.reject(new Error(`No bulk operation ${id}`));
  }

  start(query: string, opts: BulkRunOptions): { bulkOperation: BulkOperationRecord | null; userErrors: BulkUserError[] } {
    const running = this.ops.filter((o) => o.type === "QUERY" && ACTIVE.includes(o.status));
    const limit = this.deps.concurrency() ?? concurrencyFor(opts.apiVersion);
    if (running.length >= limit) {
      return {
        bulkOperation: null,
        userErrors: [
          {
            field: null,
            code: "OPERATION_IN_PROGRESS",
            message:
              limit === 1
                ? `A bulk query operation for this app and shop is already in progress: ${running[0].id}.`
                : `The maximum of ${limit} concurrent bulk query operations for this app and shop has been reached.`,
          },
        ],
      };
    }
    const v = validateBulkQuery(this.deps.schema, query);
    if (!v.ok) return { bulkOperation: null, userErrors: v.errors };
    const op: BulkOperationRecord = {
      __typename: "BulkOperation",
      id: this.deps.store.nextId("BulkOperation", 4_000_000_000n),
      type: "QUERY",
      status: "CREATED",
      errorCode: null,
      query,
      createdAt: this.deps.store.now(),
      completedAt: null,
      objectCount: "0",
      rootObjectCount: "0",
      fileSize: null,
      url: null,
      partialDataUrl: null,
    };
    this.ops.push(op);
    const foreign = this.deps.foreignChildren() || !opts.groupObjects;
    const run = new Promise<BulkOperationRecord>((resolve) => {
      setImmediate(() => {
        this.run(op, v.doc, v.operation, foreign).then(
          () => resolve(op),
          () => resolve(op),
        );
      });
    });
    this.done.set(op.id, run);
    return { bulkOperation: op, userErrors: [] };
  }

  cancel(id: string): { bulkOperation: BulkOperationRecord | null; userErrors: { field: string[] | null; message: string }[] } {
    const op = this.get(id);
    if (!op) return { bulkOperation: null, userErrors: [{ field: ["id"], message: "Bulk operation does not exist" }] };
    if (!ACTIVE.includes(op.status)) {
      return {
        bulkOperation: op,
        userErrors: [{ field: null, message: `A bulk operation cannot be canceled when it is ${op.status.toLowerCase()}` }],
      };
    }
    op.status = "CANCELING";
    this.cancelRequested.add(id);
    return { bulkOperation: op, userErrors: [] };
  }

  /** Cancel every active run and wait for them to stop (used on close). */
  async stopAll(): Promise<void> {
    const active = this.ops.filter((o) => ACTIVE.includes(o.status));
    for (const o of active) this.cancel(o.id);
    await Promise.all(active.map((o) => this.whenDone(o.id)));
  }

  private async run(op: BulkOperationRecord, doc: DocumentNode, operation: OperationDefinitionNode, foreign: boolean): Promise<void> {
    if (op.status === "CREATED") op.status = "RUNNING";
    const token = randomBytes(16).toString("hex");
    const file = path.join(this.deps.dir, `${token}.jsonl`);
    const out = createWriteStream(file);
    const writer = new GroupWriter(out, foreign ? createRng(Number(BigInt(op.id.split("/").pop()!) % 2147483647n)) : null);
    let roots = 0;
    try {
      const prepared = prepare(this.deps.schema, doc, operation);
      for (const root of prepared.roots) {
        let after: string | null = null;
        for (;;) {
          if (this.cancelRequested.has(op.id)) break;
          const ctx = { ...this.deps.context(), bulkMode: true };
          const result = await executeDocument(this.deps.schema, root.document, { emuAfter: after }, ctx);
          if (result.errors?.length) throw new Error(result.errors.map((e) => e.message).join("; "));
          const value = (result.data as Record<string, unknown> | null)?.[root.key];
          const groups = rootGroups(root.key, value, prepared.plan);
          roots += groups.length;
          for (const g of groups) await writer.group(g);
          op.objectCount = String(writer.lines);
          op.rootObjectCount = String(roots);
          const page = root.paged ? ((value as Record<string, unknown> | null)?.__emuPage as { hasNextPage: boolean; endCursor: string | null } | undefined) : undefined;
          if (!page?.hasNextPage) break;
          after = page.endCursor;
          await new Promise((r) => setImmediate(r));
        }
      }
      await writer.end();
      op.objectCount = String(writer.lines);
      op.rootObjectCount = String(roots);
      if (this.cancelRequested.has(op.id)) {
        op.status = "CANCELED";
      } else {
        op.status = "COMPLETED";
        if (writer.lines > 0) {
          this.files.set(token, file);
          op.url = `${this.deps.baseUrl()}/bulk/${token}.jsonl`;
          op.fileSize = String(writer.bytes);
        }
      }
    } catch (e) {
      await writer.end().catch(() => undefined);
      op.failure = e instanceof Error ? e.message : String(e);
      op.status = "FAILED";
      op.errorCode = "INTERNAL_SERVER_ERROR";
      if (writer.lines > 0) {
        this.files.set(token, file);
        op.partialDataUrl = `${this.deps.baseUrl()}/bulk/${token}.jsonl`;
      }
    }
    op.completedAt = this.deps.store.now();
    this.cancelRequested.delete(op.id);
    this.deps.onFinish(op);
  }
}

/** Writes JSONL with backpressure; with an rng, moves some children away from their parents. */
class GroupWriter {
  lines = 0;
  bytes = 0;
  private held: Record<string, unknown>[] = [];
  private buf: string[] = [];
  private bufBytes = 0;

  constructor(
    private readonly out: WriteStream,
    private readonly rng: Rng | null,
  ) {}

  async group(lines: Record<string, unknown>[]): Promise<void> {
    let group = lines;
    const late: Record<string, unknown>[] = [];
    if (this.rng && group.length > 1) {
      group = [...group];
      if (this.rng.chance(0.3)) late.push(...group.splice(this.rng.int(1, group.length - 1), 1));
      if (group.length > 1 && this.rng.chance(0.2)) {
        const [child] = group.splice(this.rng.int(1, group.length - 1), 1);
        group.unshift(child); // a child before its parent
      }
    }
    for (const l of group) this.push(l);
    // Children held back from the previous group come after this (different) parent's lines.
    for (const l of this.held) this.push(l);
    this.held = late;
    if (this.bufBytes > 1 << 16) await this.flush();
  }

  private push(line: Record<string, unknown>): void {
    const s = `${JSON.stringify(line)}\n`;
    this.buf.push(s);
    this.bufBytes += s.length;
    this.bytes += Buffer.byteLength(s);
    this.lines++;
  }

  private async flush(): Promise<void> {
    if (!this.buf.length) return;
    const chunk = this.buf.join("");
    this.buf = [];
    this.bufBytes = 0;
    if (!this.out.write(chunk)) await once(this.out, "drain");
  }

  async end(): Promise<void> {
    for (const l of this.held) this.push(l);
    this.held = [];
    await this.flush();
    if (this.out.writableEnded) return;
    this.out.end();
    await once(this.out, "close");
  }
}

// ---- preparing the inner query -----------------------------------------------------------------

interface PreparedRoot {
  key: string;
  paged: boolean;
  document: DocumentNode;
}

const name = (value: string) => ({ kind: Kind.NAME, value }) as const;

const idField = (): FieldNode => ({ kind: Kind.FIELD, alias: name(BULK_ID_KEY), name: name("id") });

const pageInfoField = (): FieldNode => ({
  kind: Kind.FIELD,
  alias: name("__emuPage"),
  name: name("pageInfo"),
  selectionSet: {
    kind: Kind.SELECTION_SET,
    selections: [
      { kind: Kind.FIELD, name: name("hasNextPage") },
      { kind: Kind.FIELD, name: name("endCursor") },
    ],
  },
});

/**
 * Add a hidden `id` to every connection node (and root object) whose type has one, so that
 * its children can name it as their parent. Plain objects get none.
 */
function withIds(schema: GraphQLSchema, doc: DocumentNode): DocumentNode {
  const typeInfo = new TypeInfo(schema);
  const owners: { field: string; container: string }[] = [];
  const rootName = schema.getQueryType()!.name;
  return visit(
    doc,
    visitWithTypeInfo(typeInfo, {
      Field: {
        enter(node: FieldNode) {
          owners.push({ field: node.name.value, container: typeInfo.getParentType()?.name ?? "" });
        },
        leave() {
          owners.pop();
        },
      },
      SelectionSet: {
        leave(node: SelectionSetNode, _key, parent) {
          if (!parent || Array.isArray(parent) || (parent as FieldNode).kind !== Kind.FIELD) return undefined;
          const owner = owners[owners.length - 1];
          const isNode =
            owner &&
            ((owner.field === "node" && owner.container.endsWith("Edge")) ||
              (owner.field === "nodes" && owner.container.endsWith("Connection")) ||
              owner.container === rootName);
          const t = typeInfo.getParentType();
          if (!isNode || !t || !("getFields" in t) || !("id" in t.getFields())) return undefined;
          return { ...node, selections: [...node.selections, idField()] };
        },
      },
    }),
  );
}

function prepare(schema: GraphQLSchema, doc: DocumentNode, operation: OperationDefinitionNode) {
  const withId = withIds(schema, doc);
  const op = withId.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const fragments = withId.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION);
  const queryType = schema.getQueryType()!;
  const roots: PreparedRoot[] = [];
  const rootFields: FieldNode[] = [];
  for (const s of op.selectionSet.selections) {
    if (s.kind !== Kind.FIELD || s.name.value === BULK_ID_KEY || s.name.value.startsWith("__")) continue;
    const def = queryType.getFields()[s.name.value] as GraphQLField<unknown, unknown> | undefined;
    if (!def) continue;
    const key = s.alias?.value ?? s.name.value;
    const paged = isConnectionField(def);
    let field: FieldNode = s;
    if (paged) {
      const args = (s.arguments ?? []).filter((a) => !["first", "last", "after", "before"].includes(a.name.value));
      field = {
        ...s,
        arguments: [
          ...args,
          { kind: Kind.ARGUMENT, name: name("first"), value: { kind: Kind.INT, value: String(PAGE_SIZE) } },
          { kind: Kind.ARGUMENT, name: name("after"), value: { kind: Kind.VARIABLE, name: name("emuAfter") } },
        ],
        selectionSet: { kind: Kind.SELECTION_SET, selections: [...(s.selectionSet?.selections ?? []), pageInfoField()] },
      };
    }
    rootFields.push(field);
    const document: DocumentNode = {
      kind: Kind.DOCUMENT,
      definitions: [
        {
          ...op,
          name: undefined,
          variableDefinitions: [
            {
              kind: Kind.VARIABLE_DEFINITION,
              variable: { kind: Kind.VARIABLE, name: name("emuAfter") },
              type: { kind: Kind.NAMED_TYPE, name: name("String") },
            },
          ],
          selectionSet: { kind: Kind.SELECTION_SET, selections: [field] },
        },
        ...fragments,
      ],
    };
    roots.push({ key, paged, document });
  }
  const fragmentMap = new Map(fragments.map((f) => [f.name.value, f]));
  const plan = buildFlattenPlan(schema, fragmentMap, { kind: Kind.SELECTION_SET, selections: rootFields }, queryType);
  void operation;
  return { roots, plan };
}
