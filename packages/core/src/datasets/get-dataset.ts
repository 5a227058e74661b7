import { z } from "zod";
import { notFound } from "../shared/errors";
import { id } from "../shared/input";
import { Permission } from "../shared/permissions";
import { reader } from "../shared/transaction";
import { useCase } from "../shared/use-case";

export const getDataset = useCase({
  permission: Permission.READ,
  input: z.object({ id }),
  async run({ id }) {
    const dataset = await reader().dataset.findUnique({ where: { id } });
    if (!dataset) throw notFound("Dataset", id);
    return dataset;
  },
});

export const getDatasetVersion = useCase({
  permission: Permission.READ,
  input: z.object({ id }),
  async run({ id }) {
    const version = await reader().datasetVersion.findUnique({ where: { id } });
    if (!version) throw notFound("Dataset version", id);
    return version;
  },
});
