// Per high-risk system: the Annex VIII registration sheet (Section A, B or C; the Art. 49(4) subset in
// restricted areas) and the Annex IV technical-documentation dossier, each field with the record it
// came from, and what a person must still write. Values come from the records as of the report's instant.
import { annexViiiItemsFor, annexViiiSectionFor, EU_AI_ACT_ANNEX_IV, isRestrictedRegistration } from "@canon/frameworks";
import type { FieldRow, ReportSection, ReportTable } from "@canon/reports";
import type { AuditRecord } from "../../gaps/compliance-records";
import { bool, list, num, productionVersions, text, versionLabel } from "../../gaps/record-fields";
import { day, sourceOf, type ReportContext } from "./report-context";

type Value = { value: string | null; source: string | null };

const joinOrNull = (items: string[]) => (items.length ? items.join("; ") : null);

function annexViiiValue(ctx: ReportContext, s: AuditRecord, item: string): Value {
  const org = ctx.records.organization;
  const sys = (value: string | null) => ({ value, source: value ? sourceOf(ctx, "AISystem", s, text(s, "reference") ?? "") : null });
  const impact = (kind: string) => [...ctx.records.impactAssessments.values()].find((i) => text(i, "systemId") === s.id && text(i, "kind") === kind);
  switch (item) {
    case "A1":
    case "B1":
    case "C1":
      return { value: text(org ?? undefined, "legalName") ?? text(org ?? undefined, "name"), source: "Organization profile" };
    case "A4":
    case "B4":
      return sys(`${text(s, "tradeName") ?? text(s, "name")} (reference ${text(s, "reference")})`);
    case "A5":
    case "B5":
      return sys(text(s, "intendedPurpose"));
    case "A6":
      return sys(text(s, "description"));
    case "A7":
    case "B8":
      return sys(text(s, "marketStatus") === "NOT_PLACED" ? null : text(s, "marketStatus"));
    case "A8":
      return sys(
        joinOrNull((list(s, "certificates") as AuditRecord[]).map((c) => [text(c, "type"), text(c, "number"), text(c, "expiresOn")].filter(Boolean).join(" "))),
      );
    case "A10":
    case "B9":
      return sys(joinOrNull(list(s, "memberStates") as string[]));
    case "B6":
      return sys(bool(s, "art6_3Derogation") ? "Art. 6(3) derogation claimed" : null);
    case "B7":
      return sys(text(s, "art6_3Justification"));
    case "C4": {
      const fria = impact("FRIA");
      return {
        value: fria ? text(fria, "summary") : null,
        source: fria ? `ImpactAssessment ${fria.id} · assessed ${text(fria, "assessedAt")?.slice(0, 10)}` : null,
      };
    }
    case "C5": {
      const dpia = impact("DPIA");
      return {
        value: dpia ? text(dpia, "summary") : null,
        source: dpia ? `ImpactAssessment ${dpia.id} · assessed ${text(dpia, "assessedAt")?.slice(0, 10)}` : null,
      };
    }
    default:
      return { value: null, source: null };
  }
}

function annexIvValue(ctx: ReportContext, s: AuditRecord, ref: string): Value {
  const r = ctx.records;
  const versions = productionVersions(r, ctx.idx, s.id as string);
  const models = ctx.idx.modelsBySystem.get(s.id as string) ?? [];
  const sys = (value: string | null) => ({ value, source: value ? sourceOf(ctx, "AISystem", s, text(s, "reference") ?? "") : null });
  const cardOf = (v: AuditRecord) => ctx.idx.cardByVersion.get(v.id as string);
  switch (ref) {
    case "1(a)":
      return sys(
        joinOrNull(
          [
            text(s, "intendedPurpose"),
            ...versions.map(
              (v) =>
                `${versionLabel(r, v)}${text(v, "parentVersionId") ? ` (from ${versionLabel(r, r.versions.get(text(v, "parentVersionId")!) ?? {})})` : ""}`,
            ),
          ].filter((x): x is string => !!x),
        ),
      );
    case "1(b)":
    case "2(a)": {
      const parts = models.map((m) => `${text(m, "name")} (${text(m, "kind")}, ${text(m, "source")}${text(m, "provider") ? `, ${text(m, "provider")}` : ""})`);
      return { value: joinOrNull(parts), source: parts.length ? `Model records of ${text(s, "reference")}` : null };
    }
    case "1(c)": {
      const v = versions.map((x) => `${versionLabel(r, x)}${text(x, "sourceCommit") ? ` @ ${text(x, "sourceCommit")}` : ""}`);
      return { value: joinOrNull(v), source: v.length ? "ModelVersion records in PRODUCTION" : null };
    }
    case "1(d)":
    case "1(e)": {
      const running = new Set(versions.map((v) => v.id as string));
      const d = [...r.deployments.values()].filter((x) => running.has(text(x, "modelVersionId") ?? "") && !text(x, "endedAt"));
      return {
        value: joinOrNull(d.map((x) => `${text(x, "environment")} ${text(x, "target")}${text(x, "region") ? ` (${text(x, "region")})` : ""}`)),
        source: d.length ? "Deployment records" : null,
      };
    }
    case "2(c)": {
      const v = versions.map((x) => `${versionLabel(r, x)}: ${text(x, "format") ?? "format not recorded"}, ${text(x, "artifactUri")}`);
      return { value: joinOrNull(v), source: v.length ? "ModelVersion records" : null };
    }
    case "2(d)": {
      const used = versions.flatMap((v) => (list(v, "lineage") as AuditRecord[]).map((l) => r.datasetVersions.get(text(l, "datasetVersionId") ?? "")));
      const names = [
        ...new Set(used.filter((d): d is AuditRecord => !!d).map((d) => `${text(r.datasets.get(text(d, "datasetId") ?? ""), "name")} v${num(d, "number")}`)),
      ];
      return { value: joinOrNull(names), source: names.length ? "Dataset versions linked to the production versions" : null };
    }
    case "2(e)":
      return sys(text(s, "humanOversight"));
    case "2(g)": {
      const runs = versions.flatMap((v) => ctx.idx.evaluationsByVersion.get(v.id as string) ?? []);
      return {
        value: joinOrNull(
          runs.map(
            (e) =>
              `${text(e, "suite")} on ${versionLabel(r, r.versions.get(text(e, "modelVersionId")!)!)}: ${e.passed ? "passed" : "failed"} (${text(e, "evaluatedAt")?.slice(0, 10)})`,
          ),
        ),
        source: runs.length ? "Evaluation records" : null,
      };
    }
    case "3": {
      const cards = versions.map(cardOf).filter((c): c is AuditRecord => !!c && !!c.revision);
      const texts = cards.map((c) => text(c.revision as AuditRecord, "limitationsAndRisks")).filter((x): x is string => !!x);
      const c = cards[0];
      return {
        value: joinOrNull(texts),
        source: texts.length && c ? `ModelCard revision ${num(c.revision as AuditRecord, "revision")} · ${sourceOf(ctx, "ModelCard", c, "")}` : null,
      };
    }
    case "5": {
      const risks = [...r.risks.values()].filter((k) => (list(k, "systemIds") as string[]).includes(s.id as string));
      return {
        value: risks.length ? risks.map((k) => `${text(k, "title")} (${text(k, "level")}, ${text(k, "status")})`).join("; ") : null,
        source: risks.length ? "Risk register" : null,
      };
    }
    case "6": {
      const p = r.provenance.get(s.id as string);
      return { value: p ? `Registry audit trail up to seq ${p.seq}` : null, source: p ? `Audit trail · ${p.changedAt.toISOString()}` : null };
    }
    default:
      return { value: null, source: null };
  }
}

export function annexViiiSection(ctx: ReportContext, s: AuditRecord): { section: ReportSection; rows: Record<string, string>[] } | null {
  const area = num(s, "annexIIIArea");
  const letter = annexViiiSectionFor({
    operatorRole: text(s, "operatorRole") as never,
    art6_3Derogation: bool(s, "art6_3Derogation"),
    publicAuthorityDeployer: bool(s, "publicAuthority"),
  });
  if (!letter) return null;
  const fields: FieldRow[] = annexViiiItemsFor(letter, area).map((item) => {
    const v = annexViiiValue(ctx, s, item.item);
    return { item: item.item, label: item.title, value: v.value, source: v.source };
  });
  const restricted = isRestrictedRegistration(area);
  const ref = text(s, "reference") ?? "";
  return {
    section: {
      id: `annex-viii-${ref}`,
      title: `Annex VIII Section ${letter}: ${ref} ${text(s, "name")}`,
      level: 2,
      blocks: [
        ...(restricted
          ? [{ kind: "paragraph" as const, text: "Annex III area 1, 6 or 7: only the Art. 49(4) subset is registered, in the secure non-public section." }]
          : []),
        { kind: "fields", rows: fields },
      ],
    },
    rows: fields.map((f) => ({
      system: ref,
      section: letter,
      item: f.item ?? "",
      title: f.label,
      value: f.value ?? "— to be written",
      source: f.source ?? "",
    })),
  };
}

export function annexIvSection(ctx: ReportContext, s: AuditRecord): { section: ReportSection; toWrite: string[] } {
  const fields: FieldRow[] = EU_AI_ACT_ANNEX_IV.map((item) => {
    const v = item.registrySource ? annexIvValue(ctx, s, item.ref) : { value: null, source: null };
    return { item: item.ref, label: item.title, value: v.value, source: v.source };
  });
  const toWrite = fields.filter((f) => f.value === null).map((f) => `${f.item} ${f.label}`);
  const ref = text(s, "reference") ?? "";
  return {
    section: {
      id: `annex-iv-${ref}`,
      title: `Annex IV technical documentation: ${ref} ${text(s, "name")}`,
      level: 2,
      blocks: [
        { kind: "fields", rows: fields },
        { kind: "paragraph", text: toWrite.length ? `A person must still write: ${toWrite.join("; ")}.` : "Every Annex IV item has registry material." },
        {
          kind: "paragraph",
          text: `Drawn from the registry as of ${ctx.asOf.toISOString()}; classified ${day(text(s, "classifiedAt") ? new Date(text(s, "classifiedAt")!) : null) || "never"}.`,
        },
      ],
    },
    toWrite,
  };
}

export const ANNEX_VIII_COLUMNS: ReportTable["columns"] = [
  { key: "system", label: "System" },
  { key: "section", label: "Section" },
  { key: "item", label: "Item" },
  { key: "title", label: "Item title" },
  { key: "value", label: "Value" },
  { key: "source", label: "Source" },
];
