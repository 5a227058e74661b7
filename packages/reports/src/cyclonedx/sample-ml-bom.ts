// A realistic ML-BOM model for the renderer's tests: a credit-decisioning system with two releases, an
// in-house classifier retrained once, a hosted LLM behind the gateway, an open-weight base model with a
// fine-tuned adapter, a prompt template, and the datasets they were trained and evaluated on.
import type { MlBomDataset, MlBomModel, MlBomModelEntry, MlBomModelVersion } from "../model/ml-bom";

const at = (iso: string) => new Date(iso);
const digest = (seed: string) => seed.repeat(64).slice(0, 64);

function version(id: string, number: number, overrides: Partial<MlBomModelVersion> = {}): MlBomModelVersion {
  return {
    id,
    number,
    stage: "PRODUCTION",
    description: null,
    artifact: { uri: `s3://acme-models/${id}/model.tar.gz`, sha256: digest(String(number)), sizeBytes: 1_048_576 * number, format: "mlflow" },
    sourceCommit: null,
    runId: null,
    runUrl: null,
    hyperparameters: {},
    tags: [],
    createdAt: at("2026-01-15T10:00:00.000Z"),
    approvedAt: null,
    parent: null,
    lineage: [],
    evaluations: [],
    card: null,
    ...overrides,
  };
}

function modelEntry(id: string, name: string, overrides: Partial<MlBomModelEntry>): MlBomModelEntry {
  return {
    id,
    name,
    kind: "OTHER",
    source: "INTERNAL",
    status: "ACTIVE",
    description: null,
    owner: null,
    licence: null,
    tags: [],
    gateway: null,
    versions: [],
    ...overrides,
  };
}

const scorer = modelEntry("mdl-scorer", "credit-scorer", {
  kind: "CLASSIFIER",
  description: "Scores consumer credit applications.",
  owner: "Ada Lovelace <ada@acme.example>",
  tags: ["credit", "tabular"],
  versions: [
    version("mv-scorer-1", 1, { stage: "ARCHIVED", lineage: [{ datasetVersionId: "dv-apps-1", role: "TRAINING" }] }),
    version("mv-scorer-2", 2, {
      description: 'Retrained on 2025 applications; "quoted" text, ünïcödé and a formula-like =1+1.',
      sourceCommit: "9f2c1e7",
      runId: "run-42",
      runUrl: "https://mlflow.acme.example/#/experiments/1/runs/run-42",
      hyperparameters: { learning_rate: 0.05, max_depth: 6, objective: "binary:logistic", features: ["income", "debt_ratio"] },
      tags: ["champion"],
      approvedAt: at("2026-02-01T09:00:00.000Z"),
      parent: { modelVersionId: "mv-scorer-1", relation: "RETRAINED" },
      lineage: [
        { datasetVersionId: "dv-apps-2", role: "TRAINING" },
        { datasetVersionId: "dv-bureau-1", role: "VALIDATION" },
      ],
      evaluations: [
        {
          suite: "holdout",
          evaluatedAt: at("2026-01-20T12:00:00.000Z"),
          passed: true,
          datasetVersionId: "dv-bureau-1",
          metrics: [
            { name: "auc", value: 0.87, slice: "", threshold: 0.8, direction: "HIGHER_IS_BETTER", passed: true },
            { name: "auc", value: 0.83, slice: "age>=65", threshold: 0.8, direction: "HIGHER_IS_BETTER", passed: true },
            { name: "false_positive_rate", value: 0.04, slice: "", threshold: 0.05, direction: "LOWER_IS_BETTER", passed: true },
          ],
        },
      ],
      card: {
        revision: 3,
        overview: "Gradient-boosted trees over application and bureau features.",
        intendedUse: "Rank consumer credit applications for manual review.",
        outOfScopeUse: "Fully automated rejection without human review.",
        intendedUsers: "Credit underwriters",
        factors: "Age band, region",
        trainingData: "Applications 2025 (v2).",
        evaluationData: "Bureau holdout (v1).",
        metricsSummary: "AUC 0.87 overall, 0.83 for applicants 65+.",
        ethicalConsiderations: "Proxy discrimination through postcode.",
        recommendations: "Review decisions for applicants 65+ monthly.",
        limitationsAndRisks: "Not calibrated for small-business credit.",
        environmentalImpact: "About 2 kWh per training run.",
      },
    }),
  ],
});

const hostedLlm = modelEntry("mdl-gpt", "gpt-4o", {
  kind: "LLM",
  source: "PROVIDER_HOSTED",
  licence: "OpenAI Services Agreement",
  gateway: {
    provider: "OpenAI",
    providerModelId: "gpt-4o-2024-08-06",
    contextWindow: 128_000,
    maxOutputTokens: 16_384,
    inputPricePerMTok: 2.5,
    outputPricePerMTok: 10,
    supportsStreaming: true,
    timeoutMs: 30_000,
    healthStatus: "HEALTHY",
    deprecationDate: at("2026-10-01T00:00:00.000Z"),
    capabilityTags: ["vision", "json-mode", "tools"],
    fallbackEligible: true,
  },
  versions: [
    version("mv-gpt-1", 1, { artifact: { uri: "https://api.openai.com/v1/models/gpt-4o-2024-08-06", sha256: digest("a"), sizeBytes: null, format: null } }),
  ],
});

const baseLlm = modelEntry("mdl-llama", "llama-3-8b", {
  kind: "LLM",
  source: "OPEN_WEIGHT",
  licence: "Llama 3 Community License",
  versions: [version("mv-llama-1", 1, { stage: "STAGING" })],
});

const adapter = modelEntry("mdl-lora", "support-lora", {
  kind: "ADAPTER",
  licence: "Apache-2.0",
  versions: [
    version("mv-lora-1", 1, {
      parent: { modelVersionId: "mv-llama-1", relation: "FINE_TUNED" },
      lineage: [{ datasetVersionId: "dv-tickets-1", role: "FINE_TUNING" }],
      hyperparameters: { rank: 16, alpha: 32 },
    }),
  ],
});

const prompt = modelEntry("mdl-prompt", "decline-explainer", {
  kind: "PROMPT_TEMPLATE",
  versions: [version("mv-prompt-1", 1, { hyperparameters: { template: "Explain to {{name}} why:\n{{reasons}}", variables: ["name", "reasons"] } })],
});

const applications: MlBomDataset = {
  id: "ds-apps",
  name: "applications",
  description: "Consumer credit applications.",
  source: "Loan origination system",
  licence: null,
  owner: "Grace Hopper <grace@acme.example>",
  classification: "CONFIDENTIAL",
  containsPersonalData: true,
  containsSpecialCategoryData: false,
  knownBiases: "Under-represents applicants under 21.",
  versions: [
    {
      id: "dv-apps-1",
      number: 1,
      uri: "s3://acme-data/apps/2024.parquet",
      sha256: digest("b"),
      rowCount: 120_000,
      collectionStart: at("2024-01-01T00:00:00.000Z"),
      collectionEnd: at("2024-12-31T23:59:59.000Z"),
      description: null,
      createdAt: at("2025-01-05T00:00:00.000Z"),
    },
    {
      id: "dv-apps-2",
      number: 2,
      uri: "s3://acme-data/apps/2025.parquet",
      sha256: digest("c"),
      rowCount: 140_500,
      collectionStart: at("2025-01-01T00:00:00.000Z"),
      collectionEnd: at("2025-12-31T23:59:59.000Z"),
      description: "2025 applications",
      createdAt: at("2026-01-05T00:00:00.000Z"),
    },
  ],
};

const bureau: MlBomDataset = {
  id: "ds-bureau",
  name: "bureau-holdout",
  description: null,
  source: "Credit bureau extract",
  licence: "Proprietary (bureau contract 2025-17)",
  owner: "Risk Data Team",
  classification: "RESTRICTED",
  containsPersonalData: true,
  containsSpecialCategoryData: true,
  knownBiases: null,
  versions: [
    {
      id: "dv-bureau-1",
      number: 1,
      uri: "s3://acme-data/bureau/holdout.parquet",
      sha256: null,
      rowCount: 20_000,
      collectionStart: null,
      collectionEnd: null,
      description: null,
      createdAt: at("2025-06-01T00:00:00.000Z"),
    },
  ],
};

const tickets: MlBomDataset = {
  id: "ds-tickets",
  name: "support-tickets",
  description: "Anonymised customer support conversations.",
  source: null,
  licence: "CC-BY-4.0",
  owner: null,
  classification: "INTERNAL",
  containsPersonalData: false,
  containsSpecialCategoryData: false,
  knownBiases: null,
  versions: [
    {
      id: "dv-tickets-1",
      number: 1,
      uri: "s3://acme-data/tickets/v1/",
      sha256: digest("d"),
      rowCount: null,
      collectionStart: null,
      collectionEnd: null,
      description: null,
      createdAt: at("2025-09-01T00:00:00.000Z"),
    },
  ],
};

/** A fresh copy each call: tests may change it. */
export function sampleMlBom(): MlBomModel {
  const model: MlBomModel = {
    kind: "ml-bom",
    organization: { name: "Acme Lending", legalName: "Acme Lending GmbH" },
    asOf: at("2026-03-01T12:00:00.000Z"),
    generatedAt: at("2026-03-15T09:30:05.000Z"),
    generatedBy: "Ada Lovelace <ada@acme.example>",
    serialNumber: "3e671687-395b-41f5-a30f-a58921a69b79",
    producer: { name: "Canon", version: "0.1.0" },
    systems: [
      {
        id: "sys-credit",
        reference: "SYS-001",
        name: "Credit decisioning",
        description: null,
        intendedPurpose: "Support underwriters deciding consumer credit applications.",
        lifecycleStatus: "IN_PRODUCTION",
        riskTier: "HIGH_RISK",
        releases: [
          {
            id: "rel-2",
            number: 2,
            name: null,
            description: "Adds the explanation assistant.",
            stage: "PRODUCTION",
            approvedAt: at("2026-02-10T08:00:00.000Z"),
            createdAt: at("2026-02-05T08:00:00.000Z"),
            components: [
              {
                id: "rc-2-3",
                position: 3,
                role: "PROMPT_TEMPLATE",
                modelVersionId: "mv-prompt-1",
                externalRef: null,
                name: null,
                config: { temperature: 0.2 },
              },
              { id: "rc-2-1", position: 1, role: "OTHER", modelVersionId: "mv-scorer-2", externalRef: null, name: "scorer", config: {} },
              { id: "rc-2-2", position: 2, role: "BASE_MODEL", modelVersionId: "mv-gpt-1", externalRef: null, name: null, config: { max_tokens: 512 } },
              {
                id: "rc-2-4",
                position: 4,
                role: "RETRIEVAL_INDEX",
                modelVersionId: null,
                externalRef: "https://search.acme.example/indexes/policies",
                name: "policy-index",
                config: { topK: 5 },
              },
              {
                id: "rc-2-5",
                position: 5,
                role: "GUARDRAIL",
                modelVersionId: null,
                externalRef: "pii-filter@2.1",
                name: null,
                config: { block: ["IBAN", "PAN"] },
              },
              {
                id: "rc-2-6",
                position: 6,
                role: "PROMPT_TEMPLATE",
                modelVersionId: null,
                externalRef: null,
                name: "system-prompt",
                config: { template: "You are a careful credit assistant.\nNever reveal scores.", locale: "de-DE" },
              },
            ],
          },
          {
            id: "rel-1",
            number: 1,
            name: "Launch",
            description: null,
            stage: "ARCHIVED",
            approvedAt: at("2025-02-10T08:00:00.000Z"),
            createdAt: at("2025-02-01T08:00:00.000Z"),
            components: [{ id: "rc-1-1", position: 1, role: "OTHER", modelVersionId: "mv-scorer-1", externalRef: null, name: "scorer", config: {} }],
          },
        ],
      },
      {
        id: "sys-support",
        reference: "SYS-002",
        name: "Support assistant",
        description: "Drafts answers to customer emails.",
        intendedPurpose: null,
        lifecycleStatus: "IN_DEVELOPMENT",
        riskTier: "TRANSPARENCY",
        releases: [
          {
            id: "rel-s1",
            number: 1,
            name: null,
            description: null,
            stage: "STAGING",
            approvedAt: null,
            createdAt: at("2026-02-20T08:00:00.000Z"),
            components: [
              { id: "rc-s1-1", position: 1, role: "BASE_MODEL", modelVersionId: "mv-llama-1", externalRef: null, name: null, config: {} },
              { id: "rc-s1-2", position: 2, role: "ADAPTER", modelVersionId: "mv-lora-1", externalRef: null, name: null, config: { scale: 1 } },
            ],
          },
        ],
      },
    ],
    models: [scorer, hostedLlm, baseLlm, adapter, prompt],
    datasets: [applications, bureau, tickets],
  };
  return structuredClone(model);
}
