// Annex VIII registration items that the registry does not fill for a high-risk system: items with no
// registry field at all (a person must supply them) and items whose field is empty.
import { annexViiiItemsFor, annexViiiSectionFor } from "@canon/frameworks";
import type { Gap, GapRule } from "../gap";
import { bool, list, num, systemRef, text } from "../record-fields";
import type { AuditRecord } from "../compliance-records";

/** Which AISystem field fills an Annex VIII item (by item code, e.g. "A4"); absent: no registry field. */
export const ANNEX_VIII_FIELDS: Partial<Record<string, (s: AuditRecord) => boolean>> = {
  A4: (s) => !!text(s, "tradeName") || !!text(s, "reference"),
  B4: (s) => !!text(s, "tradeName") || !!text(s, "reference"),
  A5: (s) => !!text(s, "intendedPurpose"),
  B5: (s) => !!text(s, "intendedPurpose"),
  A6: (s) => !!text(s, "description"),
  A7: (s) => text(s, "marketStatus") !== "NOT_PLACED",
  B8: (s) => text(s, "marketStatus") !== "NOT_PLACED",
  A8: (s) => list(s, "certificates").length > 0,
  A10: (s) => list(s, "memberStates").length > 0,
  B9: (s) => list(s, "memberStates").length > 0,
  B6: (s) => bool(s, "art6_3Derogation"),
  B7: (s) => !!text(s, "art6_3Justification"),
  A1: (s) => !!s.__organizationName,
  B1: (s) => !!s.__organizationName,
};

export const annexViiiUnfilled: GapRule = {
  id: "annex-viii-unfilled",
  title: "Annex VIII registration item the registry does not fill",
  find(r) {
    const out: Gap[] = [];
    const orgName = text(r.organization ?? undefined, "legalName") ?? text(r.organization ?? undefined, "name");
    for (const s of r.systems.values()) {
      const area = num(s, "annexIIIArea");
      if (text(s, "riskTier") !== "HIGH_RISK" && !bool(s, "art6_3Derogation")) continue;
      if (area === null) continue;
      const section = annexViiiSectionFor({
        operatorRole: text(s, "operatorRole") as never,
        art6_3Derogation: bool(s, "art6_3Derogation"),
        publicAuthorityDeployer: bool(s, "publicAuthority"),
      });
      if (!section) continue;
      const withOrg = { ...s, __organizationName: orgName };
      for (const item of annexViiiItemsFor(section, area)) {
        const filled = ANNEX_VIII_FIELDS[item.item];
        if (filled?.(withOrg)) continue;
        out.push({
          key: `${this.id}:${s.id}:${item.id}`,
          rule: this.id,
          state: filled ? "MISSING_EVIDENCE" : "UNKNOWN",
          severity: filled ? "MEDIUM" : "LOW",
          message: filled
            ? `Annex VIII ${item.item} (${item.title}) is empty for ${text(s, "reference")}`
            : `Annex VIII ${item.item} (${item.title}) has no registry field: it must be supplied for ${text(s, "reference")}`,
          system: systemRef(s),
          framework: "EU_AI_ACT",
          requirementId: "art-49",
          fix: { recordType: "AISystem", recordId: s.id as string, label: `Fill Annex VIII ${item.item} for ${text(s, "reference")}` },
          evidenceId: null,
        });
      }
    }
    return out;
  },
};
