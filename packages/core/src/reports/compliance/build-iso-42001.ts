// The ISO/IEC 42001 report: the Statement of Applicability (clauses 4–10, the 38 Annex A controls and
// the organisation's own controls, organisation-wide, plus any system-level assessments), the risk
// register with its treatment, and impact assessments.
import { frameworkRequirements, ISO_42001_CONTROLS } from "@canon/frameworks";
import type { ComplianceReport, ReportSection, RequirementRow } from "@canon/reports";
import { list, text } from "../../gaps/record-fields";
import { requirementRow, type BacksIndex } from "./requirement-rows";
import { owner, type ReportContext } from "./report-context";

export function iso42001Parts(
  ctx: ReportContext,
  backs: BacksIndex,
): Pick<ComplianceReport, "requirements" | "sections" | "disclaimer"> & { extra: { label: string; value: string }[] } {
  const requirements: RequirementRow[] = frameworkRequirements("ISO_42001").map((r) =>
    requirementRow(ctx, { framework: "ISO_42001", requirementId: r.id, reference: r.reference, title: r.title, group: r.group }, null, backs),
  );
  const orgControls = [...ctx.records.assessments.values()].filter(
    (a) => text(a, "framework") === "ISO_42001" && (text(a, "requirementId") ?? "").startsWith("ORG-"),
  );
  for (const a of orgControls) {
    const system = text(a, "systemId") ? (ctx.records.systems.get(text(a, "systemId")!) ?? null) : null;
    requirements.push(
      requirementRow(
        ctx,
        {
          framework: "ISO_42001",
          requirementId: text(a, "requirementId")!,
          reference: text(a, "requirementId")!,
          title: text(a, "customTitle") ?? "",
          group: "Organisation-defined",
        },
        system,
        backs,
      ),
    );
  }
  const systemLevel = [...ctx.records.assessments.values()].filter(
    (a) => text(a, "framework") === "ISO_42001" && text(a, "systemId") && !(text(a, "requirementId") ?? "").startsWith("ORG-"),
  );
  for (const a of systemLevel) {
    const system = ctx.records.systems.get(text(a, "systemId")!);
    if (!system || !ctx.systems.includes(system)) continue;
    const r = frameworkRequirements("ISO_42001").find((x) => x.id === text(a, "requirementId"));
    if (r)
      requirements.push(
        requirementRow(ctx, { framework: "ISO_42001", requirementId: r.id, reference: r.reference, title: r.title, group: r.group }, system, backs),
      );
  }
  const inScope = new Set(ctx.systems.map((s) => s.id as string));
  const risks = [...ctx.records.risks.values()].filter((r) => (list(r, "systemIds") as string[]).some((id) => inScope.has(id)));
  const refs = (ids: string[]) => ids.map((id) => text(ctx.records.systems.get(id), "reference") ?? id).join(", ");
  const impacts = [...ctx.records.impactAssessments.values()].filter((i) => inScope.has(text(i, "systemId") ?? ""));
  const sections: ReportSection[] = [
    {
      id: "risk-register",
      title: "AI risk register and treatment (6.1.2, 6.1.3, 8.2, 8.3)",
      level: 1,
      blocks: [
        {
          kind: "table",
          title: null,
          sheet: "Risk register",
          columns: [
            { key: "title", label: "Risk" },
            { key: "systems", label: "Systems" },
            { key: "category", label: "Source" },
            { key: "likelihood", label: "Likelihood" },
            { key: "impact", label: "Impact" },
            { key: "level", label: "Level" },
            { key: "treatment", label: "Treatment" },
            { key: "residual", label: "Residual" },
            { key: "status", label: "Status" },
            { key: "owner", label: "Owner" },
          ],
          rows: risks.map((r) => ({
            title: text(r, "title") ?? "",
            systems: refs(list(r, "systemIds") as string[]),
            category: text(r, "category") ?? "",
            likelihood: String(r.likelihood ?? ""),
            impact: String(r.impact ?? ""),
            level: text(r, "level") ?? "",
            treatment: [text(r, "treatment"), text(r, "mitigation")].filter(Boolean).join(": "),
            residual: text(r, "residualLevel") ?? "",
            status: text(r, "status") ?? "",
            owner: owner(ctx, text(r, "ownerId")) ?? "",
          })),
        },
      ],
    },
    {
      id: "impact-assessments",
      title: "AI system impact assessments (6.1.4, A.5)",
      level: 1,
      blocks: [
        {
          kind: "table",
          title: null,
          sheet: "Impact assessments",
          columns: [
            { key: "system", label: "System" },
            { key: "kind", label: "Kind" },
            { key: "summary", label: "Summary" },
            { key: "affected", label: "Affected groups" },
            { key: "assessed", label: "Assessed" },
            { key: "next", label: "Next review" },
          ],
          rows: impacts.map((i) => ({
            system: text(ctx.records.systems.get(text(i, "systemId")!), "reference") ?? "",
            kind: text(i, "kind") ?? "",
            summary: text(i, "summary") ?? "",
            affected: text(i, "affectedGroups") ?? "",
            assessed: (text(i, "assessedAt") ?? "").slice(0, 10),
            next: (text(i, "nextReviewAt") ?? "").slice(0, 10),
          })),
        },
      ],
    },
  ];
  const controls = requirements.filter((r) => ISO_42001_CONTROLS.some((c) => c.id === r.requirementId) && r.system === null);
  return {
    requirements,
    sections,
    disclaimer: null,
    extra: [
      { label: "Annex A controls applicable", value: `${controls.filter((c) => c.applicability === "APPLICABLE").length} of ${ISO_42001_CONTROLS.length}` },
      { label: "Risks in the register", value: String(risks.length) },
    ],
  };
}
