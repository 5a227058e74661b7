import { z } from "zod";
import { notFound } from "../shared/errors";
import { id } from "../shared/input";
import { Permission } from "../shared/permissions";
import { reader } from "../shared/transaction";
import { useCase } from "../shared/use-case";
import { EVALUATION_INCLUDE } from "./evaluation-include";

export const getEvaluation = useCase({
  permission: Permission.READ,
  input: z.object({ id }),
  async run({ id }) {
    const evaluation = await reader().evaluation.findUnique({ where: { id }, include: EVALUATION_INCLUDE });
    if (!evaluation) throw notFound("Evaluation", id);
    return evaluation;
  },
});
