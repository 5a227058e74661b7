// Finding the `reportRun.finish` events that recorded an evidence pack: those of one job's report run
// (in the open organisation scope), or, for `npm run pack:verify`, which is handed a file and no
// organisation, every event in the database whose `after` names the pack's sha256 as the file digest.
// The stored text is canonical JSON, so the digest appears as `"fileDigest":"<hex>"`; each hit is then
// parsed and checked field by field (pack-finish-event.ts).
import { acrossOrganizations } from "../../shared/tenancy";
import { reader } from "../../shared/transaction";
import { invalid } from "../../shared/errors";
import { packFinishEvent, type PackFinishEvent } from "./pack-finish-event";

const FINISH = { action: "reportRun.finish", subjectType: "ReportRun" } as const;
const HEX64 = /^[0-9a-f]{64}$/;

/** The finish events of the report run of `jobId`, oldest first (a retried job may have finished twice). Call inside the organisation's scope. */
export async function finishEventsOfJob(jobId: string): Promise<PackFinishEvent[]> {
  const run = await reader().reportRun.findFirst({ where: { jobId }, select: { id: true } });
  if (!run) return [];
  const rows = await reader().auditEvent.findMany({ where: { ...FINISH, subjectId: run.id }, orderBy: { seq: "asc" } });
  return rows.map(packFinishEvent);
}

export interface LocatedPackEvent extends PackFinishEvent {
  organizationSlug: string;
  organizationName: string;
}

/** Every finish event in the database that records `packSha256` as its file's digest, with its organisation. */
export function findEvidencePackEvents(packSha256: string): Promise<LocatedPackEvent[]> {
  if (!HEX64.test(packSha256)) throw invalid("packSha256", "must be 64 lower-case hexadecimal characters");
  return acrossOrganizations(
    "pack:verify is given a file, not an organisation: it looks up the event that recorded the file's digest wherever it is",
    async () => {
      const rows = await reader().auditEvent.findMany({
        where: { ...FINISH, after: { contains: `"fileDigest":"${packSha256}"` } },
        orderBy: [{ organizationId: "asc" }, { seq: "asc" }],
      });
      const events = rows.map(packFinishEvent).filter((e) => e.fileDigest === packSha256);
      const organizations = await reader().organization.findMany({
        where: { id: { in: [...new Set(events.map((e) => e.organizationId))] } },
        select: { id: true, slug: true, name: true },
      });
      const byId = new Map(organizations.map((o) => [o.id, o]));
      return events.map((e) => ({
        ...e,
        organizationSlug: byId.get(e.organizationId)?.slug ?? e.organizationId,
        organizationName: byId.get(e.organizationId)?.name ?? "",
      }));
    },
  );
}
