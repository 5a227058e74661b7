import assert from "node:assert/strict";
import { test } from "node:test";
import { EU_AI_ACT_ANNEX_VIII, ISO_42001_CONTROLS } from "@canon/frameworks";
import { HIGH_RISK_SYSTEM, recordMap, sampleRecords } from "../../gaps/sample-records";
import { buildComplianceReport } from "./build-compliance-report";

const AS_OF = new Date("2028-01-15T00:00:00Z");
const context = (kind: "eu-ai-act" | "iso-42001" | "nist-ai-rmf") => ({
  kind,
  asOf: AS_OF,
  generatedAt: AS_OF,
  generatedBy: "Zoë <zoe@example.com>",
  systemIds: null,
});
const minimal = { ...HIGH_RISK_SYSTEM, id: "s2", reference: "MK-2", riskTier: "MINIMAL", annexIIIArea: null, annexIIIPoint: null, highRiskRoute: null };

test("EU AI Act: every Annex VIII Section A item for each high-risk system, an Annex IV dossier, obligations per system, the disclaimer", () => {
  const records = sampleRecords({ systems: recordMap({ ...HIGH_RISK_SYSTEM, intendedPurpose: "Scores credit applications" }, minimal) });
  const report = buildComplianceReport(records, context("eu-ai-act"));
  const viii = report.sections.flatMap((s) => s.blocks).find((b) => b.kind === "table" && b.sheet === "Annex VIII");
  assert.ok(viii && viii.kind === "table");
  const sectionA = EU_AI_ACT_ANNEX_VIII.filter((i) => i.section === "A").map((i) => i.item);
  assert.deepEqual(
    viii.rows.filter((r) => r.system === "CR-1").map((r) => r.item),
    sectionA,
  );
  assert.equal(viii.rows.find((r) => r.item === "A5")?.value, "Scores credit applications");
  assert.equal(viii.rows.find((r) => r.item === "A11")?.value, "— to be written");
  assert.ok(report.sections.some((s) => s.id === "annex-iv-CR-1"));
  assert.ok(!report.sections.some((s) => s.id === "annex-iv-MK-2"), "no dossier for a minimal-risk system");
  const art9 = report.requirements.find((r) => r.requirementId === "art-9" && r.system?.reference === "CR-1");
  assert.equal(art9?.status, "NOT_ASSESSED");
  assert.ok(!report.requirements.some((r) => r.requirementId === "art-9" && r.system?.reference === "MK-2"));
  assert.deepEqual(
    report.requirements.filter((r) => r.requirementId === "art-4").map((r) => r.system),
    [null],
    "AI literacy is one organisation-wide row",
  );
  assert.match(report.disclaimer ?? "", /Not a conformity assessment/);
  assert.match(report.contentDigest, /^[0-9a-f]{64}$/);
  const tiers = report.summary.charts.find((c) => c.id === "tier-distribution")!;
  assert.deepEqual(
    tiers.series.filter((p) => p.value > 0).map((p) => [p.label, p.value]),
    [
      ["High risk", 1],
      ["Minimal risk", 1],
    ],
    "charts print the catalogue's words",
  );
  const overview = report.sections.find((s) => s.id === "classification")!.blocks[0]!;
  assert.ok(overview.kind === "table" && overview.rows[0]!.tier === "High risk" && overview.rows[0]!.role === "Provider");
});

test("ISO/IEC 42001: all 38 Annex A controls in the SoA with applicability, evidence and the organisation's own controls", () => {
  const assessments = recordMap(
    {
      id: "a1",
      scopeKey: "",
      systemId: null,
      framework: "ISO_42001",
      requirementId: "A.6.2.8",
      status: "IMPLEMENTED",
      inclusionReason: "LEGAL_REQUIREMENT",
      evidenceIds: ["e1"],
    },
    {
      id: "a2",
      scopeKey: "",
      systemId: null,
      framework: "ISO_42001",
      requirementId: "A.10.4",
      status: "NOT_APPLICABLE",
      justification: "no customers",
      evidenceIds: [],
    },
    {
      id: "a3",
      scopeKey: "",
      systemId: null,
      framework: "ISO_42001",
      requirementId: "ORG-1",
      customTitle: "Model kill switch drill",
      status: "IN_PROGRESS",
      inclusionReason: "ORGANIZATION_POLICY",
      evidenceIds: [],
    },
  );
  const evidence = recordMap({
    id: "e1",
    title: "Log retention policy",
    kind: "DOCUMENT",
    url: "https://docs.example/logs",
    sha256: "a".repeat(64),
    validUntil: "2030-01-01T00:00:00.000Z",
  });
  const report = buildComplianceReport(sampleRecords({ systems: recordMap(HIGH_RISK_SYSTEM), assessments, evidence }), context("iso-42001"));
  const controls = report.requirements.filter((r) => ISO_42001_CONTROLS.some((c) => c.id === r.requirementId));
  assert.equal(controls.length, 38);
  const logging = controls.find((r) => r.requirementId === "A.6.2.8")!;
  assert.equal(logging.status, "IMPLEMENTED");
  assert.equal(logging.evidence[0]?.sha256, "a".repeat(64));
  assert.equal(controls.find((r) => r.requirementId === "A.10.4")?.applicability, "NOT_APPLICABLE");
  assert.equal(report.requirements.find((r) => r.requirementId === "ORG-1")?.title, "Model kill switch drill");
  assert.deepEqual(
    report.evidence.map((e) => e.backs),
    [["A.6.2.8"]],
  );
});

test("NIST AI RMF: the 72-subcategory profile; an ISO assessment counts through the crosswalk; the digest follows the content", () => {
  const assessments = recordMap({
    id: "a1",
    scopeKey: "",
    systemId: null,
    framework: "ISO_42001",
    requirementId: "A.6.2.8",
    status: "IMPLEMENTED",
    evidenceIds: [],
  });
  const records = sampleRecords({ systems: recordMap(HIGH_RISK_SYSTEM), assessments });
  const report = buildComplianceReport(records, context("nist-ai-rmf"));
  assert.equal(report.requirements.length, 72);
  const measure24 = report.requirements.find((r) => r.requirementId === "MEASURE-2.4")!;
  assert.equal(measure24.status, "IMPLEMENTED");
  assert.equal(measure24.via, "ISO_42001 A.6.2.8");
  const again = buildComplianceReport(records, context("nist-ai-rmf"));
  assert.equal(again.contentDigest, report.contentDigest);
  const other = buildComplianceReport(sampleRecords({ systems: recordMap(HIGH_RISK_SYSTEM) }), context("nist-ai-rmf"));
  assert.notEqual(other.contentDigest, report.contentDigest);
});

test("NIST AI RMF MANAGE: an alias rollback on one of the system's models is a decision, with the versions and the reason", () => {
  const model = { id: "m1", systemId: HIGH_RISK_SYSTEM.id, name: "scorer", kind: "CLASSIFIER" };
  const versions = recordMap({ id: "v1", modelId: "m1", number: 1, stage: "PRODUCTION" }, { id: "v2", modelId: "m1", number: 2, stage: "ARCHIVED" });
  const rollback = {
    seq: 41,
    at: new Date("2027-11-02T10:00:00Z"),
    modelId: "m1",
    alias: "champion",
    fromVersionId: "v2",
    toVersionId: "v1",
    reason: "drift on v2",
    actorUserId: "u1",
  };
  const elsewhere = { ...rollback, seq: 42, modelId: "other-model" };
  const records = sampleRecords({ systems: recordMap(HIGH_RISK_SYSTEM), models: recordMap(model), versions, rollbacks: [rollback, elsewhere] });
  const report = buildComplianceReport(records, context("nist-ai-rmf"));
  const manage = report.sections.flatMap((s) => s.blocks).find((b) => b.kind === "table" && b.sheet === "MANAGE decisions");
  assert.ok(manage && manage.kind === "table");
  assert.deepEqual(
    manage.rows.filter((r) => r.kind === "Alias rollback"),
    [{ system: "CR-1", kind: "Alias rollback", what: '"champion": scorer v2 → scorer v1', outcome: "Rolled back: drift on v2", date: "2027-11-02" }],
    "only the rollbacks of the system's own models",
  );
});
