import { Stage } from "@canon/db";
import { z } from "zod";
import { optionalEnum, optionalId } from "../shared/input";
import { pageArgs, paginate } from "../shared/pagination";
import { Permission } from "../shared/permissions";
import { reader } from "../shared/transaction";
import { useCase } from "../shared/use-case";

export const releaseFilter = z.object({
  systemId: optionalId,
  stage: optionalEnum(Stage),
});
export type ReleaseFilter = z.input<typeof releaseFilter>;

/** Releases of the caller's organisation, newest first. */
export const listReleases = useCase({
  permission: Permission.READ,
  input: z.object({ filter: releaseFilter.nullish(), page: pageArgs }),
  async run({ filter, page }) {
    const f: Partial<NonNullable<typeof filter>> = filter ?? {};
    const where = {
      ...(f.systemId ? { systemId: f.systemId } : {}),
      ...(f.stage ? { stage: f.stage } : {}),
    };
    const db = reader();
    return paginate(
      page,
      (q) => db.release.findMany({ where, orderBy: [{ createdAt: "desc" }, { number: "desc" }, { id: "desc" }], ...q }),
      () => db.release.count({ where }),
    );
  },
});
