import assert from "node:assert/strict";
import { test } from "node:test";
import { codes, describeContract, type TestApi } from "../support/contract";

const CREATE = `mutation($i: CreateAISystemInput!) { createAISystem(input: $i) { id } }`;
const OBLIGATION = `obligationId reference appliesFrom why`;
const DIFF = `diff { added { obligationId } removed { obligationId } unchanged { obligationId } rescheduled { before { appliesFrom } after { obligationId appliesFrom } } }`;
const CLASSIFICATION = `operatorRole riskTier highRiskRoute annexIIIArea annexIIIPoint art6_3Derogation art6_3Justification profiling gpaiStatus transparencyDuties`;
const SUGGEST = `query($id: ID!, $a: ClassificationAnswersInput!) { classificationSuggestion(systemId: $id, answers: $a) {
  system { id } classification { ${CLASSIFICATION} } reasons { step reference text } obligationContext { deployerIsPublicAuthority deployerProvidesPublicServices }
  obligations { ${OBLIGATION} } current { riskTier } ${DIFF} } }`;
const CONFIRM = `mutation($id: ID!, $a: ClassificationAnswersInput!, $c: ClassifyAISystemInput, $j: String) {
  confirmClassification(systemId: $id, answers: $a, classification: $c, justification: $j) {
    system { id ${CLASSIFICATION} publicAuthority classifiedAt classifiedById }
    confirmation { id systemId answers suggested confirmed overridden justification confirmedById createdAt }
    obligations { ${OBLIGATION} } ${DIFF} } }`;
const PREVIEW = `query($id: ID!, $c: ClassifyAISystemInput!) { classificationChangePreview(systemId: $id, classification: $c) {
  system { id riskTier } current { riskTier } proposed { ${CLASSIFICATION} } obligations { obligationId } ${DIFF} } }`;
const SYSTEM = `query($id: ID!) { aiSystem(id: $id) { ${CLASSIFICATION} publicAuthority classifiedAt } }`;
const EVENTS = `query($s: String) { auditEvents(filter: { subjectId: $s }) { nodes { action subjectType subjectId actorUserId context } } }`;
const COUNT = `{ verifyAuditChain { eventCount } }`;

/** Annex III 4(a): recruitment and selection, as the provider of the system. */
const RECRUITMENT = { operatorRole: "PROVIDER", annexIIIPoint: "4(a)" };
const HIGH_RISK_DUTIES = ["art-9", "art-10", "art-11", "art-12", "art-13", "art-14", "art-15", "art-17", "art-49", "art-72", "art-73"];

const ids = (list: { obligationId: string }[]) => list.map((o) => o.obligationId);

async function system(a: TestApi, reference: string): Promise<string> {
  const { createAISystem } = await a.ok(CREATE, { i: { reference, name: `System ${reference}` } });
  return createAISystem.id;
}

async function eventCount(a: TestApi): Promise<number> {
  return (await a.ok(COUNT)).verifyAuditChain.eventCount;
}

describeContract("classification assistant", (api) => {
  test("a contributor gets a suggestion with its reasons and dated obligations, but cannot confirm it", async () => {
    const a = api();
    const id = await system(a, "cv-screening");
    const before = await eventCount(a);

    const { classificationSuggestion: s } = await a.ok(SUGGEST, { id, a: RECRUITMENT }, a.orgA.tokens.CONTRIBUTOR);
    assert.equal(s.system.id, id);
    assert.deepEqual(s.classification, {
      operatorRole: "PROVIDER",
      riskTier: "HIGH_RISK",
      highRiskRoute: "ANNEX_III",
      annexIIIArea: 4,
      annexIIIPoint: "4(a)",
      art6_3Derogation: false,
      art6_3Justification: null,
      profiling: false,
      gpaiStatus: "NONE",
      transparencyDuties: [],
    });
    const annexIII = s.reasons.find((r: any) => r.step === "Annex III use");
    assert.equal(annexIII.reference, "Art. 6(2), Annex III 4(a)");
    assert.match(annexIII.text, /area 4/);
    assert.deepEqual(s.reasons.at(-1), { step: "Risk tier", reference: "Art. 6(2)", text: "HIGH_RISK by the Annex III use route." });
    assert.deepEqual(s.obligationContext, { deployerIsPublicAuthority: false, deployerProvidesPublicServices: false });
    const art9 = s.obligations.find((o: any) => o.obligationId === "art-9");
    assert.equal(art9.reference, "Art. 9");
    assert.equal(art9.appliesFrom, "2027-12-02");
    assert.match(art9.why, /Annex III 4\(a\)/);
    assert.equal(s.obligations.find((o: any) => o.obligationId === "art-4").appliesFrom, "2025-02-02");
    assert.equal(s.current.riskTier, "UNCLASSIFIED");
    assert.deepEqual(ids(s.diff.added), HIGH_RISK_DUTIES);
    assert.deepEqual(ids(s.diff.removed), []);
    assert.deepEqual(ids(s.diff.unchanged), ["art-4", "art-5"]);

    for (const role of ["CONTRIBUTOR", "VIEWER", "AUDITOR"] as const) {
      const refused = await a.gql(CONFIRM, { id, a: RECRUITMENT }, a.orgA.tokens[role]);
      assert.deepEqual(codes(refused), ["FORBIDDEN"], role);
    }
    assert.equal(await eventCount(a), before, "asking for a suggestion and being refused write nothing");
    assert.equal((await a.ok(SYSTEM, { id })).aiSystem.riskTier, "UNCLASSIFIED");
  });

  test("an approver confirms the suggestion: the system is classified, the confirmation kept, both events audited", async () => {
    const a = api();
    const id = await system(a, "hiring-ranker");
    const before = await eventCount(a);
    const answers = { ...RECRUITMENT, deployerIsPublicAuthority: true };

    const { confirmClassification: c } = await a.ok(CONFIRM, { id, a: answers }, a.orgA.tokens.APPROVER);
    assert.equal(c.system.riskTier, "HIGH_RISK");
    assert.equal(c.system.highRiskRoute, "ANNEX_III");
    assert.equal(c.system.annexIIIPoint, "4(a)");
    assert.equal(c.system.operatorRole, "PROVIDER");
    assert.equal(c.system.publicAuthority, true);
    assert.equal(c.system.classifiedById, a.orgA.userIds.APPROVER);
    assert.ok(c.system.classifiedAt);
    assert.equal(c.confirmation.systemId, id);
    assert.equal(c.confirmation.overridden, false);
    assert.equal(c.confirmation.justification, null);
    assert.equal(c.confirmation.confirmedById, a.orgA.userIds.APPROVER);
    assert.equal(c.confirmation.answers.annexIIIPoint, "4(a)");
    assert.equal(c.confirmation.answers.profiling, false, "the answers are stored as validated, defaults filled in");
    assert.equal(c.confirmation.suggested.classification.riskTier, "HIGH_RISK");
    assert.ok(c.confirmation.suggested.reasons.length > 3);
    assert.equal(c.confirmation.confirmed.riskTier, "HIGH_RISK");
    assert.equal(c.confirmation.confirmed.publicAuthority, true);
    assert.ok(ids(c.obligations).includes("art-9"));
    assert.deepEqual(ids(c.diff.added), HIGH_RISK_DUTIES);

    const stored = (await a.ok(SYSTEM, { id })).aiSystem;
    assert.equal(stored.riskTier, "HIGH_RISK");
    assert.equal(stored.publicAuthority, true);

    assert.equal(await eventCount(a), before + 2);
    const { auditEvents: onConfirmation } = await a.ok(EVENTS, { s: c.confirmation.id });
    assert.deepEqual(
      onConfirmation.nodes.map((e: any) => [e.action, e.subjectType, e.actorUserId]),
      [["classification.confirm", "ClassificationConfirmation", a.orgA.userIds.APPROVER]],
    );
    const { auditEvents: onSystem } = await a.ok(EVENTS, { s: id });
    const classify = onSystem.nodes.find((e: any) => e.action === "aiSystem.classify");
    assert.equal(classify.subjectType, "AISystem");
    assert.deepEqual(classify.context, { confirmationId: c.confirmation.id, overridden: false });

    const again = await a.ok(SUGGEST, { id, a: answers });
    assert.equal(again.classificationSuggestion.current.riskTier, "HIGH_RISK");
    assert.deepEqual(ids(again.classificationSuggestion.diff.added), [], "confirmed: nothing would change");
    assert.deepEqual(ids(again.classificationSuggestion.diff.removed), []);
  });

  test("an override needs a justification: without one VALIDATION names it and nothing is written; with one it is marked overridden", async () => {
    const a = api();
    const id = await system(a, "cv-sorter");
    const minimal = { operatorRole: "PROVIDER", riskTier: "MINIMAL" };
    const before = await eventCount(a);

    for (const j of [undefined, null, "   "]) {
      const refused = await a.gql(CONFIRM, { id, a: RECRUITMENT, c: minimal, j }, a.orgA.tokens.APPROVER);
      assert.deepEqual(codes(refused), ["VALIDATION"], String(j));
      assert.equal(refused.errors![0]!.extensions!.field, "justification");
      assert.match(refused.errors![0]!.message, /riskTier/);
    }
    const incoherent = await a.gql(
      CONFIRM,
      { id, a: RECRUITMENT, c: { operatorRole: "PROVIDER", riskTier: "HIGH_RISK" }, j: "Reviewed" },
      a.orgA.tokens.APPROVER,
    );
    assert.deepEqual(codes(incoherent), ["VALIDATION"]);
    assert.equal(incoherent.errors![0]!.extensions!.field, "classification.highRiskRoute");
    assert.equal(await eventCount(a), before, "nothing written");
    assert.equal((await a.ok(SYSTEM, { id })).aiSystem.riskTier, "UNCLASSIFIED");

    const { confirmClassification: c } = await a.ok(
      CONFIRM,
      { id, a: RECRUITMENT, c: minimal, j: "Ranks CVs only by the date they arrived; the legal team confirmed no evaluation of candidates" },
      a.orgA.tokens.ADMIN,
    );
    assert.equal(c.confirmation.overridden, true);
    assert.match(c.confirmation.justification, /^Ranks CVs/);
    assert.equal(c.confirmation.suggested.classification.riskTier, "HIGH_RISK");
    assert.equal(c.confirmation.confirmed.riskTier, "MINIMAL");
    assert.equal(c.system.riskTier, "MINIMAL");
    assert.equal(c.system.highRiskRoute, null);
    assert.deepEqual(ids(c.obligations), ["art-4", "art-5"]);
    assert.deepEqual(ids(c.diff.added), []);
    assert.equal(await eventCount(a), before + 2);
    const { auditEvents } = await a.ok(EVENTS, { s: id });
    assert.deepEqual(auditEvents.nodes.find((e: any) => e.action === "aiSystem.classify").context, { confirmationId: c.confirmation.id, overridden: true });

    // Giving the suggested classification explicitly is no override: no justification needed.
    const suggested = { operatorRole: "PROVIDER", riskTier: "HIGH_RISK", highRiskRoute: "ANNEX_III", annexIIIArea: 4, annexIIIPoint: "4(a)" };
    const { confirmClassification: same } = await a.ok(CONFIRM, { id, a: RECRUITMENT, c: suggested }, a.orgA.tokens.APPROVER);
    assert.equal(same.confirmation.overridden, false);
    assert.equal(same.system.riskTier, "HIGH_RISK");
    assert.deepEqual(ids(same.diff.added), HIGH_RISK_DUTIES, "from the overridden MINIMAL back to high risk");
  });

  test("the preview of changing a confirmed high-risk system to MINIMAL lists art-9 among the removed, and writes nothing", async () => {
    const a = api();
    const id = await system(a, "interview-scorer");
    await a.ok(CONFIRM, { id, a: RECRUITMENT }, a.orgA.tokens.APPROVER);
    const before = await eventCount(a);

    const { classificationChangePreview: p } = await a.ok(PREVIEW, { id, c: { operatorRole: "PROVIDER", riskTier: "MINIMAL" } }, a.orgA.tokens.VIEWER);
    assert.equal(p.system.id, id);
    assert.equal(p.current.riskTier, "HIGH_RISK");
    assert.equal(p.proposed.riskTier, "MINIMAL");
    assert.ok(ids(p.diff.removed).includes("art-9"));
    assert.deepEqual(ids(p.diff.removed), HIGH_RISK_DUTIES);
    assert.deepEqual(ids(p.diff.added), []);
    assert.deepEqual(ids(p.diff.unchanged), ["art-4", "art-5"]);
    assert.deepEqual(ids(p.obligations), ["art-4", "art-5"]);

    // Annex III to the Annex I route keeps the high-risk duties but moves their date.
    const annexI = await a.ok(PREVIEW, { id, c: { operatorRole: "PROVIDER", riskTier: "HIGH_RISK", highRiskRoute: "ANNEX_I" } });
    const moved = annexI.classificationChangePreview.diff.rescheduled.find((r: any) => r.after.obligationId === "art-9");
    assert.equal(moved.before.appliesFrom, "2027-12-02");
    assert.notEqual(moved.after.appliesFrom, "2027-12-02");
    assert.deepEqual(ids(annexI.classificationChangePreview.diff.removed), ["art-49"], "an Annex I product registers no Annex III use");

    const incoherent = await a.gql(PREVIEW, { id, c: { operatorRole: "PROVIDER", riskTier: "MINIMAL", highRiskRoute: "ANNEX_III" } });
    assert.deepEqual(codes(incoherent), ["VALIDATION"]);
    assert.equal(incoherent.errors![0]!.extensions!.field, "classification.highRiskRoute");
    assert.equal(await eventCount(a), before);
    assert.equal((await a.ok(SYSTEM, { id })).aiSystem.riskTier, "HIGH_RISK");
  });

  test("profiling keeps an Annex III use high risk even with an Art. 6(3) condition claimed", async () => {
    const a = api();
    const id = await system(a, "candidate-profiler");
    const art6_3 = { conditions: ["d"], justification: "Prepares the file for a recruiter who decides" };

    const profiled = (await a.ok(SUGGEST, { id, a: { ...RECRUITMENT, profiling: true, art6_3 } })).classificationSuggestion;
    assert.equal(profiled.classification.riskTier, "HIGH_RISK");
    assert.equal(profiled.classification.art6_3Derogation, false);
    assert.equal(profiled.classification.profiling, true);
    const derogation = profiled.reasons.find((r: any) => r.step === "Art. 6(3) derogation");
    assert.equal(derogation.reference, "Art. 6(3), last subparagraph");
    assert.match(derogation.text, /profiles natural persons/);
    assert.ok(ids(profiled.obligations).includes("art-9"));

    const notProfiled = (await a.ok(SUGGEST, { id, a: { ...RECRUITMENT, art6_3 } })).classificationSuggestion;
    assert.equal(notProfiled.classification.riskTier, "MINIMAL", "the same claim without profiling lifts the Annex III route");
    assert.equal(notProfiled.classification.art6_3Derogation, true);

    const { confirmClassification: c } = await a.ok(CONFIRM, { id, a: { ...RECRUITMENT, profiling: true, art6_3 } }, a.orgA.tokens.APPROVER);
    assert.equal(c.system.riskTier, "HIGH_RISK");
    assert.equal(c.system.profiling, true);
    assert.equal(c.system.art6_3Derogation, false);
    assert.equal(c.confirmation.overridden, false);
    // Claiming the derogation anyway is refused by the classification rules, whatever the justification.
    const claimed = {
      operatorRole: "PROVIDER",
      riskTier: "MINIMAL",
      annexIIIArea: 4,
      annexIIIPoint: "4(a)",
      art6_3Derogation: true,
      art6_3Justification: "x",
      profiling: true,
    };
    const refused = await a.gql(CONFIRM, { id, a: { ...RECRUITMENT, profiling: true, art6_3 }, c: claimed, j: "We disagree" }, a.orgA.tokens.APPROVER);
    assert.equal(refused.errors![0]!.extensions!.field, "classification.art6_3Derogation");
  });

  test("bad answers are VALIDATION naming the field; unknown and other organisations' systems are NOT_FOUND", async () => {
    const a = api();
    const id = await system(a, "answers-check");
    const before = await eventCount(a);
    const cases: [Record<string, unknown>, string][] = [
      [{ ...RECRUITMENT, annexIIIPoint: "9(z)" }, "answers.annexIIIPoint"],
      [{ ...RECRUITMENT, art6_3: { conditions: ["a"] } }, "answers.art6_3.justification"],
      [{ ...RECRUITMENT, art6_3: { conditions: ["z"], justification: "x" } }, "answers.art6_3.conditions"],
      [{ ...RECRUITMENT, prohibitedPractices: ["art-5(9)"] }, "answers.prohibitedPractices"],
      [{ ...RECRUITMENT, gpai: { designatedSystemic: true } }, "answers.gpai.designatedSystemic"],
      [{ ...RECRUITMENT, gpai: { generalPurposeModel: true, trainingFlops: -1 } }, "answers.gpai.trainingFlops"],
      [{ annexIIIPoint: "4(a)" }, "answers.operatorRole"],
      [{ ...RECRUITMENT, annexI: null }, "answers.annexI"],
    ];
    for (const [answers, field] of cases) {
      for (const op of [SUGGEST, CONFIRM]) {
        const res = await a.gql(op, { id, a: answers }, a.orgA.tokens.APPROVER);
        assert.deepEqual(codes(res), ["VALIDATION"], JSON.stringify(answers));
        assert.equal(res.errors![0]!.extensions!.field, field, JSON.stringify(answers));
      }
    }
    assert.equal(await eventCount(a), before);

    const { createAISystem: other } = await a.ok(CREATE, { i: { reference: "org-b-system", name: "B's system" } }, a.orgB.tokens.ADMIN);
    for (const target of ["does-not-exist", other.id]) {
      assert.deepEqual(codes(await a.gql(SUGGEST, { id: target, a: RECRUITMENT })), ["NOT_FOUND"]);
      assert.deepEqual(codes(await a.gql(PREVIEW, { id: target, c: { operatorRole: "PROVIDER", riskTier: "MINIMAL" } })), ["NOT_FOUND"]);
      assert.deepEqual(codes(await a.gql(CONFIRM, { id: target, a: RECRUITMENT })), ["NOT_FOUND"]);
    }
    assert.equal(await eventCount(a), before);
    assert.equal((await a.ok(SYSTEM, { id: other.id }, a.orgB.tokens.ADMIN)).aiSystem.riskTier, "UNCLASSIFIED");
  });
});
