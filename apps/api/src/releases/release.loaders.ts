// Per-request DataLoaders of releases and their components (one statement per batch).
import * as core from "@canon/core";
import type { Context } from "../graphql/context";

type ReleaseRow = NonNullable<Awaited<ReturnType<typeof core.loadReleases>>[number]>;
type ComponentRow = Awaited<ReturnType<typeof core.loadReleaseComponents>>[number][number];

export const releaseById = (ctx: Context) =>
  ctx.loaders.get<string, ReleaseRow | null>("releases:by-id", (actor, ids) => core.loadReleases({ actor, ids: [...ids] }));

export const componentsOfRelease = (ctx: Context) =>
  ctx.loaders.get<string, ComponentRow[]>("releases:components", (actor, ids) => core.loadReleaseComponents({ actor, ids: [...ids] }));
