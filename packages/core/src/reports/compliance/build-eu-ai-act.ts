// The EU AI Act report: classification overview, per-system obligations with their status, Annex VIII
// registration sheets and Annex IV dossiers for high-risk systems, gaps and evidence. Not a conformity
// assessment, and every page says so.
import { EU_AI_ACT_GPAI_STATUSES, EU_AI_ACT_HIGH_RISK_ROUTES, EU_AI_ACT_OPERATOR_ROLES, EU_AI_ACT_RISK_TIERS, euAiActObligation } from "@canon/frameworks";
import type { ComplianceReport, ReportSection, RequirementRow } from "@canon/reports";
import { obligationsFor } from "../../classification/obligations-for";
import { classificationOf } from "../../gaps/rules/obligation-not-met";
import { bool, list, text } from "../../gaps/record-fields";
import { annexIvSection, annexViiiSection, ANNEX_VIII_COLUMNS } from "./eu-ai-act-dossier";
import { requirementRow, type BacksIndex } from "./requirement-rows";
import { day, type ReportContext } from "./report-context";

/** The catalogue's label for an id, the id itself when the catalogue has none (a registry state). */
const labelIn =
  (entries: readonly { id: string; label: string }[], fallback: Record<string, string> = {}) =>
  (id: string | null) =>
    id === null ? "" : (entries.find((e) => e.id === id)?.label ?? fallback[id] ?? id);
const tierLabel = labelIn(EU_AI_ACT_RISK_TIERS, { UNCLASSIFIED: "Not classified" });
const roleLabel = labelIn(EU_AI_ACT_OPERATOR_ROLES);
const routeLabel = labelIn(EU_AI_ACT_HIGH_RISK_ROUTES);
const gpaiLabel = labelIn(EU_AI_ACT_GPAI_STATUSES, { NONE: "Not GPAI" });

export const EU_AI_ACT_DISCLAIMER = "Generated from registry records. Not a conformity assessment under Regulation (EU) 2024/1689.";

export function euAiActParts(
  ctx: ReportContext,
  backs: BacksIndex,
): Pick<ComplianceReport, "requirements" | "sections" | "disclaimer"> & { extra: { label: string; value: string }[] } {
  const requirements: RequirementRow[] = [];
  // Obligations every system carries (AI literacy, the prohibitions) are one organisation-wide row each,
  // not one per system; the rest follow each system's classification.
  const everySystem = new Map<string, RequirementRow>();
  for (const s of ctx.systems) {
    if (text(s, "riskTier") === "UNCLASSIFIED") continue;
    for (const due of obligationsFor(classificationOf(s), { deployerIsPublicAuthority: bool(s, "publicAuthority"), deployerProvidesPublicServices: false })) {
      const o = euAiActObligation(due.obligationId);
      const spec = {
        framework: "EU_AI_ACT" as const,
        requirementId: due.obligationId,
        reference: due.reference,
        title: `${due.title} (applies from ${due.appliesFrom})`,
        group: o?.group ?? "",
      };
      if (o?.trigger === "ALL" && text(s, "riskTier") !== "PROHIBITED") {
        if (!everySystem.has(due.obligationId)) everySystem.set(due.obligationId, requirementRow(ctx, spec, null, backs));
        continue;
      }
      requirements.push(requirementRow(ctx, spec, s, backs));
    }
  }
  requirements.unshift(...everySystem.values());
  const overview: ReportSection = {
    id: "classification",
    title: "Classification overview",
    level: 1,
    blocks: [
      {
        kind: "table",
        title: null,
        sheet: "Classification",
        columns: [
          { key: "system", label: "System" },
          { key: "tier", label: "Risk tier" },
          { key: "route", label: "High-risk route" },
          { key: "point", label: "Annex III" },
          { key: "derogation", label: "Art. 6(3)" },
          { key: "profiling", label: "Profiling" },
          { key: "role", label: "Operator role" },
          { key: "gpai", label: "GPAI" },
          { key: "duties", label: "Art. 50 duties" },
          { key: "classified", label: "Classified" },
        ],
        rows: ctx.systems.map((s) => ({
          system: `${text(s, "reference")} ${text(s, "name")}`,
          tier: tierLabel(text(s, "riskTier") ?? "UNCLASSIFIED"),
          route: routeLabel(text(s, "highRiskRoute")),
          point: text(s, "annexIIIPoint") ?? (s.annexIIIArea ? String(s.annexIIIArea) : ""),
          derogation: bool(s, "art6_3Derogation") ? "claimed" : "",
          profiling: bool(s, "profiling") ? "yes" : "no",
          role: roleLabel(text(s, "operatorRole")),
          gpai: gpaiLabel(text(s, "gpaiStatus") ?? "NONE"),
          duties: (list(s, "transparencyDuties") as string[]).join(", "),
          classified: day(text(s, "classifiedAt") ? new Date(text(s, "classifiedAt")!) : null),
        })),
      },
    ],
  };
  const registration: ReportSection[] = [];
  const dossiers: ReportSection[] = [];
  const annexViiiRows: Record<string, string>[] = [];
  let toWrite = 0;
  for (const s of ctx.systems) {
    const highRisk = text(s, "riskTier") === "HIGH_RISK";
    if (!highRisk && !bool(s, "art6_3Derogation")) continue;
    const viii = annexViiiSection(ctx, s);
    if (viii) {
      registration.push(viii.section);
      annexViiiRows.push(...viii.rows);
    }
    if (highRisk) {
      const iv = annexIvSection(ctx, s);
      dossiers.push(iv.section);
      toWrite += iv.toWrite.length;
    }
  }
  const sections: ReportSection[] = [
    overview,
    {
      id: "annex-viii",
      title: "Annex VIII registration data",
      level: 1,
      blocks: [
        {
          kind: "paragraph",
          text: registration.length
            ? "Section A for providers, B for Art. 6(3) derogations, C for public-authority deployers; each system's items follow."
            : "No system in scope registers under Art. 49.",
        },
        // The workbook's one Annex VIII sheet; the PDF prints the same items in each system's section below.
        { kind: "table", title: "All Annex VIII items", sheet: "Annex VIII", sheetOnly: true, columns: ANNEX_VIII_COLUMNS, rows: annexViiiRows },
      ],
    },
    ...registration,
    {
      id: "annex-iv",
      title: "Annex IV technical documentation",
      level: 1,
      blocks: [{ kind: "paragraph", text: `${dossiers.length} high-risk system(s); ${toWrite} item(s) a person must still write.` }],
    },
    ...dossiers,
  ];
  return { requirements, sections, disclaimer: EU_AI_ACT_DISCLAIMER, extra: [{ label: "Annex IV items to be written", value: String(toWrite) }] };
}
