// The job-kind registry. A kind names its work, who may request it (and so see its jobs and output),
// what input it accepts, and how it runs:
//
//   export const evidencePack = defineJobKind({
//     kind: "evidence-pack",
//     permission: Permission.AUDIT_READ,
//     input: z.object({ systemId: id }),
//     workerModule: new URL("./evidence-pack.worker.ts", import.meta.url), // or run: async (ctx) => …
//   });
//
// `run(ctx)` runs in the API process (light work: it shares the event loop). `workerModule` is a module
// exporting `run(ctx)` with the same context, executed in a worker thread that opens its own database
// connection (core's database() from the same configuration), so heavy work leaves the API responsive.
// A process runs only the kinds it has registered; the runner claims nothing else.
import { z } from "zod";
import { CanonError } from "../shared/errors";
import { Permission } from "../shared/permissions";
import type { JobContext, JobOutcome } from "./job-context";

const KIND = /^[a-z][a-z0-9]*([.-][a-z0-9]+)*$/;

export interface JobKindSpec<S extends z.ZodType = z.ZodType> {
  /** Stable name stored with each job: lower-case words joined by "." or "-". */
  kind: string;
  /** Needed to request a job of this kind, and to see its jobs and output (default WRITE). */
  permission?: Permission;
  /** Validates the input when a job is requested (default: any JSON object). */
  input?: S;
  /** Attempts before the job is FAILED (a crash counts); default from configuration. */
  maxAttempts?: number;
  run?(ctx: JobContext<z.output<S>>): Promise<JobOutcome | void>;
  /** A module exporting `run(ctx)`, executed in a worker thread. */
  workerModule?: URL;
}

export interface JobKind<S extends z.ZodType = z.ZodType> extends JobKindSpec<S> {
  permission: Permission;
  input: S;
}

const registry = new Map<string, JobKind>();

export function defineJobKind<S extends z.ZodType = z.ZodType<Record<string, unknown>>>(spec: JobKindSpec<S>): JobKind<S> {
  if (!KIND.test(spec.kind)) throw new Error(`job kind "${spec.kind}": use lower-case words joined by "." or "-"`);
  if (!spec.run === !spec.workerModule) throw new Error(`job kind "${spec.kind}": give exactly one of run and workerModule`);
  if (spec.maxAttempts !== undefined && (!Number.isInteger(spec.maxAttempts) || spec.maxAttempts < 1)) {
    throw new Error(`job kind "${spec.kind}": maxAttempts must be a positive integer`);
  }
  if (registry.has(spec.kind)) throw new Error(`job kind "${spec.kind}" is already defined`);
  const kind = {
    ...spec,
    permission: spec.permission ?? Permission.WRITE,
    input: spec.input ?? z.record(z.string(), z.unknown()),
  } as JobKind<S>;
  registry.set(spec.kind, kind as unknown as JobKind);
  return kind;
}

/** The registered kind, or undefined (a job of a kind this process does not know). */
export function findJobKind(kind: string): JobKind | undefined {
  return registry.get(kind);
}

export function requireJobKind(kind: string): JobKind {
  const found = registry.get(kind);
  if (!found) throw new CanonError("VALIDATION", `kind: "${kind}" is not a job kind of this server`, "kind");
  return found;
}

/** Names of the registered kinds (what this process's runner claims). */
export function registeredJobKinds(): string[] {
  return [...registry.keys()].sort();
}
