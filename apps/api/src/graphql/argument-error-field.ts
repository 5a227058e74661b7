// Which argument a GraphQL refusal of an argument value is about, as core names fields: the path within
// the operation's arguments, an argument named `input` left out (`input.metrics.0.value` → `metrics.0.value`),
// list indexes as `.0`. GraphQL reports these refusals three ways, each handled here:
//  - variable coercion (`Variable "$i" got invalid value … at "i.kind"; …`): the path after the variable,
//    under the place the operation binds the variable (`createModel(input: $i)` → `input`);
//  - validation of literals (ValuesOfCorrectType, ProvidedRequiredArguments): the error's node, found in
//    the document among the argument values;
//  - execution (`Argument "id" of non-null type "ID!" must not be null.`): the argument's name.
// Anything else (syntax, unknown fields or arguments, limits) is not an argument-value refusal: undefined.
import {
  GraphQLError,
  Kind,
  parse,
  type ArgumentNode,
  type ASTNode,
  type DefinitionNode,
  type DirectiveNode,
  type DocumentNode,
  type SelectionSetNode,
  type Source,
  type ValueNode,
} from "graphql";

type Path = (string | number)[];

/** The field name for an argument path (see the header). */
export function argumentFieldName(path: Path): string {
  const parts = path.map(String);
  if (parts[0] === "input" && parts.length > 1) parts.shift();
  return parts.join(".");
}

const documents = new WeakMap<Source, DocumentNode | null>();

/** The request's document, parsed again from the error's source (only when an error is formatted). */
function documentOf(error: GraphQLError): DocumentNode | undefined {
  const source = error.source;
  if (!source) return undefined;
  if (!documents.has(source)) {
    try {
      documents.set(source, parse(source));
    } catch {
      documents.set(source, null);
    }
  }
  return documents.get(source) ?? undefined;
}

/** Every argument (of fields and directives) in these definitions, with the value it is given. */
function* argumentsIn(definitions: readonly DefinitionNode[]): Generator<ArgumentNode> {
  const inDirectives = function* (directives: readonly DirectiveNode[] | undefined) {
    for (const d of directives ?? []) yield* d.arguments ?? [];
  };
  const inSelections = function* (set: SelectionSetNode | undefined): Generator<ArgumentNode> {
    for (const s of set?.selections ?? []) {
      yield* inDirectives(s.directives);
      if (s.kind === Kind.FIELD) yield* s.arguments ?? [];
      if (s.kind !== Kind.FRAGMENT_SPREAD) yield* inSelections(s.selectionSet);
    }
  };
  for (const def of definitions) {
    if (def.kind !== Kind.OPERATION_DEFINITION && def.kind !== Kind.FRAGMENT_DEFINITION) continue;
    yield* inDirectives(def.directives);
    yield* inSelections(def.selectionSet);
  }
}

/** The path to the first node inside `value` (the value itself included) that `match` accepts. */
function find(value: ValueNode | ASTNode, path: Path, match: (node: ASTNode) => boolean): Path | undefined {
  if (match(value)) return path;
  if (value.kind === Kind.LIST) {
    for (const [i, item] of value.values.entries()) {
      const found = find(item, [...path, i], match);
      if (found) return found;
    }
  } else if (value.kind === Kind.OBJECT) {
    for (const field of value.fields) {
      if (match(field)) return [...path, field.name.value];
      const found = find(field.value, [...path, field.name.value], match);
      if (found) return found;
    }
  }
  return undefined;
}

function pathInArguments(definitions: readonly DefinitionNode[], match: (node: ASTNode) => boolean): Path | undefined {
  for (const arg of argumentsIn(definitions)) {
    const found = find(arg.value, [arg.name.value], match);
    if (found) return found;
  }
  return undefined;
}

const sameNode = (target: ASTNode) => (node: ASTNode) =>
  node.kind === target.kind && node.loc?.start === target.loc?.start && node.loc?.end === target.loc?.end;

/** Where the operation defining `$name` (at `definition`) binds it: the operation and every fragment. */
function bindingOf(document: DocumentNode, definition: ASTNode, name: string): Path | undefined {
  const operation = document.definitions.find(
    (d) => d.kind === Kind.OPERATION_DEFINITION && (d.variableDefinitions ?? []).some((v) => v.loc?.start === definition.loc?.start),
  );
  const scope = document.definitions.filter((d) => d === operation || d.kind === Kind.FRAGMENT_DEFINITION);
  return pathInArguments(scope, (node) => node.kind === Kind.VARIABLE && node.name.value === name);
}

/** `.kind[0].value` (GraphQL's printed path after the variable name) as a path. */
function parsePrintedPath(printed: string): Path {
  return [...printed.matchAll(/\.([_A-Za-z][_0-9A-Za-z]*)|\[(\d+)\]/g)].map((m) => (m[1] !== undefined ? m[1] : Number(m[2])));
}

/** The path within the variable's value that a coercion reason names (a missing or unknown field). */
function reasonField(reason: string): Path {
  const field = /^Field "(.+?)" (?:of required type "[^"]*" was not provided|is not defined by type "[_A-Za-z][_0-9A-Za-z]*")\./.exec(reason);
  return field ? [field[1]!] : [];
}

function variableRefusal(error: GraphQLError): Path | undefined {
  const definition = error.nodes?.[0];
  if (definition?.kind !== Kind.VARIABLE_DEFINITION) return undefined;
  const name = definition.variable.name.value;
  const head = `Variable "$${name}" `;
  if (!error.message.startsWith(head)) return undefined;
  let within: Path = [];
  if (error.message.startsWith(`${head}got invalid value `)) {
    // The message is `<prefix>; <reason>`, the reason being the original error's message.
    const reason = error.originalError?.message ?? "";
    const prefix = reason && error.message.endsWith(`; ${reason}`) ? error.message.slice(0, -reason.length - 2) : error.message;
    const at = new RegExp(` at "${name}((?:\\.[_A-Za-z][_0-9A-Za-z]*|\\[\\d+\\])*)"$`).exec(prefix);
    within = [...(at ? parsePrintedPath(at[1]!) : []), ...reasonField(reason)];
  } else if (!/^Variable "\$[^"]+" of (?:required type "[^"]*" was not provided|non-null type "[^"]*" must not be null)\.$/.test(error.message)) {
    return undefined;
  }
  const document = documentOf(error);
  const bound = document ? bindingOf(document, definition, name) : undefined;
  return [...(bound ?? [name]), ...within];
}

const VALUE_KINDS = new Set<string>([Kind.INT, Kind.FLOAT, Kind.STRING, Kind.BOOLEAN, Kind.NULL, Kind.ENUM, Kind.LIST, Kind.OBJECT, Kind.OBJECT_FIELD]);

function literalRefusal(error: GraphQLError): Path | undefined {
  const node = error.nodes?.[0];
  if (!node) return undefined;
  const missingArgument =
    /^(?:Field "[^"]+"|Directive "@[^"]+") argument "([_A-Za-z][_0-9A-Za-z]*)" of type "[^"]*" is required, but it was not provided\.$/.exec(error.message);
  if (missingArgument) return [missingArgument[1]!];
  if (!VALUE_KINDS.has(node.kind)) return undefined;
  const document = documentOf(error);
  const path = document && pathInArguments(document.definitions, sameNode(node));
  if (!path) return undefined;
  const missingField = /^Field "[_A-Za-z][_0-9A-Za-z]*\.([_A-Za-z][_0-9A-Za-z]*)" of required type "[^"]*" was not provided\.$/.exec(error.message);
  return missingField ? [...path, missingField[1]!] : path;
}

function executionRefusal(error: GraphQLError): Path | undefined {
  if (error.originalError) return undefined; // raised by a resolver, not by GraphQL's argument coercion
  const argument =
    /^Argument "([_A-Za-z][_0-9A-Za-z]*)" (?:of required type "[^"]*" was (?:not provided|provided the variable)|of non-null type "[^"]*" must not be null|has invalid value )/.exec(
      error.message,
    );
  return argument ? [argument[1]!] : undefined;
}

export type ArgumentRefusal = "variable" | "literal" | "execution";

/**
 * The argument field a refusal of GraphQL's is about, or undefined when the error is not about an
 * argument's value. `kind` says which stage refused: variable coercion (Apollo's BAD_USER_INPUT),
 * validation of the document (GRAPHQL_VALIDATION_FAILED), or execution (an error GraphQL itself raised).
 */
export function argumentErrorField(error: unknown, kind: ArgumentRefusal): string | undefined {
  if (!(error instanceof GraphQLError)) return undefined;
  const path = kind === "variable" ? variableRefusal(error) : kind === "literal" ? literalRefusal(error) : executionRefusal(error);
  return path && path.length ? argumentFieldName(path) : undefined;
}
