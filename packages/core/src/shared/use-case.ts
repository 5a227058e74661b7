// A use case: one operation of the domain, declared once with who may call it and what it accepts.
//
//   export const createModel = useCase({
//     permission: Permission.WRITE,
//     input: z.object({ input: createModelInput }),
//     async run({ actor, input }) { ... },
//   });
//
// Calling it (`createModel({ actor, input })`) checks the permission, validates the arguments with the
// zod schema (a refusal is VALIDATION naming the field), and runs the work inside the actor's
// organisation scope (tenancy.ts), so scripts, jobs and the API get the same checks. The API declares
// the same permission on the operation; use-case-permissions.test.ts proves the two agree.
import type { z } from "zod";
import type { Actor } from "./actor";
import { authorize, type Permission } from "./permissions";
import { parseInput } from "./input-errors";
import { withinOrganization } from "./tenancy";

export interface UseCaseSpec<S extends z.ZodType, O> {
  permission: Permission;
  /** The arguments besides the actor. */
  input: S;
  run(args: z.output<S> & { actor: Actor }): Promise<O>;
}

/**
 * What callers may pass: the schema's input, where an optional field may also be null (GraphQL sends
 * null for an omitted nullable argument; the schema decides whether null is accepted).
 */
export type Loose<T> = T extends Date
  ? T
  : T extends readonly (infer U)[]
    ? Loose<U>[]
    : T extends object
      ? { [K in keyof T]: undefined extends T[K] ? Loose<T[K]> | null : Loose<T[K]> }
      : T;

/** The arguments a use case takes besides the actor (none for an empty schema). */
export type UseCaseArgs<S extends z.ZodType> = keyof z.input<S> extends never ? object : Loose<z.input<S>>;

export type UseCase<S extends z.ZodType, O> = ((opts: UseCaseArgs<S> & { actor: Actor }) => Promise<O>) & {
  readonly permission: Permission;
  readonly input: S;
};

export function useCase<S extends z.ZodType, O>(spec: UseCaseSpec<S, O>): UseCase<S, O> {
  const run = async (opts: UseCaseArgs<S> & { actor: Actor }): Promise<O> => {
    const { actor, ...args } = opts as { actor: Actor } & Record<string, unknown>;
    authorize(actor, spec.permission);
    const parsed = parseInput(spec.input, args);
    return withinOrganization(actor.organizationId, () => spec.run({ ...(parsed as object), actor } as z.output<S> & { actor: Actor }));
  };
  return Object.assign(run, { permission: spec.permission, input: spec.input });
}
