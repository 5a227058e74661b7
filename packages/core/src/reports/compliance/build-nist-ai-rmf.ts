// The NIST AI RMF report: the 72-subcategory profile (current and target tier, status, evidence),
// per system the MAP context, MEASURE evidence (evaluations by trustworthiness characteristic), MANAGE
// decisions (approvals, incidents), and the 12 generative-AI risks for generative systems.
import { frameworkRequirements, NIST_GENERATIVE_AI_RISKS, trustworthinessCharacteristic } from "@canon/frameworks";
import type { ComplianceReport, ReportSection, RequirementRow } from "@canon/reports";
import { productionVersions, text, versionLabel } from "../../gaps/record-fields";
import { groupBy } from "../../shared/group-by";
import { requirementRow, type BacksIndex } from "./requirement-rows";
import type { ReportContext } from "./report-context";

const GENERATIVE_KINDS = new Set(["LLM", "PROMPT_TEMPLATE", "ADAPTER"]);

export function nistAiRmfParts(
  ctx: ReportContext,
  backs: BacksIndex,
): Pick<ComplianceReport, "requirements" | "sections" | "disclaimer"> & { extra: { label: string; value: string }[] } {
  const requirements: RequirementRow[] = frameworkRequirements("NIST_AI_RMF").map((r) =>
    requirementRow(ctx, { framework: "NIST_AI_RMF", requirementId: r.id, reference: r.reference, title: r.title, group: r.group }, null, backs),
  );
  const sections: ReportSection[] = [{ id: "systems", title: "Per system: MAP, MEASURE, MANAGE", level: 1, blocks: [] }];
  const generative: string[] = [];
  // Indexed once: a per-system scan of every request and incident is quadratic on a large registry.
  const requestsBySubject = groupBy(ctx.records.approvalRequests.values(), (a) => text(a, "modelVersionId") ?? text(a, "releaseId"));
  const incidentsBySystem = groupBy(ctx.records.incidents.values(), (i) => text(i, "systemId"));
  const rollbacksByModel = groupBy(ctx.records.rollbacks, (r) => r.modelId);
  for (const s of ctx.systems) {
    const versions = productionVersions(ctx.records, ctx.idx, s.id as string);
    const runs = versions.flatMap((v) => ctx.idx.evaluationsByVersion.get(v.id as string) ?? []);
    const subjects = [...versions.map((v) => v.id as string), ...(ctx.idx.releasesBySystem.get(s.id as string) ?? []).map((r) => r.id as string)];
    const requests = subjects.flatMap((id) => requestsBySubject.get(id) ?? []);
    const incidents = incidentsBySystem.get(s.id as string) ?? [];
    const models = ctx.idx.modelsBySystem.get(s.id as string) ?? [];
    const rollbacks = models.flatMap((m) => rollbacksByModel.get(m.id as string) ?? []);
    if (models.some((m) => GENERATIVE_KINDS.has(text(m, "kind") ?? "")) || (text(s, "gpaiStatus") ?? "NONE") !== "NONE") generative.push(s.id as string);
    const ref = text(s, "reference") ?? "";
    sections.push({
      id: `nist-${ref}`,
      title: `${ref} ${text(s, "name")}`,
      level: 2,
      blocks: [
        {
          kind: "fields",
          rows: [
            {
              item: "MAP 1.1",
              label: "Intended purpose and context",
              value: [text(s, "intendedPurpose"), text(s, "deploymentContext")].filter(Boolean).join(" — ") || null,
              source: `AISystem ${ref}`,
            },
            { item: "MAP 3.5", label: "Human oversight", value: text(s, "humanOversight"), source: `AISystem ${ref}` },
            { item: "MAP 5.1", label: "Affected persons", value: text(s, "affectedPersons"), source: `AISystem ${ref}` },
          ],
        },
        {
          kind: "table",
          title: "MEASURE: evaluations by trustworthiness characteristic",
          sheet: "MEASURE evidence",
          columns: [
            { key: "system", label: "System" },
            { key: "characteristic", label: "Characteristic" },
            { key: "version", label: "Version" },
            { key: "suite", label: "Suite" },
            { key: "result", label: "Result" },
            { key: "date", label: "Evaluated" },
          ],
          rows: runs.map((e) => ({
            system: ref,
            characteristic: trustworthinessCharacteristic(text(e, "characteristic") ?? "")?.label ?? "not tagged",
            version: versionLabel(ctx.records, ctx.records.versions.get(text(e, "modelVersionId")!)!),
            suite: text(e, "suite") ?? "",
            result: e.passed ? "passed" : "failed",
            date: (text(e, "evaluatedAt") ?? "").slice(0, 10),
          })),
        },
        {
          kind: "table",
          title: "MANAGE: approvals, rollbacks and incidents",
          sheet: "MANAGE decisions",
          columns: [
            { key: "system", label: "System" },
            { key: "kind", label: "Decision" },
            { key: "what", label: "What" },
            { key: "outcome", label: "Outcome" },
            { key: "date", label: "When" },
          ],
          rows: [
            ...requests.map((a) => ({
              system: ref,
              kind: "Approval request",
              what: `${text(a, "targetStage") ?? text(a, "kind") ?? ""}`,
              outcome: text(a, "status") ?? "",
              date: (text(a, "resolvedAt") ?? text(a, "createdAt") ?? "").slice(0, 10),
            })),
            ...rollbacks.map((r) => {
              const label = (id: string | null) =>
                id && ctx.records.versions.get(id) ? versionLabel(ctx.records, ctx.records.versions.get(id)!) : (id ?? "none");
              return {
                system: ref,
                kind: "Alias rollback",
                what: `"${r.alias}": ${label(r.fromVersionId)} → ${label(r.toVersionId)}`,
                outcome: r.reason ? `Rolled back: ${r.reason}` : "Rolled back",
                date: r.at.toISOString().slice(0, 10),
              };
            }),
            ...incidents.map((i) => ({
              system: ref,
              kind: i.serious ? "Serious incident" : "Incident",
              what: text(i, "title") ?? "",
              outcome: text(i, "status") ?? "",
              date: (text(i, "occurredAt") ?? "").slice(0, 10),
            })),
          ],
        },
      ],
    });
  }
  if (generative.length) {
    sections.push({
      id: "generative-ai-risks",
      title: "Generative AI risks (NIST AI 600-1)",
      level: 1,
      blocks: [
        { kind: "paragraph", text: `Generative systems in scope: ${generative.map((id) => text(ctx.records.systems.get(id), "reference")).join(", ")}.` },
        {
          kind: "table",
          title: null,
          sheet: "GAI risks",
          columns: [
            { key: "number", label: "#" },
            { key: "risk", label: "Risk" },
            { key: "assessed", label: "Risks recorded in the register" },
          ],
          rows: NIST_GENERATIVE_AI_RISKS.map((g) => ({
            number: String(g.number),
            risk: g.label,
            assessed: String(
              [...ctx.records.risks.values()].filter((r) => (text(r, "category") ?? "").toLowerCase() === g.id || (text(r, "category") ?? "") === g.label)
                .length,
            ),
          })),
        },
      ],
    });
  }
  return {
    requirements,
    sections,
    disclaimer: null,
    extra: [{ label: "Subcategories assessed", value: `${requirements.filter((r) => r.status !== "NOT_ASSESSED").length} of ${requirements.length}` }],
  };
}
