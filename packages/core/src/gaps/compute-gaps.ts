// All gaps of an organisation's records at an instant, most severe first. Pure over the records, so
// the live list and an as-of report compute them the same way.
import type { ComplianceRecords } from "./compliance-records";
import { GAP_SEVERITY_ORDER, type Gap } from "./gap";
import { GAP_RULES } from "./rules/index";

export function computeGaps(records: ComplianceRecords, at: Date): Gap[] {
  const gaps = GAP_RULES.flatMap((rule) => rule.find(records, at));
  const rank = (g: Gap) => GAP_SEVERITY_ORDER.indexOf(g.severity);
  return gaps.sort((a, b) => rank(a) - rank(b) || (a.system?.reference ?? "").localeCompare(b.system?.reference ?? "") || a.key.localeCompare(b.key));
}
