import assert from "node:assert/strict";
import { test } from "node:test";
import { computeGaps } from "./compute-gaps";
import { HIGH_RISK_SYSTEM, recordMap, sampleRecords } from "./sample-records";

const AT = new Date("2028-01-15T00:00:00Z");
const map = recordMap;
const records = sampleRecords;
const highRisk = HIGH_RISK_SYSTEM;

test("a high-risk system in production with nothing approved is a critical gap, and its obligations are unknown until assessed", () => {
  const gaps = computeGaps(records({ systems: map(highRisk) }), AT);
  const first = gaps[0]!;
  assert.equal(first.rule, "high-risk-without-approved-production-version");
  assert.equal(first.severity, "CRITICAL");
  const art9 = gaps.find((g) => g.rule === "obligation-not-met" && g.requirementId === "art-9");
  assert.equal(art9?.state, "UNKNOWN");
  assert.equal(art9?.severity, "HIGH", "Annex III obligations apply from 2027-12-02, before AT");
  assert.ok(
    gaps.some((g) => g.rule === "annex-viii-unfilled" && g.message.includes("A5")),
    "intended purpose is empty",
  );
});

test("an implemented assessment with evidence closes the obligation; expired evidence makes it stale; an exclusion shows as not applicable", () => {
  const assessments = map(
    { id: "a9", scopeKey: "s1", systemId: "s1", framework: "EU_AI_ACT", requirementId: "art-9", status: "IMPLEMENTED", evidenceIds: ["e1"] },
    { id: "a10", scopeKey: "", systemId: null, framework: "EU_AI_ACT", requirementId: "art-10", status: "IMPLEMENTED", evidenceIds: [] },
    {
      id: "a11",
      scopeKey: "s1",
      systemId: "s1",
      framework: "EU_AI_ACT",
      requirementId: "art-11",
      status: "NOT_APPLICABLE",
      justification: "covered by the bank's group",
      evidenceIds: [],
    },
  );
  const evidence = map({ id: "e1", title: "Risk policy", validUntil: "2027-06-30T00:00:00.000Z" });
  const gaps = computeGaps(records({ systems: map(highRisk), assessments, evidence }), AT);
  assert.equal(
    gaps.find((g) => g.rule === "obligation-not-met" && g.requirementId === "art-9"),
    undefined,
  );
  assert.equal(gaps.find((g) => g.rule === "obligation-not-met" && g.requirementId === "art-10")?.state, "MISSING_EVIDENCE", "organisation-wide, no evidence");
  assert.equal(gaps.find((g) => g.rule === "obligation-not-met" && g.requirementId === "art-11")?.state, "NOT_APPLICABLE");
  const stale = gaps.find((g) => g.rule === "evidence-expired");
  assert.equal(stale?.state, "STALE");
  assert.equal(stale?.evidenceId, "e1");
});

test("an ISO assessment counts for the EU obligation the crosswalk maps it to", () => {
  const assessments = map({
    id: "iso",
    scopeKey: "",
    systemId: null,
    framework: "ISO_42001",
    requirementId: "A.6.2.8",
    status: "IMPLEMENTED",
    evidenceIds: ["e2"],
  });
  const gaps = computeGaps(records({ systems: map(highRisk), assessments, evidence: map({ id: "e2", title: "Log retention" }) }), AT);
  assert.equal(
    gaps.find((g) => g.rule === "obligation-not-met" && g.requirementId === "art-12"),
    undefined,
  );
});

test("a flagged production deployment is a critical failure; an upstream model past its deprecation date fails", () => {
  const models = map({ id: "m1", name: "gpt-x", systemId: "s1", provider: "Acme", deprecationDate: "2027-01-01T00:00:00.000Z" });
  const versions = map({ id: "v1", modelId: "m1", number: 3, stage: "PRODUCTION", lineage: [] });
  const deployments = map({ id: "d1", modelVersionId: "v1", environment: "PRODUCTION", target: "eu-prod", policyViolation: true, endedAt: null });
  const gaps = computeGaps(records({ systems: map(highRisk), models, versions, deployments }), AT);
  const d = gaps.find((g) => g.rule === "deployment-of-unapproved-version");
  assert.equal(d?.severity, "CRITICAL");
  assert.equal(d?.fix.recordId, "d1");
  assert.equal(gaps.find((g) => g.rule === "upstream-model-deprecated")?.state, "FAILED");
  assert.equal(
    gaps.find((g) => g.rule === "high-risk-without-approved-production-version"),
    undefined,
  );
  const fair = gaps.find((g) => g.rule === "characteristic-without-passing-evaluation" && g.message.includes("Fair"));
  assert.equal(fair?.state, "MISSING_EVIDENCE");
  assert.equal(gaps.find((g) => g.rule === "model-card-below-policy")?.state, "MISSING_EVIDENCE", "high-risk default policy asks 80%");
});

test("a GPAI model without linked training data gets a gap; with a described dataset the draft is complete", () => {
  const gpai = { ...highRisk, id: "g1", reference: "GP-1", riskTier: "MINIMAL", gpaiStatus: "GPAI" };
  const models = map({ id: "m2", name: "Łódź-LM", systemId: "g1" });
  const bare = computeGaps(records({ systems: map(gpai), models, versions: map({ id: "v2", modelId: "m2", number: 1, stage: "STAGING", lineage: [] }) }), AT);
  assert.equal(bare.find((g) => g.rule === "gpai-without-training-summary")?.state, "MISSING_EVIDENCE");
  const deployer = computeGaps(
    records({
      systems: map({ ...gpai, operatorRole: "DEPLOYER" }),
      models,
      versions: map({ id: "v2", modelId: "m2", number: 1, stage: "STAGING", lineage: [] }),
    }),
    AT,
  );
  assert.equal(
    deployer.find((g) => g.rule === "gpai-without-training-summary"),
    undefined,
    "the summary is the model provider's duty",
  );
  const full = computeGaps(
    records({
      systems: map(gpai),
      models,
      versions: map({ id: "v2", modelId: "m2", number: 1, stage: "STAGING", lineage: [{ datasetVersionId: "dv1", role: "TRAINING" }] }),
      datasets: map({ id: "ds1", name: "東京 corpus", source: "licensed news", licence: "commercial" }),
      datasetVersions: map({ id: "dv1", datasetId: "ds1", number: 2, rowCount: 1000 }),
    }),
    AT,
  );
  assert.equal(
    full.find((g) => g.rule === "gpai-without-training-summary"),
    undefined,
  );
});
