// Evidence past its validity that still backs a requirement: those requirements are stale.
import type { Gap, GapRule } from "../gap";
import { date, list, systemRef, text } from "../record-fields";

export const evidenceExpired: GapRule = {
  id: "evidence-expired",
  title: "Requirement backed by expired evidence",
  find(r, at) {
    const out: Gap[] = [];
    for (const a of r.assessments.values()) {
      for (const evidenceId of list(a, "evidenceIds") as string[]) {
        const e = r.evidence.get(evidenceId);
        const until = date(e, "validUntil");
        if (!e || !until || until >= at) continue;
        const system = text(a, "systemId") ? r.systems.get(text(a, "systemId")!) : undefined;
        out.push({
          key: `${this.id}:${a.id}:${evidenceId}`,
          rule: this.id,
          state: "STALE",
          severity: "MEDIUM",
          message: `${text(a, "framework")} ${text(a, "requirementId")} rests on "${text(e, "title")}", valid until ${until.toISOString().slice(0, 10)}`,
          system: system ? systemRef(system) : null,
          framework: text(a, "framework") as Gap["framework"],
          requirementId: text(a, "requirementId"),
          fix: { recordType: "Evidence", recordId: evidenceId, label: `Renew "${text(e, "title")}"` },
          evidenceId,
        });
      }
    }
    return out;
  },
};
