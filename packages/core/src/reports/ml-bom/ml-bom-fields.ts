// Reading the fields an ML-BOM needs from audit records (canonical JSON: instants as ISO text, big
// integers as text, JSON columns as stored) into the model's plain types.
import type { JsonObject } from "@canon/reports";
import type { AuditRecord } from "../../gaps/compliance-records";
import { date, list } from "../../gaps/record-fields";

export { bool, date, num, text } from "../../gaps/record-fields";

/** A number, also from a big integer stored as text (an artifact's size); null when absent. */
export function numeric(r: AuditRecord, key: string): number | null {
  const v = r[key];
  if (typeof v === "number") return v;
  if (typeof v === "string" && /^-?\d+(\.\d+)?$/.test(v)) return Number(v);
  return null;
}

export const strings = (r: AuditRecord, key: string): string[] => list(r, key).filter((v): v is string => typeof v === "string");

/** A JSON object column (hyperparameters, a component's config); {} when absent or not an object. */
export function jsonObject(r: AuditRecord, key: string): JsonObject {
  const v = r[key];
  return v !== null && typeof v === "object" && !Array.isArray(v) ? (v as JsonObject) : {};
}

/** An instant every record of its kind has (createdAt); a record without it is not a record of the trail. */
export function instant(r: AuditRecord, key: string): Date {
  const at = date(r, key);
  if (!at || Number.isNaN(at.getTime())) throw new Error(`ML-BOM: record ${String(r.id)} has no ${key}`);
  return at;
}

/** sha256 as 64 lower-case hex characters, or null when what is recorded is not one. */
export function sha256Of(r: AuditRecord, key: string): string | null {
  const v = r[key];
  return typeof v === "string" && /^[0-9a-f]{64}$/i.test(v) ? v.toLowerCase() : null;
}
