// Relay-style cursor connections: edges, nodes, pageInfo and a lazily counted totalCount.
import type { Page } from "@canon/core";
import { Field, Int, ObjectType, type ClassType } from "type-graphql";

@ObjectType()
export class PageInfo {
  @Field(() => Boolean) hasNextPage!: boolean;
  @Field(() => String, { nullable: true }) endCursor!: string | null;
}

export interface ConnectionShape<T> {
  edges: { cursor: string; node: T }[];
  nodes: T[];
  pageInfo: PageInfo;
  count: () => Promise<number>;
}

export function Connection<T extends object>(name: string, nodeType: ClassType<T>) {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field(() => String) cursor!: string;
    @Field(() => nodeType) node!: T;
  }
  @ObjectType(`${name}Connection`)
  class ConnectionClass {
    @Field(() => [Edge]) edges!: Edge[];
    @Field(() => [nodeType]) nodes!: T[];
    @Field(() => PageInfo) pageInfo!: PageInfo;
    count!: () => Promise<number>;

    @Field(() => Int, { description: "Number of items matching the filter (counted only when selected)" })
    totalCount(): Promise<number> {
      return this.count();
    }
  }
  return ConnectionClass;
}

export function toConnection<S extends { id: string }, T = S>(page: Page<S>, map: (node: S) => T = (n) => n as unknown as T): ConnectionShape<T> {
  const mapped = page.nodes.map((n) => ({ cursor: page.cursorOf(n), node: map(n) }));
  return {
    edges: mapped,
    nodes: mapped.map((e) => e.node),
    pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
    count: () => page.totalCount(),
  };
}
