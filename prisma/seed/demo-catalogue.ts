// What the demo organisation's registry holds: datasets and models (with their systems, versions,
// evaluation suites and model-card coverage). Plain data; demo-registry.ts writes it through core.
import type { ModelKind, ModelSource } from "@canon/db";

export interface DemoDataset {
  key: string;
  name: string;
  description: string;
  source: string;
  licence: string;
  classification: "PUBLIC" | "INTERNAL" | "CONFIDENTIAL" | "RESTRICTED";
  personal: boolean;
  special?: boolean;
  knownBiases?: string;
  versions: number;
  rows: number;
}

export const DEMO_DATASETS: DemoDataset[] = [
  {
    key: "loans",
    name: "loan-applications",
    description: "Historical consumer loan applications with repayment outcomes (24 months).",
    source: "Core banking export",
    licence: "internal",
    classification: "RESTRICTED",
    personal: true,
    knownBiases: "Under-represents applicants under 25 and self-employed applicants.",
    versions: 3,
    rows: 1_240_000,
  },
  {
    key: "bureau",
    name: "credit-bureau-features",
    description: "Bureau attributes licensed per applicant.",
    source: "Credit bureau (licensed)",
    licence: "commercial, bank use only",
    classification: "RESTRICTED",
    personal: true,
    versions: 2,
    rows: 1_240_000,
  },
  {
    key: "cvs",
    name: "applications-and-hiring-outcomes",
    description: "Anonymised CVs with recruiter decisions, 2021–2025.",
    source: "Applicant tracking system",
    licence: "internal",
    classification: "CONFIDENTIAL",
    personal: true,
    special: true,
    knownBiases: "Historic hiring decisions skew towards candidates from three universities.",
    versions: 2,
    rows: 86_000,
  },
  {
    key: "tickets",
    name: "support-conversations",
    description: "Redacted chat and e-mail conversations with resolution labels.",
    source: "Contact-centre platform",
    licence: "internal",
    classification: "CONFIDENTIAL",
    personal: true,
    versions: 3,
    rows: 410_000,
  },
  {
    key: "cards",
    name: "card-transactions",
    description: "Card authorisations with chargeback-confirmed fraud labels.",
    source: "Card processing",
    licence: "internal",
    classification: "RESTRICTED",
    personal: true,
    versions: 4,
    rows: 52_000_000,
  },
  {
    key: "contracts",
    name: "contract-corpus",
    description: "Supplier contracts with lawyer-written reference summaries.",
    source: "Contract management system",
    licence: "internal",
    classification: "CONFIDENTIAL",
    personal: false,
    versions: 2,
    rows: 3_900,
  },
  {
    key: "aml",
    name: "aml-alerts",
    description: "Transaction-monitoring alerts with investigator dispositions.",
    source: "AML case management",
    licence: "internal",
    classification: "RESTRICTED",
    personal: true,
    versions: 2,
    rows: 2_300_000,
  },
  {
    key: "faq",
    name: "help-centre-articles",
    description: "Public help-centre articles used for retrieval.",
    source: "Website CMS",
    licence: "CC BY 4.0",
    classification: "PUBLIC",
    personal: false,
    versions: 2,
    rows: 1_150,
  },
];

export interface DemoHosted {
  provider: string;
  providerModelId: string;
  contextWindow: number;
  maxOutputTokens: number | null;
  inputPricePerMTok: number;
  outputPricePerMTok: number;
  supportsStreaming: boolean;
  timeoutMs: number;
  healthStatus: "HEALTHY" | "DEGRADED" | "DOWN" | "UNKNOWN";
  capabilityTags: string[];
  fallbackEligible: boolean;
  deprecationDate?: string;
}

export interface DemoModel {
  name: string;
  kind: ModelKind;
  source: ModelSource;
  system: string;
  description: string;
  tags: string[];
  versions: number;
  /** dataset keys used for training / validation / test */
  training?: string[];
  test?: string;
  suites?: { suite: string; metric: string; direction: "HIGHER_IS_BETTER" | "LOWER_IS_BETTER"; threshold: number; values: number[] }[];
  card?: "full" | "partial";
  hosted?: DemoHosted;
  parent?: string;
}

const quality = (values: number[], threshold = 0.8) => ({ suite: "offline-quality", metric: "auc", direction: "HIGHER_IS_BETTER" as const, threshold, values });
const fairness = (values: number[]) => ({
  suite: "fairness",
  metric: "demographic_parity_gap",
  direction: "LOWER_IS_BETTER" as const,
  threshold: 0.05,
  values,
});
const latency = (values: number[], threshold = 150) => ({ suite: "latency", metric: "p95_ms", direction: "LOWER_IS_BETTER" as const, threshold, values });
const grounded = (values: number[]) => ({ suite: "groundedness", metric: "faithfulness", direction: "HIGHER_IS_BETTER" as const, threshold: 0.9, values });

const hosted = (provider: string, providerModelId: string, extra: Partial<DemoHosted> = {}): DemoHosted => ({
  provider,
  providerModelId,
  contextWindow: 128_000,
  maxOutputTokens: 8_192,
  inputPricePerMTok: 2.5,
  outputPricePerMTok: 10,
  supportsStreaming: true,
  timeoutMs: 30_000,
  healthStatus: "HEALTHY",
  capabilityTags: ["chat", "tools"],
  fallbackEligible: true,
  ...extra,
});

export const DEMO_MODELS: DemoModel[] = [
  {
    name: "credit-pd-gbm",
    kind: "CLASSIFIER",
    source: "INTERNAL",
    system: "credit-scoring",
    description: "Gradient-boosted probability-of-default model.",
    tags: ["team:credit-risk", "tabular"],
    versions: 4,
    training: ["loans", "bureau"],
    test: "loans",
    suites: [quality([0.81, 0.83, 0.84, 0.85]), fairness([0.07, 0.05, 0.04, 0.03])],
    card: "full",
  },
  {
    name: "credit-pd-scorecard",
    kind: "CLASSIFIER",
    source: "INTERNAL",
    system: "credit-scoring",
    description: "Logistic scorecard kept as the challenger and explainability reference.",
    tags: ["team:credit-risk", "challenger"],
    versions: 2,
    training: ["loans"],
    test: "loans",
    suites: [quality([0.78, 0.79])],
    card: "partial",
  },
  {
    name: "credit-reason-codes",
    kind: "OTHER",
    source: "INTERNAL",
    system: "credit-scoring",
    description: "Adverse-action reason-code generator (SHAP-based).",
    tags: ["team:credit-risk", "explainability"],
    versions: 2,
    training: ["loans"],
    card: "partial",
  },
  {
    name: "cv-ranker",
    kind: "RERANKER",
    source: "INTERNAL",
    system: "cv-screening",
    description: "Cross-encoder ranking applications against the role profile.",
    tags: ["team:people-analytics"],
    versions: 3,
    training: ["cvs"],
    test: "cvs",
    suites: [quality([0.74, 0.79, 0.82], 0.78), fairness([0.09, 0.06, 0.04])],
    card: "partial",
  },
  {
    name: "cv-embedder",
    kind: "EMBEDDING",
    source: "OPEN_WEIGHT",
    system: "cv-screening",
    description: "Open-weight sentence embedding model used for candidate–role similarity.",
    tags: ["team:people-analytics", "open-weight"],
    versions: 1,
  },
  {
    name: "cv-pii-redactor",
    kind: "CLASSIFIER",
    source: "INTERNAL",
    system: "cv-screening",
    description: "Removes names, photos and protected attributes before ranking.",
    tags: ["team:people-analytics", "guardrail"],
    versions: 2,
    training: ["cvs"],
    card: "partial",
  },
  {
    name: "assist-gpt-4o",
    kind: "LLM",
    source: "PROVIDER_HOSTED",
    system: "support-chatbot",
    description: "Primary hosted chat model behind Northwind Assist.",
    tags: ["team:cx-ai", "hosted"],
    versions: 2,
    hosted: hosted("openai", "gpt-4o-2024-08-06"),
    suites: [grounded([0.91, 0.94]), latency([1800, 1500], 2000)],
    card: "full",
  },
  {
    name: "assist-claude-sonnet",
    kind: "LLM",
    source: "PROVIDER_HOSTED",
    system: "support-chatbot",
    description: "Fallback hosted chat model.",
    tags: ["team:cx-ai", "hosted", "fallback"],
    versions: 1,
    hosted: hosted("anthropic", "claude-sonnet-4-5", { contextWindow: 200_000, inputPricePerMTok: 3, outputPricePerMTok: 15 }),
    suites: [grounded([0.93])],
  },
  {
    name: "assist-system-prompt",
    kind: "PROMPT_TEMPLATE",
    source: "INTERNAL",
    system: "support-chatbot",
    description: "System prompt with tone, escalation and disclosure rules (Art. 50(1) notice).",
    tags: ["team:cx-ai", "prompt"],
    versions: 5,
    card: "partial",
  },
  {
    name: "faq-embedder",
    kind: "EMBEDDING",
    source: "PROVIDER_HOSTED",
    system: "support-chatbot",
    description: "Embedding model for help-centre retrieval.",
    tags: ["team:cx-ai", "retrieval"],
    versions: 1,
    hosted: hosted("openai", "text-embedding-3-large", {
      contextWindow: 8_191,
      maxOutputTokens: null,
      inputPricePerMTok: 0.13,
      outputPricePerMTok: 0,
      supportsStreaming: false,
      capabilityTags: ["embeddings"],
      fallbackEligible: false,
    }),
  },
  {
    name: "assist-guardrail",
    kind: "CLASSIFIER",
    source: "INTERNAL",
    system: "support-chatbot",
    description: "Blocks account-takeover attempts and off-topic requests.",
    tags: ["team:cx-ai", "guardrail"],
    versions: 3,
    training: ["tickets"],
    test: "tickets",
    suites: [quality([0.9, 0.93, 0.95], 0.92)],
  },
  {
    name: "fraud-gbm",
    kind: "CLASSIFIER",
    source: "INTERNAL",
    system: "fraud-detection",
    description: "Real-time transaction fraud model.",
    tags: ["team:payments-risk", "real-time"],
    versions: 6,
    training: ["cards"],
    test: "cards",
    suites: [quality([0.9, 0.91, 0.93, 0.93, 0.94, 0.95], 0.9), latency([42, 40, 38, 45, 35, 31], 50)],
    card: "full",
  },
  {
    name: "fraud-graph-features",
    kind: "OTHER",
    source: "INTERNAL",
    system: "fraud-detection",
    description: "Merchant–card graph feature generator.",
    tags: ["team:payments-risk"],
    versions: 2,
    training: ["cards"],
  },
  {
    name: "contract-summariser-llm",
    kind: "LLM",
    source: "PROVIDER_HOSTED",
    system: "doc-summariser",
    description: "Hosted GPAI model generating contract summaries.",
    tags: ["team:legal-tech", "hosted", "gpai"],
    versions: 1,
    hosted: hosted("mistral", "mistral-large-2411", { inputPricePerMTok: 2, outputPricePerMTok: 6 }),
    suites: [grounded([0.92])],
    card: "partial",
  },
  {
    name: "contract-summary-prompt",
    kind: "PROMPT_TEMPLATE",
    source: "INTERNAL",
    system: "doc-summariser",
    description: "Summary prompt with clause checklist and AI-generated label.",
    tags: ["team:legal-tech", "prompt"],
    versions: 3,
  },
  {
    name: "contract-embedder",
    kind: "EMBEDDING",
    source: "OPEN_WEIGHT",
    system: "doc-summariser",
    description: "Self-hosted multilingual embedding model for clause retrieval.",
    tags: ["team:legal-tech", "open-weight"],
    versions: 1,
  },
  {
    name: "contract-reranker",
    kind: "RERANKER",
    source: "OPEN_WEIGHT",
    system: "doc-summariser",
    description: "Cross-encoder reranker for retrieved clauses.",
    tags: ["team:legal-tech", "open-weight"],
    versions: 1,
  },
  {
    name: "aml-alert-ranker",
    kind: "CLASSIFIER",
    source: "INTERNAL",
    system: "aml-monitoring",
    description: "Orders AML alerts by likelihood of a suspicious-activity report.",
    tags: ["team:fincrime"],
    versions: 3,
    training: ["aml"],
    test: "aml",
    suites: [quality([0.82, 0.84, 0.86])],
    card: "partial",
  },
  {
    name: "life-pricing-glm",
    kind: "REGRESSOR",
    source: "INTERNAL",
    system: "insurance-pricing",
    description: "Generalised linear model for mortality loading.",
    tags: ["team:actuarial"],
    versions: 2,
    training: ["loans"],
  },
  {
    name: "ticket-router",
    kind: "CLASSIFIER",
    source: "INTERNAL",
    system: "ticket-routing",
    description: "Routes e-mails to 14 queues.",
    tags: ["team:cx-ai"],
    versions: 4,
    training: ["tickets"],
    test: "tickets",
    suites: [quality([0.86, 0.88, 0.9, 0.91], 0.85)],
    card: "full",
  },
  {
    name: "ticket-router-distilled",
    kind: "CLASSIFIER",
    source: "INTERNAL",
    system: "ticket-routing",
    description: "Distilled router for the on-premise fallback.",
    tags: ["team:cx-ai", "distilled"],
    versions: 1,
    training: ["tickets"],
    parent: "ticket-router",
  },
  {
    name: "roster-forecaster",
    kind: "REGRESSOR",
    source: "INTERNAL",
    system: "staff-scheduling",
    description: "Forecasts branch footfall per half hour.",
    tags: ["team:ops-analytics"],
    versions: 1,
  },
  {
    name: "campaign-image-model",
    kind: "VISION",
    source: "PROVIDER_HOSTED",
    system: "marketing-images",
    description: "Hosted image-generation model.",
    tags: ["team:marketing", "hosted", "gpai"],
    versions: 1,
    hosted: hosted("google", "imagen-3.0-generate-002", {
      contextWindow: 480,
      maxOutputTokens: null,
      inputPricePerMTok: 0,
      outputPricePerMTok: 0,
      supportsStreaming: false,
      capabilityTags: ["image-generation"],
      fallbackEligible: false,
      healthStatus: "DEGRADED",
    }),
  },
  {
    name: "code-assistant-llm",
    kind: "LLM",
    source: "PROVIDER_HOSTED",
    system: "code-assistant",
    description: "Hosted code model for IDE completions.",
    tags: ["team:developer-experience", "hosted"],
    versions: 1,
    hosted: hosted("anthropic", "claude-3-5-haiku-20241022", { inputPricePerMTok: 0.8, outputPricePerMTok: 4, deprecationDate: "2026-12-31" }),
  },
  {
    name: "caller-emotion-cnn",
    kind: "SPEECH",
    source: "INTERNAL",
    system: "emotion-analytics",
    description: "Voice emotion classifier from the retired pilot.",
    tags: ["team:cx-ai", "retired"],
    versions: 1,
  },
];
