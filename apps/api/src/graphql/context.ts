import type { Actor } from "@canon/core";
import { Loaders } from "./loaders";

/** Per-request GraphQL context: who is calling, and the request's DataLoaders. */
export interface Context {
  requestId: string;
  actor?: Actor;
  loaders: Loaders;
}

export function createContext(requestId: string, actor?: Actor): Context {
  return { requestId, actor, loaders: new Loaders(actor) };
}
