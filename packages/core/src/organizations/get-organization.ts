import { z } from "zod";
import { notFound } from "../shared/errors";
import { Permission } from "../shared/permissions";
import { reader } from "../shared/transaction";
import { useCase } from "../shared/use-case";

/** The caller's own organisation (the tenant itself, not a row of it: found by the actor's id). */
export const getOrganization = useCase({
  permission: Permission.READ,
  // No arguments besides the actor (z.object({}) types its input as Record<string, never>, which refuses the actor).
  input: z.looseObject({}),
  async run({ actor }) {
    const org = await reader().organization.findUnique({ where: { id: actor.organizationId } });
    if (!org) throw notFound("Organisation");
    return org;
  },
});
