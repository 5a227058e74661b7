// Cursor connections: opaque cursors, a default and a hard maximum page size, one extra row fetched
// to know whether another page follows. totalCount is computed only when asked for.
import { config } from "@canon/config";
import { z } from "zod";
import { invalid } from "./errors";

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

export interface Page<T> {
  nodes: T[];
  hasNextPage: boolean;
  endCursor: string | null;
  cursorOf(node: T): string;
  totalCount(): Promise<number>;
}

/** Page arguments as a use case accepts them; the size limit is checked when the page is read. */
export const pageArgs = z.object({ first: z.number().nullish(), after: z.string().max(200).nullish() });

export function encodeCursor(id: string): string {
  return Buffer.from(`c:${id}`, "utf8").toString("base64url");
}

export function decodeCursor(cursor: string): string {
  const raw = Buffer.from(cursor, "base64url").toString("utf8");
  if (!raw.startsWith("c:") || raw.length < 3) throw invalid("after", "is not a cursor returned by this API");
  return raw.slice(2);
}

export function pageSize(first: number | null | undefined): number {
  const { defaultPageSize, maxPageSize } = config();
  if (first === undefined || first === null) return Math.min(defaultPageSize, maxPageSize);
  if (!Number.isInteger(first) || first < 1 || first > maxPageSize) {
    throw invalid("first", `must be from 1 to ${maxPageSize}`);
  }
  return first;
}

/** Prisma find arguments for one page (id must be the last ordering key, so the order is total). */
export function pageQuery(args: PageArgs) {
  const take = pageSize(args.first);
  const cursor = args.after ? { id: decodeCursor(args.after) } : undefined;
  return { take: take + 1, ...(cursor ? { cursor, skip: 1 } : {}), size: take };
}

export async function paginate<T extends { id: string }>(
  args: PageArgs,
  fetch: (q: { take: number; cursor?: { id: string }; skip?: number }) => Promise<T[]>,
  count: () => Promise<number>,
): Promise<Page<T>> {
  const { size, ...q } = pageQuery(args);
  const rows = await fetch(q);
  const hasNextPage = rows.length > size;
  const nodes = hasNextPage ? rows.slice(0, size) : rows;
  let total: Promise<number> | undefined;
  return {
    nodes,
    hasNextPage,
    endCursor: nodes.length ? encodeCursor(nodes[nodes.length - 1]!.id) : null,
    cursorOf: (node) => encodeCursor(node.id),
    totalCount: () => (total ??= count()),
  };
}
