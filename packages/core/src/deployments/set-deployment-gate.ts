// Admins choose, per environment, what the deployment gate does (deployment-gate.ts).
import { DeploymentGateMode, Environment } from "@canon/db";
import { z } from "zod";
import { appendAuditEvent } from "../audit/append-audit-event";
import { Permission } from "../shared/permissions";
import { writeTransaction } from "../shared/transaction";
import { useCase } from "../shared/use-case";
import { assertGateChoice } from "./deployment-gate";

export const setDeploymentGate = useCase({
  permission: Permission.ADMIN,
  input: z.object({ environment: z.enum(Environment), mode: z.enum(DeploymentGateMode) }),
  async run({ actor, environment: given, mode }) {
    const environment = assertGateChoice(given, mode);
    return writeTransaction(async (tx) => {
      // The organisation is part of the gate's unique key (the scope checks it is the caller's).
      const row = await tx.deploymentGate.upsert({
        where: { organizationId_environment: { organizationId: actor.organizationId, environment } },
        create: { environment, mode } as any,
        update: { mode },
      });
      await appendAuditEvent(tx, actor, { action: "deploymentGate.set", subjectId: row.id });
      return row;
    });
  },
});
