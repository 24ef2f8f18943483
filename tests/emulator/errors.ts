/**
 * Shopify's Admin API runs graphql-ruby, so its errors read differently from graphql-js's.
 * This module rewrites graphql-js parse, validation and variable errors into the messages,
 * `path`s and `extensions.code`s Shopify answers with.
 */
import {
  GraphQLError,
  Kind,
  Lexer,
  Source,
  TokenKind,
  TypeInfo,
  print,
  visit,
  visitWithTypeInfo,
  type ASTNode,
  type DocumentNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type VariableDefinitionNode,
} from "graphql";

export interface ShopifyError {
  message: string;
  locations?: { line: number; column: number }[];
  path?: (string | number)[];
  extensions?: Record<string, unknown>;
}

// ---- parse errors ------------------------------------------------------------------------

const TOKEN_NAMES: Partial<Record<TokenKind, string>> = {
  [TokenKind.BANG]: "BANG",
  [TokenKind.DOLLAR]: "VAR_SIGN",
  [TokenKind.AMP]: "AMP",
  [TokenKind.PAREN_L]: "LPAREN",
  [TokenKind.PAREN_R]: "RPAREN",
  [TokenKind.SPREAD]: "ELLIPSIS",
  [TokenKind.COLON]: "COLON",
  [TokenKind.EQUALS]: "EQUALS",
  [TokenKind.AT]: "DIR_SIGN",
  [TokenKind.BRACKET_L]: "LBRACKET",
  [TokenKind.BRACKET_R]: "RBRACKET",
  [TokenKind.BRACE_L]: "LCURLY",
  [TokenKind.PIPE]: "PIPE",
  [TokenKind.BRACE_R]: "RCURLY",
  [TokenKind.NAME]: "IDENTIFIER",
  [TokenKind.INT]: "INT",
  [TokenKind.FLOAT]: "FLOAT",
  [TokenKind.STRING]: "STRING",
  [TokenKind.BLOCK_STRING]: "STRING",
};

/** `Parse error on "}" (RCURLY) at [1, 10]`, as graphql-ruby says it. */
export function formatParseError(err: GraphQLError, query: string): ShopifyError {
  const loc = err.locations?.[0] ?? { line: 1, column: 1 };
  const offset = err.positions?.[0] ?? 0;
  let tokenText: string | null = null;
  let tokenName: string | null = null;
  try {
    const lexer = new Lexer(new Source(query));
    let tok = lexer.advance();
    while (tok.kind !== TokenKind.EOF && tok.end <= offset) tok = lexer.advance();
    if (tok.kind === TokenKind.EOF) {
      return { message: "Unexpected end of document", locations: [] };
    }
    tokenText = tok.value ?? tok.kind;
    tokenName = TOKEN_NAMES[tok.kind] ?? "UNKNOWN_CHAR";
  } catch {
    tokenText = query.charAt(offset);
    tokenName = "UNKNOWN_CHAR";
  }
  return {
    message: `Parse error on ${JSON.stringify(tokenText)} (${tokenName}) at [${loc.line}, ${loc.column}]`,
    locations: [{ line: loc.line, column: loc.column }],
  };
}

// ---- validation errors ---------------------------------------------------------------------

interface NodeContext {
  path: string[];
  operation: string;
  fieldName?: string;
  /** The nearest argument or input-object field enclosing the node. */
  container?:
    | { kind: "argument"; name: string; type: string; fieldName: string; directive?: string }
    | { kind: "inputField"; name: string; type: string; inputObject: string };
  variableDefinition?: string;
}

function operationLabel(op: OperationDefinitionNode): string {
  return op.name ? `${op.operation} ${op.name.value}` : op.operation;
}

/** For every AST node: the graphql-ruby style path and the argument/field around it. */
function contexts(schema: GraphQLSchema, doc: DocumentNode): Map<ASTNode, NodeContext> {
  const out = new Map<ASTNode, NodeContext>();
  const typeInfo = new TypeInfo(schema);
  const path: string[] = [];
  const fields: string[] = [];
  const containers: NonNullable<NodeContext["container"]>[] = [];
  let operation = "query";
  let variableDefinition: string | undefined;
  const pushed = new WeakSet<ASTNode>();

  const record = (node: ASTNode) =>
    out.set(node, {
      path: [...path],
      operation,
      fieldName: fields[fields.length - 1],
      container: containers[containers.length - 1],
      variableDefinition,
    });

  visit(
    doc,
    visitWithTypeInfo(typeInfo, {
      enter(node) {
        let segment: string | null = null;
        switch (node.kind) {
          case Kind.OPERATION_DEFINITION:
            operation = operationLabel(node);
            segment = operation;
            break;
          case Kind.FRAGMENT_DEFINITION:
            operation = `fragment ${node.name.value}`;
            segment = operation;
            break;
          case Kind.FIELD:
            segment = node.alias?.value ?? node.name.value;
            break;
          case Kind.INLINE_FRAGMENT:
            segment = node.typeCondition ? `... on ${node.typeCondition.name.value}` : "...";
            break;
          case Kind.FRAGMENT_SPREAD:
            segment = `... ${node.name.value}`;
            break;
          case Kind.ARGUMENT:
            segment = node.name.value;
            break;
          case Kind.OBJECT_FIELD:
            segment = node.name.value;
            break;
          case Kind.VARIABLE_DEFINITION:
            variableDefinition = node.variable.name.value;
            break;
        }
        if (segment !== null) {
          path.push(segment);
          pushed.add(node);
        }
        record(node);
        if (node.kind === Kind.FIELD) fields.push(node.name.value);
        if (node.kind === Kind.ARGUMENT) {
          const directive = typeInfo.getDirective();
          containers.push({
            kind: "argument",
            name: node.name.value,
            type: String(typeInfo.getArgument()?.type ?? typeInfo.getInputType() ?? "?"),
            fieldName: directive ? directive.name : (fields[fields.length - 1] ?? "?"),
            directive: directive?.name,
          });
        }
        if (node.kind === Kind.OBJECT_FIELD) {
          containers.push({
            kind: "inputField",
            name: node.name.value,
            type: String(typeInfo.getInputType() ?? "?"),
            inputObject: String(typeInfo.getParentInputType() ?? "?").replace(/[[\]!]/g, ""),
          });
        }
      },
      leave(node) {
        if (pushed.has(node)) path.pop();
        if (node.kind === Kind.FIELD) fields.pop();
        if (node.kind === Kind.ARGUMENT || node.kind === Kind.OBJECT_FIELD) containers.pop();
        if (node.kind === Kind.VARIABLE_DEFINITION) variableDefinition = undefined;
      },
    }),
  );
  return out;
}

function locs(err: GraphQLError) {
  return (err.locations ?? []).map((l) => ({ line: l.line, column: l.column }));
}

function stripSuggestion(msg: string): string {
  return msg.replace(/ Did you mean .*$/, "");
}

/** Rewrite graphql-js validation errors into Shopify's (graphql-ruby's) wording and codes. */
export function formatValidationErrors(
  errors: readonly GraphQLError[],
  schema: GraphQLSchema,
  doc: DocumentNode,
): ShopifyError[] {
  const ctxs = contexts(schema, doc);
  const out: ShopifyError[] = [];
  const missingArgs = new Map<ASTNode, { error: ShopifyError; args: string[] }>();

  for (const err of errors) {
    const node = err.nodes?.[0];
    const ctx: NodeContext = (node && ctxs.get(node)) || { path: [], operation: "query" };
    const base = { locations: locs(err), path: ctx.path };
    const msg = stripSuggestion(err.message);
    let m: RegExpExecArray | null;

    if ((m = /^Cannot query field "(\w+)" on type "(\w+)"\./.exec(msg))) {
      out.push({
        message: `Field '${m[1]}' doesn't exist on type '${m[2]}'`,
        ...base,
        extensions: { code: "undefinedField", typeName: m[2], fieldName: m[1] },
      });
    } else if ((m = /^Unknown argument "(\w+)" on field "\w+\.(\w+)"\./.exec(msg))) {
      out.push({
        message: `Field '${m[2]}' doesn't accept argument '${m[1]}'`,
        ...base,
        extensions: { code: "argumentNotAccepted", name: m[2], typeName: "Field", argumentName: m[1] },
      });
    } else if ((m = /^Unknown argument "(\w+)" on directive "@(\w+)"\./.exec(msg))) {
      out.push({
        message: `Directive '${m[2]}' doesn't accept argument '${m[1]}'`,
        ...base,
        extensions: { code: "argumentNotAccepted", name: m[2], typeName: "Directive", argumentName: m[1] },
      });
    } else if (
      (m = /^(Field|Directive) "@?(?:\w+\.)?(\w+)" argument "(\w+)" of type "(.+)" is required, but it was not provided\./.exec(msg))
    ) {
      const [, className, name, arg] = m;
      const key = node ?? err;
      const prev = missingArgs.get(key as ASTNode);
      if (prev) {
        prev.args.push(arg);
        prev.error.message = `${className} '${name}' is missing required arguments: ${prev.args.join(", ")}`;
        prev.error.extensions!.arguments = prev.args.join(", ");
      } else {
        const error: ShopifyError = {
          message: `${className} '${name}' is missing required arguments: ${arg}`,
          ...base,
          extensions: { code: "missingRequiredArguments", className, name, arguments: arg },
        };
        missingArgs.set(key as ASTNode, { error, args: [arg] });
        out.push(error);
      }
    } else if ((m = /^Field "(\w+)" is not defined by type "(\w+)"\./.exec(msg))) {
      out.push({
        message: `InputObject '${m[2]}' doesn't accept argument '${m[1]}'`,
        ...base,
        extensions: { code: "argumentNotAccepted", name: m[2], typeName: "InputObject", argumentName: m[1] },
      });
    } else if ((m = /^Field "(\w+)\.(\w+)" of required type "(.+)" was not provided\./.exec(msg))) {
      out.push({
        message: `Argument '${m[2]}' on InputObject '${m[1]}' is required. Expected type ${m[3]}`,
        ...base,
        extensions: {
          code: "missingRequiredInputObjectAttribute",
          argumentName: m[2],
          argumentType: m[3],
          inputObjectType: m[1],
        },
      });
    } else if (
      /cannot represent|^Expected value of type|does not exist in ".*" enum|^Enum ".*" cannot represent/.test(msg) &&
      ctx.container
    ) {
      const c = ctx.container;
      const value = node ? print(node) : "?";
      if (c.kind === "argument") {
        out.push({
          message: `Argument '${c.name}' on ${c.directive ? "Directive" : "Field"} '${c.fieldName}' has an invalid value (${value}). Expected type '${c.type}'.`,
          ...base,
          extensions: {
            code: "argumentLiteralsIncompatible",
            typeName: c.directive ? "Directive" : "Field",
            argumentName: c.name,
          },
        });
      } else {
        out.push({
          message: `Argument '${c.name}' on InputObject '${c.inputObject}' has an invalid value (${value}). Expected type '${c.type}'.`,
          ...base,
          extensions: { code: "argumentLiteralsIncompatible", typeName: "InputObject", argumentName: c.name },
        });
      }
    } else if ((m = /^Field "(\w+)" of type "(.+)" must have a selection of subfields\./.exec(msg))) {
      out.push({
        message: `Field must have selections (field '${m[1]}' returns ${m[2].replace(/[[\]!]/g, "")} but has no selections. Did you mean '${m[1]} { ... }'?)`,
        ...base,
        extensions: { code: "selectionMismatch", nodeName: `field '${m[1]}'` },
      });
    } else if ((m = /^Field "(\w+)" must not have a selection since type "(.+)" has no subfields\./.exec(msg))) {
      const sel =
        node && node.kind === Kind.FIELD && node.selectionSet
          ? node.selectionSet.selections.map((s) => (s.kind === Kind.FIELD ? s.name.value : "...")).join(", ")
          : "";
      out.push({
        message: `Selections can't be made on scalars (field '${m[1]}' returns ${m[2].replace(/[[\]!]/g, "")} but has selections [${sel}])`,
        ...base,
        extensions: { code: "selectionMismatch", nodeName: `field '${m[1]}'`, typeName: m[2].replace(/[[\]!]/g, "") },
      });
    } else if ((m = /^Variable "\$(\w+)" is never used/.exec(msg))) {
      out.push({
        message: `Variable $${m[1]} is declared by ${opName(ctx)} but not used`,
        ...base,
        extensions: { code: "variableNotUsed", variableName: m[1] },
      });
    } else if ((m = /^Variable "\$(\w+)" is not defined/.exec(msg))) {
      out.push({
        message: `Variable $${m[1]} is used by ${opName(ctx)} but not declared`,
        ...base,
        extensions: { code: "variableNotDefined", variableName: m[1] },
      });
    } else if ((m = /^Unknown type "(\w+)"\./.exec(msg))) {
      if (ctx.variableDefinition) {
        out.push({
          message: `${m[1]} isn't a defined input type (on $${ctx.variableDefinition})`,
          ...base,
          extensions: { code: "variableRequiresValidType", typeName: m[1], variableName: ctx.variableDefinition },
        });
      } else {
        out.push({
          message: `No such type ${m[1]}, so it can't be a fragment condition`,
          ...base,
          extensions: { code: "undefinedType", typeName: m[1] },
        });
      }
    } else if ((m = /^Unknown fragment "(\w+)"\./.exec(msg))) {
      out.push({
        message: `Fragment ${m[1]} was used, but not defined`,
        ...base,
        extensions: { code: "useAndDefineFragment", fragmentName: m[1] },
      });
    } else if ((m = /^Fragment "(\w+)" is never used\./.exec(msg))) {
      out.push({
        message: `Fragment ${m[1]} was defined, but not used`,
        ...base,
        extensions: { code: "useAndDefineFragment", fragmentName: m[1] },
      });
    } else if ((m = /^Variable "\$(\w+)" of type "(.+)" used in position expecting type "(.+)"\./.exec(msg))) {
      const [, name, given, expected] = m;
      const nullability = given.replace(/!/g, "") === expected.replace(/!/g, "");
      const kind = nullability ? "Nullability mismatch" : "Type mismatch";
      const arg = ctx.container?.name ?? "?";
      out.push({
        message: `${kind} on variable $${name} and argument ${arg} (${given} / ${expected})`,
        ...base,
        extensions: { code: "variableMismatch", variableName: name, typeName: given, argumentName: arg, errorMessage: kind },
      });
    } else if ((m = /^Unknown directive "@(\w+)"\./.exec(msg))) {
      out.push({
        message: `Directive @${m[1]} is not defined`,
        ...base,
        extensions: { code: "undefinedDirective", directiveName: m[1] },
      });
    } else if ((m = /^Fragment cannot be spread here as objects of type "(\w+)" can never be of type "(\w+)"\./.exec(msg))) {
      out.push({
        message: `Fragment on ${m[2]} can't be spread inside ${m[1]}`,
        ...base,
        extensions: { code: "fragmentSpreadTypeMismatch", typeName: m[2], fragmentName: "unknown", parentName: m[1] },
      });
    } else if ((m = /^Fields "(\w+)" conflict because/.exec(msg))) {
      out.push({
        message: `Field '${m[1]}' has a field conflict: ${msg}`,
        ...base,
        extensions: { code: "fieldConflict", fieldName: m[1] },
      });
    } else {
      out.push({ message: msg, ...base, extensions: { code: "validationError" } });
    }
  }
  return out;
}

function opName(ctx: NodeContext): string {
  const name = ctx.operation.replace(/^(query|mutation|subscription) ?/, "");
  return name || "anonymous query";
}

// ---- variable values ---------------------------------------------------------------------

/** `Variable $id of type ID! was provided invalid value`, extensions.code INVALID_VARIABLE. */
export function formatVariableErrors(
  errors: readonly GraphQLError[],
  definitions: readonly VariableDefinitionNode[],
  inputs: Record<string, unknown>,
): ShopifyError[] {
  return errors.map((err) => {
    const m = /^Variable "\$(\w+)"/.exec(err.message);
    const name = m?.[1] ?? "?";
    const def = definitions.find((d) => d.variable.name.value === name);
    const type = def ? print(def.type) : "?";
    let explanation = "Expected value to not be null";
    let problemPath: (string | number)[] = [];
    const at = /got invalid value .*? at "([^"]+)"; (.*)$/.exec(err.message);
    const plain = /got invalid value .*?; (.*)$/.exec(err.message);
    if (at) {
      problemPath = at[1].split(".").slice(1).map((s) => (/^\d+$/.test(s) ? Number(s) : s));
      explanation = stripSuggestion(at[2]);
    } else if (plain) {
      explanation = stripSuggestion(plain[1]);
    }
    const suffix = problemPath.length ? ` for ${problemPath.join(".")} (${explanation})` : "";
    return {
      message: `Variable $${name} of type ${type} was provided invalid value${suffix}`,
      locations: def?.loc ? [locationOf(def.loc.source.body, def.loc.start)] : [],
      extensions: { code: "INVALID_VARIABLE", value: inputs[name] ?? null, problems: [{ path: problemPath, explanation }] },
    };
  });
}

function locationOf(body: string, offset: number) {
  let line = 1;
  let col = 1;
  for (let i = 0; i < offset; i++) {
    if (body.charCodeAt(i) === 10) {
      line++;
      col = 1;
    } else col++;
  }
  return { line, column: col };
}

/** Execution (resolver) errors keep graphql-js's shape: message, locations, path, extensions. */
export function formatExecutionError(err: GraphQLError): ShopifyError {
  const out: ShopifyError = { message: err.message };
  if (err.locations) out.locations = locs(err);
  if (err.path) out.path = [...err.path];
  if (err.extensions && Object.keys(err.extensions).length) out.extensions = { ...err.extensions };
  return out;
}
