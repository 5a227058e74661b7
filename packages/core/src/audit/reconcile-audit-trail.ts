// Does the audit trail account for every row? For each audited subject type, the state rebuilt from the
// trail "now" (as-of.ts) must equal the record loaded from the live tables, bookkeeping fields aside
// (subject-records.ts declares them). A row the trail does not know, a subject the trail still has but
// the table lost, or a field that differs means something changed the registry without the trail:
// a bypass of the use cases, or a write straight to the database.
import { z } from "zod";
import { Permission } from "../shared/permissions";
import { reader, type Tx } from "../shared/transaction";
import { useCase } from "../shared/use-case";
import { recordsAsOf } from "./as-of";
import { canonicalAuditJson, toAuditJson } from "./canonical";
import { loadRecords, SUBJECT_TYPES, SUBJECTS, trackedFields, type SubjectType } from "./subject-records";

/** Records loaded per statement. */
const BATCH = 500;

export interface TrailMismatch {
  subjectType: SubjectType;
  subjectId: string;
  problem: "NOT_IN_TRAIL" | "NOT_IN_TABLE" | "DIFFERS";
  /** For DIFFERS: the fields whose values differ. */
  fields: string[];
}

export interface TrailReconciliation {
  consistent: boolean;
  /** Subjects compared. */
  checked: number;
  mismatches: TrailMismatch[];
}

function differingFields(a: Record<string, unknown>, b: Record<string, unknown>): string[] {
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
  return keys.filter((k) => canonicalAuditJson(a[k]) !== canonicalAuditJson(b[k]));
}

export const reconcileAuditTrail = useCase({
  permission: Permission.AUDIT_READ,
  /** Default: every audited subject type. */
  input: z.object({ subjectTypes: z.array(z.enum(SUBJECT_TYPES)).nullish() }),
  async run({ actor, subjectTypes }): Promise<TrailReconciliation> {
    const db = reader() as unknown as Tx;
    const mismatches: TrailMismatch[] = [];
    let checked = 0;
    for (const subjectType of subjectTypes ?? SUBJECT_TYPES) {
      const spec = SUBJECTS[subjectType];
      const [trail, liveIds] = await Promise.all([recordsAsOf(actor.organizationId, subjectType), spec.ids(db)]);
      const ids = [...new Set([...liveIds, ...trail.keys()])].sort();
      for (let i = 0; i < ids.length; i += BATCH) {
        const batch = ids.slice(i, i + BATCH);
        const rows = await loadRecords(db, subjectType, batch);
        for (const subjectId of batch) mismatches.push(...compare(subjectType, subjectId, rows.get(subjectId) ?? null, trail.get(subjectId) ?? null));
        checked += batch.length;
      }
    }
    return { consistent: mismatches.length === 0, checked, mismatches };
  },
});

function compare(
  subjectType: SubjectType,
  subjectId: string,
  liveRecord: Record<string, unknown> | null,
  trailRecord: Record<string, unknown> | null,
): TrailMismatch[] {
  const live = trackedFields(subjectType, liveRecord);
  const rebuilt = trackedFields(subjectType, trailRecord);
  if (live && !rebuilt) return [{ subjectType, subjectId, problem: "NOT_IN_TRAIL", fields: [] }];
  if (!live && rebuilt) return [{ subjectType, subjectId, problem: "NOT_IN_TABLE", fields: [] }];
  if (!live || !rebuilt) return [];
  const fields = differingFields(toAuditJson(live) as Record<string, unknown>, rebuilt);
  return fields.length ? [{ subjectType, subjectId, problem: "DIFFERS", fields }] : [];
}
