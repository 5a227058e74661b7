import type { Prisma } from "@canon/db";
import { database } from "./database";

export type Tx = Prisma.TransactionClient;

/** Runs `work` in one write transaction: the change and its audit event commit together or not at all. */
export function writeTransaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
  return database().writer.$transaction(work);
}

/** The read client (never sees another request's uncommitted writes). */
export function reader() {
  return database().reader;
}
