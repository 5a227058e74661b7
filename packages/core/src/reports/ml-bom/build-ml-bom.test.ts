// buildMlBom on hand-made records (the shape the as-of readers return): what is in scope for some
// systems (their models' versions, their releases' stacks, base models up the chain, the datasets those
// were trained and evaluated with) and for the whole organisation, every reference resolving inside the
// model, and each record's fields mapped as the renderer expects them.
import assert from "node:assert/strict";
import { test } from "node:test";
import type { MlBomModel } from "@canon/reports";
import { recordMap, sampleRecords } from "../../gaps/sample-records";
import { buildMlBom, type MlBomContext } from "./build-ml-bom";

const AS_OF = new Date("2026-03-01T12:00:00.000Z");
const CREATED = "2026-01-10T08:00:00.000Z";
const hex = (c: string) => c.repeat(64);

function context(systemIds: string[] | null): MlBomContext {
  return {
    asOf: AS_OF,
    generatedAt: new Date("2026-03-02T09:00:00.000Z"),
    generatedBy: "Ada Lovelace <ada@acme.example>",
    serialNumber: "3e671687-395b-41f5-a30f-a58921a69b79",
    systemIds,
    producer: { name: "Canon", version: "9.9.9" },
  };
}

const version = (id: string, modelId: string, number: number, extra: Record<string, unknown> = {}) => ({
  id,
  modelId,
  number,
  stage: "DEVELOPMENT",
  artifactUri: `s3://models/${id}`,
  artifactDigest: hex(String(number)),
  artifactSize: null,
  format: null,
  sourceCommit: null,
  runId: null,
  runUrl: null,
  hyperparameters: {},
  description: null,
  parentVersionId: null,
  parentRelation: null,
  approvedAt: null,
  archivedAt: null,
  createdAt: CREATED,
  tags: [],
  lineage: [],
  ...extra,
});
const model = (id: string, name: string, extra: Record<string, unknown> = {}) => ({
  id,
  name,
  kind: "CLASSIFIER",
  source: "INTERNAL",
  status: "ACTIVE",
  description: null,
  ownerId: null,
  systemId: null,
  provider: null,
  providerModelId: null,
  contextWindow: null,
  maxOutputTokens: null,
  inputPricePerMTok: null,
  outputPricePerMTok: null,
  supportsStreaming: null,
  timeoutMs: null,
  healthStatus: "UNKNOWN",
  deprecationDate: null,
  capabilityTags: [],
  fallbackEligible: false,
  tags: [],
  createdAt: CREATED,
  ...extra,
});
const dataset = (id: string, name: string, extra: Record<string, unknown> = {}) => ({
  id,
  name,
  description: null,
  source: null,
  licence: null,
  ownerId: null,
  classification: "INTERNAL",
  containsPersonalData: false,
  containsSpecialCategoryData: false,
  knownBiases: null,
  createdAt: CREATED,
  ...extra,
});
const datasetVersion = (id: string, datasetId: string, number: number, extra: Record<string, unknown> = {}) => ({
  id,
  datasetId,
  number,
  uri: `s3://data/${id}`,
  digest: null,
  rowCount: null,
  collectionStart: null,
  collectionEnd: null,
  description: null,
  createdAt: CREATED,
  ...extra,
});
const evaluation = (id: string, modelVersionId: string, evaluatedAt: string, datasetVersionId: string | null, value: number) => ({
  id,
  modelVersionId,
  datasetVersionId,
  suite: "holdout",
  passed: value >= 0.8,
  evaluatedAt,
  createdAt: evaluatedAt,
  metrics: [{ id: `${id}-m`, evaluationId: id, name: "auc", value, threshold: 0.8, direction: "HIGHER_IS_BETTER", slice: "", passed: value >= 0.8 }],
});

function records() {
  return sampleRecords({
    organization: { id: "org", name: "Acme", legalName: "Acme Lending GmbH" },
    memberships: recordMap({ id: "mem", userId: "u1", user: { name: "Ada Lovelace", email: "ada@acme.example" } }),
    systems: recordMap(
      {
        id: "s1",
        reference: "CR-1",
        name: "Credit",
        description: null,
        intendedPurpose: "Scores applications",
        lifecycleStatus: "IN_PRODUCTION",
        riskTier: "HIGH_RISK",
      },
      { id: "s2", reference: "SP-2", name: "Support", description: "Chat", intendedPurpose: null, lifecycleStatus: "PLANNED", riskTier: "MINIMAL" },
    ),
    models: recordMap(
      model("m-scorer", "credit-scorer", { systemId: "s1", ownerId: "u1", tags: ["credit"], description: "Scores credit" }),
      model("m-base", "gpt-4o", {
        kind: "LLM",
        source: "PROVIDER_HOSTED",
        provider: "OpenAI",
        providerModelId: "gpt-4o-2024-08-06",
        contextWindow: 128000,
        supportsStreaming: true,
        healthStatus: "HEALTHY",
        deprecationDate: "2026-10-01T00:00:00.000Z",
        capabilityTags: ["tools", "json-mode"],
        fallbackEligible: true,
      }),
      model("m-prompt", "explainer-prompt", { kind: "PROMPT_TEMPLATE" }),
      model("m-other", "support-bot", { kind: "LLM", systemId: "s2" }),
      model("m-empty", "never-registered"),
    ),
    versions: recordMap(
      version("v-base-1", "m-base", 1),
      version("v-scorer-1", "m-scorer", 1, { stage: "ARCHIVED", parentVersionId: "v-base-1", parentRelation: "FINE_TUNED" }),
      version("v-scorer-2", "m-scorer", 2, {
        stage: "PRODUCTION",
        artifactDigest: hex("A"),
        artifactSize: "5368709120",
        format: "onnx",
        sourceCommit: "9f2c1e7",
        runId: "run-42",
        runUrl: "https://mlflow.example/run-42",
        hyperparameters: { learning_rate: 0.05, features: ["income"] },
        description: "Retrained",
        parentVersionId: "v-scorer-1",
        parentRelation: "RETRAINED",
        approvedAt: "2026-02-01T09:00:00.000Z",
        tags: ["champion"],
        lineage: [{ datasetVersionId: "dv-train-1", role: "TRAINING" }],
      }),
      version("v-prompt-1", "m-prompt", 1, { hyperparameters: { template: "Explain to {{name}}", temperature: 0.2 } }),
      version("v-other-1", "m-other", 1, { lineage: [{ datasetVersionId: "dv-chat-1", role: "FINE_TUNING" }] }),
    ),
    releases: recordMap({
      id: "r1",
      systemId: "s1",
      number: 1,
      name: null,
      description: "Launch",
      stage: "PRODUCTION",
      approvedAt: "2026-02-02T00:00:00.000Z",
      createdAt: CREATED,
      components: [
        { id: "rc1", releaseId: "r1", role: "BASE_MODEL", position: 1, modelVersionId: "v-scorer-2", externalRef: null, name: null, config: {} },
        {
          id: "rc2",
          releaseId: "r1",
          role: "PROMPT_TEMPLATE",
          position: 2,
          modelVersionId: "v-prompt-1",
          externalRef: null,
          name: null,
          config: { locale: "de-DE" },
        },
        {
          id: "rc3",
          releaseId: "r1",
          role: "GUARDRAIL",
          position: 3,
          modelVersionId: null,
          externalRef: "https://guard.example",
          name: "PII filter",
          config: { block: ["IBAN"] },
        },
      ],
    }),
    evaluations: recordMap(
      evaluation("e-old", "v-scorer-2", "2026-01-20T00:00:00.000Z", "dv-eval-1", 0.7),
      evaluation("e-new", "v-scorer-2", "2026-02-20T00:00:00.000Z", "dv-eval-2", 0.87),
    ),
    modelCards: recordMap(
      {
        id: "c1",
        modelVersionId: "v-scorer-2",
        latestRevision: 2,
        revision: {
          id: "cr2",
          cardId: "c1",
          revision: 2,
          overview: "Scores credit.",
          intendedUse: "Rank applications",
          outOfScopeUse: null,
          intendedUsers: "Underwriters",
          factors: null,
          trainingData: "2025 applications",
          evaluationData: null,
          metricsSummary: null,
          ethicalConsiderations: "Proxy bias",
          limitationsAndRisks: null,
          recommendations: "Review monthly",
          environmentalImpact: null,
          changeNote: "second",
          createdAt: CREATED,
        },
      },
      { id: "c2", modelVersionId: "v-prompt-1", latestRevision: 0, revision: null },
    ),
    datasets: recordMap(
      dataset("ds-train", "applications", {
        ownerId: "u1",
        licence: "CC-BY-4.0",
        classification: "RESTRICTED",
        containsPersonalData: true,
        knownBiases: "few applicants 65+",
      }),
      dataset("ds-eval", "holdout"),
      dataset("ds-chat", "chat-logs"),
    ),
    datasetVersions: recordMap(
      datasetVersion("dv-train-1", "ds-train", 1, {
        digest: hex("B"),
        rowCount: 120000,
        collectionStart: "2025-01-01T00:00:00.000Z",
        collectionEnd: "2025-12-31T00:00:00.000Z",
      }),
      datasetVersion("dv-eval-1", "ds-eval", 1),
      datasetVersion("dv-eval-2", "ds-eval", 2, { digest: "not a sha256" }),
      datasetVersion("dv-chat-1", "ds-chat", 1),
    ),
  });
}

const versionIds = (bom: MlBomModel) => bom.models.flatMap((m) => m.versions.map((v) => v.id)).sort();
const datasetVersionIds = (bom: MlBomModel) => bom.datasets.flatMap((d) => d.versions.map((v) => v.id)).sort();
const versionOf = (bom: MlBomModel, id: string) => bom.models.flatMap((m) => m.versions).find((v) => v.id === id)!;

/** What the renderer refuses: a reference to a model or dataset version that is not in the model. */
function danglingReferences(bom: MlBomModel): string[] {
  const versions = new Set(versionIds(bom));
  const datasets = new Set(datasetVersionIds(bom));
  const out: string[] = [];
  for (const s of bom.systems)
    for (const r of s.releases) for (const c of r.components) if (c.modelVersionId && !versions.has(c.modelVersionId)) out.push(c.modelVersionId);
  for (const v of bom.models.flatMap((m) => m.versions)) {
    if (v.parent && !versions.has(v.parent.modelVersionId)) out.push(v.parent.modelVersionId);
    for (const u of v.lineage) if (!datasets.has(u.datasetVersionId)) out.push(u.datasetVersionId);
    for (const e of v.evaluations) if (e.datasetVersionId && !datasets.has(e.datasetVersionId)) out.push(e.datasetVersionId);
  }
  return out;
}

test("scoped to a system: its models' versions, its releases' stacks, base models up the chain, and the datasets they used", () => {
  const bom = buildMlBom(records(), context(["s1"]));
  assert.deepEqual(
    bom.systems.map((s) => s.id),
    ["s1"],
  );
  assert.deepEqual(
    bom.systems[0]!.releases.map((r) => r.id),
    ["r1"],
  );
  assert.deepEqual(
    versionIds(bom),
    ["v-base-1", "v-prompt-1", "v-scorer-1", "v-scorer-2"],
    "the base model is reached through two parents; the other system's model is not",
  );
  assert.ok(!bom.models.some((m) => m.id === "m-empty"), "a model with no version in scope is left out");
  assert.deepEqual(datasetVersionIds(bom), ["dv-eval-2", "dv-train-1"], "the superseded run's dataset is not in scope");
  assert.deepEqual(danglingReferences(bom), []);
});

test("for the whole organisation: every system, release, model version and dataset version", () => {
  const bom = buildMlBom(records(), context(null));
  assert.deepEqual(bom.systems.map((s) => s.id).sort(), ["s1", "s2"]);
  assert.deepEqual(versionIds(bom), ["v-base-1", "v-other-1", "v-prompt-1", "v-scorer-1", "v-scorer-2"]);
  assert.deepEqual(datasetVersionIds(bom), ["dv-chat-1", "dv-eval-1", "dv-eval-2", "dv-train-1"]);
  assert.deepEqual(bom.systems.find((s) => s.id === "s2")!.releases, []);
  assert.deepEqual(danglingReferences(bom), []);
});

test("the document's own facts come from the context and the organisation record", () => {
  const bom = buildMlBom(records(), context(null));
  assert.equal(bom.kind, "ml-bom");
  assert.deepEqual(bom.organization, { name: "Acme", legalName: "Acme Lending GmbH" });
  assert.deepEqual([bom.asOf, bom.generatedAt, bom.generatedBy], [AS_OF, context(null).generatedAt, "Ada Lovelace <ada@acme.example>"]);
  assert.equal(bom.serialNumber, "3e671687-395b-41f5-a30f-a58921a69b79");
  assert.deepEqual(bom.producer, { name: "Canon", version: "9.9.9" });
});

test("a model version: artifact, provenance, parent, lineage, latest evaluation per suite and the card's latest revision", () => {
  const bom = buildMlBom(records(), context(["s1"]));
  const scorer = bom.models.find((m) => m.id === "m-scorer")!;
  assert.deepEqual(
    [scorer.name, scorer.kind, scorer.source, scorer.owner, scorer.tags, scorer.gateway, scorer.licence],
    ["credit-scorer", "CLASSIFIER", "INTERNAL", "Ada Lovelace <ada@acme.example>", ["credit"], null, null],
  );
  const v2 = versionOf(bom, "v-scorer-2");
  assert.deepEqual(v2.artifact, { uri: "s3://models/v-scorer-2", sha256: hex("a"), sizeBytes: 5368709120, format: "onnx" });
  assert.deepEqual(
    [v2.number, v2.stage, v2.sourceCommit, v2.runId, v2.runUrl, v2.description],
    [2, "PRODUCTION", "9f2c1e7", "run-42", "https://mlflow.example/run-42", "Retrained"],
  );
  assert.deepEqual(v2.hyperparameters, { learning_rate: 0.05, features: ["income"] });
  assert.deepEqual(v2.tags, ["champion"]);
  assert.deepEqual([v2.createdAt, v2.approvedAt], [new Date(CREATED), new Date("2026-02-01T09:00:00.000Z")]);
  assert.deepEqual(v2.parent, { modelVersionId: "v-scorer-1", relation: "RETRAINED" });
  assert.deepEqual(versionOf(bom, "v-scorer-1").parent, { modelVersionId: "v-base-1", relation: "FINE_TUNED" });
  assert.deepEqual(v2.lineage, [{ datasetVersionId: "dv-train-1", role: "TRAINING" }]);
  assert.deepEqual(v2.evaluations, [
    {
      suite: "holdout",
      evaluatedAt: new Date("2026-02-20T00:00:00.000Z"),
      passed: true,
      datasetVersionId: "dv-eval-2",
      metrics: [{ name: "auc", value: 0.87, slice: "", threshold: 0.8, direction: "HIGHER_IS_BETTER", passed: true }],
    },
  ]);
  assert.deepEqual(v2.card, {
    revision: 2,
    overview: "Scores credit.",
    intendedUse: "Rank applications",
    outOfScopeUse: null,
    intendedUsers: "Underwriters",
    factors: null,
    trainingData: "2025 applications",
    evaluationData: null,
    metricsSummary: null,
    ethicalConsiderations: "Proxy bias",
    limitationsAndRisks: null,
    recommendations: "Review monthly",
    environmentalImpact: null,
  });
  assert.equal(versionOf(bom, "v-prompt-1").card, null, "a card without a revision yet states nothing");
  assert.equal(versionOf(bom, "v-base-1").card, null);
});

test("a hosted model carries its gateway metadata; a prompt template its text and variables", () => {
  const bom = buildMlBom(records(), context(["s1"]));
  assert.deepEqual(bom.models.find((m) => m.id === "m-base")!.gateway, {
    provider: "OpenAI",
    providerModelId: "gpt-4o-2024-08-06",
    contextWindow: 128000,
    maxOutputTokens: null,
    inputPricePerMTok: null,
    outputPricePerMTok: null,
    supportsStreaming: true,
    timeoutMs: null,
    healthStatus: "HEALTHY",
    deprecationDate: new Date("2026-10-01T00:00:00.000Z"),
    capabilityTags: ["tools", "json-mode"],
    fallbackEligible: true,
  });
  const prompt = bom.models.find((m) => m.id === "m-prompt")!;
  assert.equal(prompt.kind, "PROMPT_TEMPLATE");
  assert.deepEqual(prompt.versions[0]!.hyperparameters, { template: "Explain to {{name}}", temperature: 0.2 });
});

test("systems with releases and their stacks; datasets with owner, sensitivity and digests", () => {
  const bom = buildMlBom(records(), context(["s1"]));
  const [system] = bom.systems;
  assert.deepEqual(
    [system!.reference, system!.name, system!.intendedPurpose, system!.lifecycleStatus, system!.riskTier],
    ["CR-1", "Credit", "Scores applications", "IN_PRODUCTION", "HIGH_RISK"],
  );
  const [release] = system!.releases;
  assert.deepEqual(
    [release!.number, release!.name, release!.description, release!.stage, release!.approvedAt],
    [1, null, "Launch", "PRODUCTION", new Date("2026-02-02T00:00:00.000Z")],
  );
  assert.deepEqual(release!.components[2], {
    id: "rc3",
    position: 3,
    role: "GUARDRAIL",
    modelVersionId: null,
    externalRef: "https://guard.example",
    name: "PII filter",
    config: { block: ["IBAN"] },
  });
  assert.deepEqual(release!.components[1]!.config, { locale: "de-DE" });

  const applications = bom.datasets.find((d) => d.id === "ds-train")!;
  assert.deepEqual(
    [
      applications.owner,
      applications.licence,
      applications.classification,
      applications.containsPersonalData,
      applications.containsSpecialCategoryData,
      applications.knownBiases,
    ],
    ["Ada Lovelace <ada@acme.example>", "CC-BY-4.0", "RESTRICTED", true, false, "few applicants 65+"],
  );
  assert.deepEqual(applications.versions[0], {
    id: "dv-train-1",
    number: 1,
    uri: "s3://data/dv-train-1",
    sha256: hex("b"),
    rowCount: 120000,
    collectionStart: new Date("2025-01-01T00:00:00.000Z"),
    collectionEnd: new Date("2025-12-31T00:00:00.000Z"),
    description: null,
    createdAt: new Date(CREATED),
  });
  assert.equal(bom.datasets.find((d) => d.id === "ds-eval")!.versions[0]!.sha256, null, "a digest that is not a sha256 gives no hash");
});

test("an owner who is no longer a member is named by id; an empty organisation gives an empty BOM", () => {
  const r = records();
  r.memberships = new Map();
  assert.equal(buildMlBom(r, context(["s1"])).models.find((m) => m.id === "m-scorer")!.owner, "User u1 (not a member at this instant)");
  const empty = buildMlBom(sampleRecords({}), context(null));
  assert.deepEqual([empty.systems, empty.models, empty.datasets], [[], [], []]);
  assert.deepEqual(empty.organization, { name: "Zoë Org", legalName: null });
});
