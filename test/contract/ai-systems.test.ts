import assert from "node:assert/strict";
import { test } from "node:test";
import { codes, describeContract } from "../support/contract";

const CREATE = `mutation($i: CreateAISystemInput!) { createAISystem(input: $i) { id reference name riskTier memberStates lifecycleStatus } }`;
const CLASSIFY = `mutation($id: ID!, $i: ClassifyAISystemInput!) { classifyAISystem(id: $id, input: $i) { id riskTier highRiskRoute annexIIIArea annexIIIPoint art6_3Derogation transparencyDuties classifiedAt } }`;
const COUNT = `{ aiSystems { totalCount } verifyAuditChain { eventCount } }`;

describeContract("AI systems", (api) => {
  test("create, read, update and list with filters, ordering and cursor pages", async () => {
    const a = api();
    const created = await a.ok(CREATE, {
      i: { reference: "credit-scoring", name: "Credit scoring", memberStates: ["de", "FR"], lifecycleStatus: "IN_PRODUCTION", businessUnit: "Retail" },
    });
    assert.equal(created.createAISystem.reference, "credit-scoring");
    assert.deepEqual(created.createAISystem.memberStates, ["DE", "FR"]);
    assert.equal(created.createAISystem.riskTier, "UNCLASSIFIED");
    for (const [reference, name] of [
      ["cv-screening", "CV screening"],
      ["support-bot", "Support chatbot"],
      ["fraud", "Fraud detection"],
    ]) {
      await a.ok(CREATE, { i: { reference, name } });
    }
    const id = created.createAISystem.id;
    const updated = await a.ok(
      `mutation($id: ID!) { updateAISystem(id: $id, input: { intendedPurpose: "Score consumer credit applications" }) { name intendedPurpose businessUnit } }`,
      { id },
    );
    assert.deepEqual(updated.updateAISystem, { name: "Credit scoring", intendedPurpose: "Score consumer credit applications", businessUnit: "Retail" });

    const searched = await a.ok(`{ aiSystems(filter: { search: "CREDIT" }) { totalCount nodes { reference } } }`);
    assert.deepEqual(
      searched.aiSystems.nodes.map((n: any) => n.reference),
      ["credit-scoring"],
    );
    const byStatus = await a.ok(`{ aiSystems(filter: { lifecycleStatus: IN_PRODUCTION }) { totalCount } }`);
    assert.equal(byStatus.aiSystems.totalCount, 1);

    const page1 = await a.ok(
      `{ aiSystems(first: 2, orderBy: { field: NAME, direction: ASC }) { totalCount nodes { name } pageInfo { hasNextPage endCursor } } }`,
    );
    assert.equal(page1.aiSystems.totalCount, 4);
    assert.equal(page1.aiSystems.nodes.length, 2);
    assert.equal(page1.aiSystems.pageInfo.hasNextPage, true);
    const page2 = await a.ok(
      `query($after: String) { aiSystems(first: 2, after: $after, orderBy: { field: NAME, direction: ASC }) { nodes { name } pageInfo { hasNextPage } } }`,
      { after: page1.aiSystems.pageInfo.endCursor },
    );
    assert.equal(page2.aiSystems.nodes.length, 2);
    assert.equal(page2.aiSystems.pageInfo.hasNextPage, false);
    const all = [...page1.aiSystems.nodes, ...page2.aiSystems.nodes].map((n: any) => n.name);
    assert.equal(new Set(all).size, 4);
  });

  test("classification: coherent combinations are accepted and stamped", async () => {
    const a = api();
    const { createAISystem: s } = await a.ok(CREATE, { i: { reference: "loan-approval", name: "Loan approval" } });
    const high = await a.ok(
      CLASSIFY,
      { id: s.id, i: { operatorRole: "PROVIDER", riskTier: "HIGH_RISK", highRiskRoute: "ANNEX_III", annexIIIArea: 5, annexIIIPoint: "5(b)" } },
      a.orgA.tokens.APPROVER,
    );
    assert.equal(high.classifyAISystem.riskTier, "HIGH_RISK");
    assert.equal(high.classifyAISystem.annexIIIPoint, "5(b)");
    assert.ok(high.classifyAISystem.classifiedAt);
    const derogated = await a.ok(CLASSIFY, {
      id: s.id,
      i: {
        operatorRole: "DEPLOYER",
        riskTier: "MINIMAL",
        annexIIIArea: 4,
        art6_3Derogation: true,
        art6_3Justification: "Narrow procedural task only",
        transparencyDuties: ["50(1)"],
      },
    });
    assert.equal(derogated.classifyAISystem.art6_3Derogation, true);
    assert.deepEqual(derogated.classifyAISystem.transparencyDuties, ["50(1)"]);
  });

  test("incoherent classifications are refused with the field named, and write nothing", async () => {
    const a = api();
    const { createAISystem: s } = await a.ok(CREATE, { i: { reference: "cls-check", name: "Classification check" } });
    const before = await a.ok(COUNT);
    const cases: [Record<string, unknown>, string][] = [
      [{ operatorRole: "PROVIDER", riskTier: "HIGH_RISK" }, "highRiskRoute"],
      [{ operatorRole: "PROVIDER", riskTier: "HIGH_RISK", highRiskRoute: "ANNEX_III" }, "annexIIIArea"],
      [{ operatorRole: "PROVIDER", riskTier: "HIGH_RISK", highRiskRoute: "ANNEX_III", annexIIIArea: 5, annexIIIPoint: "4(a)" }, "annexIIIPoint"],
      [{ operatorRole: "PROVIDER", riskTier: "MINIMAL", annexIIIArea: 4, art6_3Derogation: true }, "art6_3Justification"],
      [
        { operatorRole: "PROVIDER", riskTier: "MINIMAL", annexIIIArea: 4, art6_3Derogation: true, art6_3Justification: "x", profiling: true },
        "art6_3Derogation",
      ],
      [{ operatorRole: "PROVIDER", riskTier: "MINIMAL", transparencyDuties: ["51(1)"] }, "transparencyDuties"],
      [{ operatorRole: "PROVIDER", riskTier: "MINIMAL", annexIIIArea: 9 }, "annexIIIArea"],
    ];
    for (const [input, field] of cases) {
      const res = await a.gql(CLASSIFY, { id: s.id, i: input });
      assert.deepEqual(codes(res), ["VALIDATION"], JSON.stringify(input));
      assert.equal(res.errors![0]!.extensions!.field, field, JSON.stringify(input));
    }
    assert.deepEqual(await a.ok(COUNT), before);
  });

  test("bad input: missing fields, wrong enums, oversize strings, duplicates — coded errors and nothing written", async () => {
    const a = api();
    await a.ok(CREATE, { i: { reference: "dup", name: "Dup" } });
    const before = await a.ok(COUNT);
    const missing = await a.gql(CREATE, { i: { name: "No reference" } });
    assert.deepEqual(codes(missing), ["VALIDATION"]);
    const blank = await a.gql(CREATE, { i: { reference: "blank", name: "   " } });
    assert.deepEqual(codes(blank), ["VALIDATION"]);
    assert.equal(blank.errors![0]!.extensions!.field, "name");
    const wrongEnum = await a.gql(CREATE, { i: { reference: "e", name: "E", lifecycleStatus: "LIVE" } });
    assert.deepEqual(codes(wrongEnum), ["VALIDATION"]);
    const oversize = await a.gql(CREATE, { i: { reference: "big", name: "x".repeat(201) } });
    assert.equal(oversize.errors![0]!.extensions!.field, "name");
    const badState = await a.gql(CREATE, { i: { reference: "st", name: "St", memberStates: ["US"] } });
    assert.equal(badState.errors![0]!.extensions!.field, "memberStates");
    const duplicate = await a.gql(CREATE, { i: { reference: "dup", name: "Dup again" } });
    assert.deepEqual(codes(duplicate), ["CONFLICT"]);
    const unknownOwner = await a.gql(CREATE, { i: { reference: "own", name: "Own", ownerId: "nobody" } });
    assert.equal(unknownOwner.errors![0]!.extensions!.field, "ownerId");
    const unknownId = await a.gql(`mutation { updateAISystem(id: "does-not-exist", input: { name: "x" }) { id } }`);
    assert.deepEqual(codes(unknownId), ["NOT_FOUND"]);
    assert.deepEqual(await a.ok(COUNT), before);
  });
});
