// Which columns an operation needs from a loader: the fields it selects on an object type — anywhere in
// the operation, so every load of the request uses the same loader, batched and cached as one — mapped to
// the columns those fields read. Loaders then read only those columns (much less work in Prisma for a
// page of rows). A field the mapping does not know (e.g. one another area adds to the type) means every
// column. @skip/@include are ignored and every fragment counts: the analysis may over-select, never under.
import { getNamedType, TypeInfo, visit, visitWithTypeInfo, type ASTNode, type GraphQLResolveInfo, type OperationDefinitionNode } from "graphql";

interface Selections {
  /** Type name → names of the fields selected on it. */
  fields: Map<string, Set<string>>;
  /** Type name → "Parent.field" of the fields that return it (as a list, non-null or plain). */
  reachedThrough: Map<string, Set<string>>;
}

function add(map: Map<string, Set<string>>, key: string, value: string): void {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
}

function analyse(info: GraphQLResolveInfo): Selections {
  const out: Selections = { fields: new Map(), reachedThrough: new Map() };
  // Fragments are visited whole, used by this operation or not: a superset is safe.
  const roots: ASTNode[] = [info.operation, ...Object.values(info.fragments)];
  for (const root of roots) {
    const typeInfo = new TypeInfo(info.schema);
    visit(
      root,
      visitWithTypeInfo(typeInfo, {
        Field(node) {
          const parent = typeInfo.getParentType();
          const type = typeInfo.getType();
          if (!parent) return;
          add(out.fields, parent.name, node.name.value);
          if (type) add(out.reachedThrough, getNamedType(type).name, `${parent.name}.${node.name.value}`);
        },
      }),
    );
  }
  return out;
}

const analysed = new WeakMap<OperationDefinitionNode, Selections>();

function selections(info: GraphQLResolveInfo): Selections {
  let found = analysed.get(info.operation);
  if (!found) analysed.set(info.operation, (found = analyse(info)));
  return found;
}

/** Names of the fields the operation selects on the object type `type`, anywhere. */
export function fieldsSelectedOn(info: GraphQLResolveInfo, type: string): Set<string> {
  return selections(info).fields.get(type) ?? new Set();
}

/** The fields ("Parent.field") through which the operation reaches objects of type `type`. */
export function fieldsReturning(info: GraphQLResolveInfo, type: string): Set<string> {
  return selections(info).reachedThrough.get(type) ?? new Set();
}

/** What each field of a type reads: a column read as the field of the same name, plus computed fields. */
export type ColumnReads<C extends string> = Readonly<Record<string, readonly C[]>>;

export function columnReads<C extends string>(columns: Readonly<Record<string, C>>, computed: ColumnReads<C>): ColumnReads<C> {
  return { ...Object.fromEntries(Object.values(columns).map((c) => [c, [c]])), __typename: [], ...computed };
}

/** The sorted columns `fields` read (with `always`), or undefined — every column — if one field is unknown. */
export function columnsFor<C extends string>(fields: Iterable<string>, reads: ColumnReads<C>, always: readonly C[]): C[] | undefined {
  const out = new Set<C>(always);
  for (const field of fields) {
    const columns = Object.hasOwn(reads, field) ? reads[field] : undefined;
    if (!columns) return undefined;
    for (const c of columns) out.add(c);
  }
  return [...out].sort();
}

/** Memoises a computation on the operation (Apollo reuses a parsed document for the same query text). */
export function perOperation<T>(compute: (info: GraphQLResolveInfo) => T): (info: GraphQLResolveInfo) => T {
  const cache = new WeakMap<OperationDefinitionNode, T>();
  return (info) => {
    if (cache.has(info.operation)) return cache.get(info.operation)!;
    const value = compute(info);
    cache.set(info.operation, value);
    return value;
  };
}
