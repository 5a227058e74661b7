// What the one log line of a request says, gathered while the request is handled: its id, the GraphQL
// operation, who called (organisation, person, credential type — never the credential), and the error
// codes of the response. Kept in async-local storage so the logger, the GraphQL plugin and the error
// formatter reach the request they run for without it being passed around.
import { AsyncLocalStorage } from "node:async_hooks";
import { randomUUID } from "node:crypto";
import type { Actor } from "@canon/core";

export interface RequestLog {
  requestId: string;
  /** The GraphQL operation's name (null when anonymous), and its kind. */
  operation?: string | null;
  operationType?: string;
  organizationId?: string;
  userId?: string | null;
  actorType?: Actor["actorType"];
  /** The error codes of the response, in order. */
  errors: string[];
}

const storage = new AsyncLocalStorage<RequestLog>();

export function withRequestLog<T>(entry: RequestLog, run: () => T): T {
  return storage.run(entry, run);
}

/** The request being handled, if any. */
export function currentRequest(): RequestLog | undefined {
  return storage.getStore();
}

/** An incoming x-request-id is kept when it is a plain token (letters, digits, `.-_:`, up to 128); otherwise a new id. */
export function requestIdFrom(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return value && /^[A-Za-z0-9._:-]{1,128}$/.test(value) ? value : randomUUID();
}

/** Records who is calling (after authentication). */
export function noteActor(actor: Actor | undefined): void {
  const entry = currentRequest();
  if (!entry || !actor) return;
  entry.organizationId = actor.organizationId;
  entry.userId = actor.userId;
  entry.actorType = actor.actorType;
}

/** The fields of the request's log line. */
export function requestLogFields(entry: RequestLog): Record<string, unknown> {
  const { errors, ...rest } = entry;
  return { ...rest, ...(errors.length ? { errors } : {}) };
}
