// The audit trail of the bench registry. Its rows are bulk-inserted (calling the use cases 160k times
// would take the better part of an hour), so the seed then writes one creation event per row through
// the audit writer's bulk path (appendCreationEvents): whole records, the same action names, chained.
// The trail is then complete (reconcileAuditTrail finds every row) and as long as a real registry's.
import { appendCreationEvents, database, type Actor, type AuditAction } from "@canon/core";

/**
 * Events per transaction: the records are loaded with one `id IN (…)` each, and SQLite takes at most 999
 * parameters per statement through the driver adapter (the organisation filter is one of them).
 */
const CHUNK = 900;

export async function writeBenchTrail(actor: Actor, groups: [AuditAction, string[]][]): Promise<number> {
  let written = 0;
  for (const [action, ids] of groups) {
    const t0 = performance.now();
    for (let i = 0; i < ids.length; i += CHUNK) {
      const chunk = ids.slice(i, i + CHUNK);
      await database().writer.$transaction((tx) => appendCreationEvents(tx, actor, action, chunk, { reason: "bench registry loaded in bulk" }), {
        timeout: 120_000,
      });
    }
    written += ids.length;
    console.log(`  trail: ${action.padEnd(22)} ${String(ids.length).padStart(8)} events  ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  }
  return written;
}
