// What a classification change does to the obligations, to preview it before applying it: obligations
// that start, stop or stay (compared by obligation id). Kept entries are the "after" ones, so their
// reasons and dates describe the new classification; those among them whose date moves (an Annex I
// product reclassified as an Annex III use keeps Art. 9, from an earlier date) are listed again under
// `rescheduled` with both dates.
import type { ObligationDue } from "./obligation-due";

export interface ObligationsDiff {
  added: ObligationDue[];
  removed: ObligationDue[];
  /** Due before and after the change. */
  unchanged: ObligationDue[];
  /** The part of `unchanged` whose application date moves. */
  rescheduled: { before: ObligationDue; after: ObligationDue }[];
}

export function diffObligations(before: readonly ObligationDue[], after: readonly ObligationDue[]): ObligationsDiff {
  const earlier = new Map(before.map((o) => [o.obligationId, o]));
  const later = new Set(after.map((o) => o.obligationId));
  const diff: ObligationsDiff = { added: [], removed: before.filter((o) => !later.has(o.obligationId)), unchanged: [], rescheduled: [] };
  for (const o of after) {
    const was = earlier.get(o.obligationId);
    if (!was) {
      diff.added.push(o);
      continue;
    }
    diff.unchanged.push(o);
    if (was.appliesFrom !== o.appliesFrom) diff.rescheduled.push({ before: was, after: o });
  }
  return diff;
}
