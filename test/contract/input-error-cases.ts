// Refusals GraphQL itself makes, generated from the schema: for every argument of every query and
// mutation, values of the wrong type, names outside an enum, null where null is not allowed, missing
// required fields, fields an input type does not define — sent as variables, as literals, and as variables
// placed inside a literal. Each case says which argument path the refusal must name (`extensions.field`:
// the path within the operation's arguments, an argument named `input` left out, list indexes as `.0`).
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isRequiredInputField,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from "graphql";

/** A value in both spellings: JSON for variables, GraphQL syntax for literals. */
interface Value {
  json: unknown;
  literal: string;
}

export interface InputErrorCase {
  /** What is wrong and how it is sent, for failure messages. */
  name: string;
  query: string;
  variables: Record<string, unknown>;
  /** The field the refusal must name. */
  field: string;
}

type Path = (string | number)[];

const NOT_ENUM = "NOT_A_VALUE_OF_THIS_ENUM";
const VALID_SCALARS: Record<string, Value> = {
  String: { json: "x", literal: `"x"` },
  ID: { json: "x", literal: `"x"` },
  Int: { json: 1, literal: "1" },
  Float: { json: 1.5, literal: "1.5" },
  Boolean: { json: true, literal: "true" },
  DateTime: { json: "2025-01-01T00:00:00.000Z", literal: `"2025-01-01T00:00:00.000Z"` },
  JSON: { json: {}, literal: "{}" },
  JSONObject: { json: {}, literal: "{}" },
};
/** A value each scalar refuses; JSON accepts anything and has none. */
const WRONG_SCALARS: Record<string, Value | undefined> = {
  String: { json: 12, literal: "12" },
  ID: { json: true, literal: "true" },
  Int: { json: "twelve", literal: `"twelve"` },
  Float: { json: "twelve", literal: `"twelve"` },
  Boolean: { json: "yes", literal: `"yes"` },
  DateTime: { json: "not a date", literal: `"not a date"` },
  JSONObject: { json: "text", literal: `"text"` },
  JSON: undefined,
};

const str = (v: unknown): Value => ({ json: v, literal: JSON.stringify(v) });
const list = (items: Value[]): Value => ({ json: items.map((i) => i.json), literal: `[${items.map((i) => i.literal).join(", ")}]` });
function object(fields: Record<string, Value>): Value {
  const entries = Object.entries(fields);
  return { json: Object.fromEntries(entries.map(([k, v]) => [k, v.json])), literal: `{ ${entries.map(([k, v]) => `${k}: ${v.literal}`).join(", ")} }` };
}

/** A value of the type that GraphQL accepts (required fields only). */
function valid(type: GraphQLInputType): Value {
  if (isNonNullType(type)) return valid(type.ofType);
  if (isListType(type)) return list([]);
  if (isEnumType(type)) {
    const first = type.getValues()[0]!.name;
    return { json: first, literal: first };
  }
  if (isScalarType(type)) return VALID_SCALARS[type.name] ?? str("x");
  return object(requiredFields(type));
}

function requiredFields(type: GraphQLInputType): Record<string, Value> {
  const named = getNamedType(type);
  if (!isInputObjectType(named)) return {};
  return Object.fromEntries(
    Object.values(named.getFields())
      .filter(isRequiredInputField)
      .map((f) => [f.name, valid(f.type)]),
  );
}

interface Bad {
  what: string;
  value: Value;
  path: Path;
  /** Refused only as a literal (a string naming an enum value is fine in JSON). */
  literalOnly?: boolean;
}

/** Values of `type` at `path` that GraphQL refuses, each with the path of the part at fault. */
function* bad(type: GraphQLInputType, path: Path, seen: Set<string>): Generator<Bad> {
  if (isNonNullType(type)) {
    yield { what: "null for a non-null", value: { json: null, literal: "null" }, path };
    yield* bad(type.ofType, path, seen);
    return;
  }
  if (isListType(type)) {
    for (const b of bad(type.ofType, [...path, 0], seen)) yield { ...b, value: list([b.value]) };
    return;
  }
  if (isEnumType(type)) {
    yield { what: `a name outside ${type.name}`, value: { json: NOT_ENUM, literal: NOT_ENUM }, path };
    yield { what: `a string for ${type.name}`, value: str(type.getValues()[0]!.name), path, literalOnly: true };
    return;
  }
  if (isScalarType(type)) {
    const wrong = WRONG_SCALARS[type.name] ?? (type.name in VALID_SCALARS ? undefined : { json: { not: "a scalar" }, literal: `{ not: "a scalar" }` });
    if (wrong) yield { what: `a wrong value for ${type.name}`, value: wrong, path };
    return;
  }
  if (!isInputObjectType(type) || seen.has(type.name)) return;
  const inner = new Set([...seen, type.name]);
  yield { what: `a string for ${type.name}`, value: str("text"), path };
  const base = requiredFields(type);
  yield {
    what: `a field ${type.name} does not define`,
    value: object({ ...base, notAFieldOfThisType: { json: 1, literal: "1" } }),
    path: [...path, "notAFieldOfThisType"],
  };
  for (const field of Object.values(type.getFields())) {
    if (isRequiredInputField(field)) {
      const { [field.name]: _omitted, ...rest } = base;
      yield { what: `${type.name}.${field.name} missing`, value: object(rest), path: [...path, field.name] };
    }
    for (const b of bad(field.type, [...path, field.name], inner)) yield { ...b, value: object({ ...base, [field.name]: b.value }) };
  }
}

/** The field name core and the API report for an argument path. */
export function fieldName(path: Path): string {
  const parts = path.map(String);
  if (parts[0] === "input" && parts.length > 1) parts.shift();
  return parts.join(".");
}

function selection(field: GraphQLField<unknown, unknown>): string {
  return isLeafType(getNamedType(field.type)) ? "" : " { __typename }";
}

function operation(kind: "query" | "mutation", field: GraphQLField<unknown, unknown>, vars: string[], args: string[]): string {
  const head = vars.length ? `(${vars.join(", ")})` : "";
  const call = args.length ? `(${args.join(", ")})` : "";
  return `${kind} Refused${head} { ${field.name}${call}${selection(field)} }`;
}

const required = (arg: GraphQLArgument) => isNonNullType(arg.type) && arg.defaultValue === undefined;

function* casesOfField(kind: "query" | "mutation", field: GraphQLField<unknown, unknown>): Generator<InputErrorCase> {
  const label = `${kind} ${field.name}`;
  const others = (target: GraphQLArgument) => field.args.filter((a) => a !== target && required(a));
  for (const arg of field.args) {
    const typeName = String(arg.type);
    // Missing altogether: as a literal argument, and as a declared variable with no value.
    if (required(arg)) {
      const rest = others(arg);
      yield {
        name: `${label}: ${arg.name} not given`,
        field: arg.name,
        variables: {},
        query: operation(
          kind,
          field,
          [],
          rest.map((a) => `${a.name}: ${valid(a.type).literal}`),
        ),
      };
      yield {
        name: `${label}: variable for ${arg.name} not given`,
        field: arg.name,
        variables: Object.fromEntries(rest.map((a) => [a.name, valid(a.type).json])),
        query: operation(
          kind,
          field,
          [`$v: ${typeName}`, ...rest.map((a) => `$${a.name}: ${a.type}`)],
          [`${arg.name}: $v`, ...rest.map((a) => `${a.name}: $${a.name}`)],
        ),
      };
    }
    for (const b of bad(arg.type, [arg.name], new Set())) {
      const rest = others(arg);
      const expected = fieldName(b.path);
      // As a literal.
      yield {
        name: `${label}: ${b.what} at ${b.path.join(".")} (literal)`,
        field: expected,
        variables: {},
        query: operation(kind, field, [], [`${arg.name}: ${b.value.literal}`, ...rest.map((a) => `${a.name}: ${valid(a.type).literal}`)]),
      };
      // As a variable bound to the argument, under a name of its own (the refusal names the argument, not the variable).
      if (!b.literalOnly) {
        yield {
          name: `${label}: ${b.what} at ${b.path.join(".")} (variable)`,
          field: expected,
          variables: { v: b.value.json, ...Object.fromEntries(rest.map((a) => [a.name, valid(a.type).json])) },
          query: operation(
            kind,
            field,
            [`$v: ${typeName}`, ...rest.map((a) => `$${a.name}: ${a.type}`)],
            [`${arg.name}: $v`, ...rest.map((a) => `${a.name}: $${a.name}`)],
          ),
        };
      }
    }
    // A variable inside a literal object: `input: { kind: $v }` is refused as `kind`.
    const named = getNamedType(arg.type);
    if (isInputObjectType(named)) {
      for (const inner of Object.values(named.getFields())) {
        const leaf = getNamedType(inner.type);
        if (!isLeafType(leaf)) continue;
        const wrong = isEnumType(leaf) ? { json: NOT_ENUM } : WRONG_SCALARS[leaf.name];
        if (!wrong) continue;
        const base = requiredFields(named);
        const { [inner.name]: _replaced, ...rest } = base;
        const literal = `{ ${[...Object.entries(rest).map(([k, v]) => `${k}: ${v.literal}`), `${inner.name}: $v`].join(", ")} }`;
        const wrapped = isListType(arg.type) || (isNonNullType(arg.type) && isListType(arg.type.ofType)) ? `[${literal}]` : literal;
        const path = wrapped.startsWith("[") ? [arg.name, 0, inner.name] : [arg.name, inner.name];
        const otherArgs = others(arg);
        yield {
          name: `${label}: variable inside ${arg.name}.${inner.name}`,
          field: fieldName(path),
          variables: { v: wrong.json, ...Object.fromEntries(otherArgs.map((a) => [a.name, valid(a.type).json])) },
          query: operation(
            kind,
            field,
            [`$v: ${inner.type}`, ...otherArgs.map((a) => `$${a.name}: ${a.type}`)],
            [`${arg.name}: ${wrapped}`, ...otherArgs.map((a) => `${a.name}: $${a.name}`)],
          ),
        };
      }
    }
  }
}

/** Every case, for every query and mutation of the schema. */
export function inputErrorCases(schema: GraphQLSchema): InputErrorCase[] {
  const out: InputErrorCase[] = [];
  for (const [kind, type] of [
    ["query", schema.getQueryType()],
    ["mutation", schema.getMutationType()],
  ] as const) {
    for (const field of Object.values(type?.getFields() ?? {})) out.push(...casesOfField(kind, field));
  }
  return out;
}
