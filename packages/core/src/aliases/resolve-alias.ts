// What a pipeline calls to fetch, say, the production version: model (by id or name) + alias name.
import { z } from "zod";
import { notFound } from "../shared/errors";
import { id, identifier, optional, optionalText } from "../shared/input";
import { Permission } from "../shared/permissions";
import { reader } from "../shared/transaction";
import { useCase } from "../shared/use-case";

export const resolveAlias = useCase({
  permission: Permission.READ,
  input: z
    .object({
      /** Exactly one of modelId and modelName. */
      modelId: optional(id),
      modelName: optionalText(200),
      alias: identifier(),
    })
    .superRefine((i, ctx) => {
      if (!i.modelId === !i.modelName)
        ctx.addIssue({ code: "custom", path: [i.modelId ? "modelName" : "modelId"], message: "give exactly one of modelId and modelName" });
    }),
  async run({ modelId, modelName, alias: name }) {
    const alias = await reader().alias.findFirst({
      where: { name, model: modelId ? { id: modelId } : { name: modelName! } },
      include: { version: true },
    });
    if (!alias) throw notFound(`Alias "${name}" of model ${modelId ?? `"${modelName}"`}`);
    return alias.version;
  },
});
