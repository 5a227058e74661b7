// The rows of the synthetic bench registry, computed from a seeded PRNG: same input, same rows. The AI
// systems are not among them: they are created through the use cases (bench-compliance.ts), and the
// models are spread over their ids.
import { createHash } from "node:crypto";

export interface BenchSize {
  models: number;
  versions: number;
  evaluations: number;
  bigModelVersions: number;
}

export const SMALL_MODEL_VERSIONS = 10;
export const BENCH_TAGS = Array.from({ length: 50 }, (_, i) => (i % 2 ? `team:t${i}` : `exp-${i}`));
const KINDS = ["CLASSIFIER", "REGRESSOR", "LLM", "EMBEDDING", "RERANKER", "ADAPTER", "PROMPT_TEMPLATE", "RECOMMENDER"] as const;
const BASE = Date.UTC(2025, 0, 1);

export function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n: number, w = 6) => String(n).padStart(w, "0");
const digest = (s: string) => createHash("sha256").update(s).digest("hex");

/** How many versions each model holds: model 0 the big one, model 1 the small one, the rest spread evenly. */
export function versionCounts(size: BenchSize): number[] {
  const rest = size.models - 2;
  const remaining = size.versions - size.bigModelVersions - SMALL_MODEL_VERSIONS;
  if (rest < 1 || remaining < rest) throw new Error("bench size: need at least one version for every model");
  const base = Math.floor(remaining / rest);
  const extra = remaining - base * rest;
  return [size.bigModelVersions, SMALL_MODEL_VERSIONS, ...Array.from({ length: rest }, (_, i) => base + (i < extra ? 1 : 0))];
}

/** `systemIds`: the AI systems the models belong to (model m to system m mod their number). */
export function benchPlan(organizationId: string, actorId: string, size: BenchSize, systemIds: readonly string[]) {
  if (systemIds.length === 0) throw new Error("bench plan: the models need at least one AI system");
  const rand = prng(42);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  const at = (minutes: number) => new Date(BASE + minutes * 60_000);
  const org = { organizationId };

  const datasets = Array.from({ length: 200 }, (_, i) => ({
    ...org,
    id: `bd-${pad(i, 3)}`,
    name: `bench-dataset-${pad(i, 3)}`,
    licence: "internal",
    latestVersionNumber: 5,
    createdAt: at(i),
    updatedAt: at(i),
  }));
  const datasetVersions = datasets.flatMap((d, di) =>
    Array.from({ length: 5 }, (_, v) => ({
      ...org,
      id: `${d.id}-v${v + 1}`,
      datasetId: d.id,
      number: v + 1,
      uri: `s3://bench-data/${d.name}/v${v + 1}`,
      digest: digest(`${d.id}-${v}`),
      rowCount: 10_000 * (v + 1),
      createdAt: at(di * 5 + v),
    })),
  );

  const counts = versionCounts(size);
  const models: any[] = [];
  const modelTags: { modelId: string; tag: string }[] = [];
  const versions: any[] = [];
  const versionTags: { versionId: string; tag: string }[] = [];
  const lineage: { versionId: string; datasetVersionId: string; role: "TRAINING" }[] = [];
  const aliases: any[] = [];
  let minute = 0;
  counts.forEach((count, m) => {
    const modelId = `bm-${pad(m)}`;
    const hosted = m > 1 && m % 10 === 0;
    const versionIds: string[] = [];
    for (let n = 1; n <= count; n++) {
      const id = `${modelId}-v${pad(n, 5)}`;
      versionIds.push(id);
      minute += 1;
      versions.push({
        ...org,
        id,
        modelId,
        number: n,
        stage: n === count ? "PRODUCTION" : n === count - 1 ? "STAGING" : "DEVELOPMENT",
        artifactUri: `s3://bench-models/${modelId}/${n}/model.safetensors`,
        artifactDigest: digest(id),
        artifactSize: BigInt(1_000_000 + n),
        format: "safetensors",
        sourceCommit: digest(`c${id}`).slice(0, 40),
        runId: `run-${m}-${n}`,
        hyperparameters: { lr: 0.001 * (1 + (n % 5)), epochs: 3 + (n % 7) },
        approvedAt: n >= count - 1 ? at(minute) : null,
        createdById: actorId,
        createdAt: at(minute),
        updatedAt: at(minute),
      });
      const t1 = pick(BENCH_TAGS);
      const t2 = pick(BENCH_TAGS);
      versionTags.push({ versionId: id, tag: t1 });
      if (t2 !== t1) versionTags.push({ versionId: id, tag: t2 });
      lineage.push({ versionId: id, datasetVersionId: datasetVersions[Math.floor(rand() * datasetVersions.length)]!.id, role: "TRAINING" });
    }
    models.push({
      ...org,
      id: modelId,
      name: `bench-model-${pad(m)}`,
      kind: KINDS[m % KINDS.length],
      source: hosted ? "PROVIDER_HOSTED" : "INTERNAL",
      provider: hosted ? pick(["openai", "anthropic", "mistral", "google"]) : null,
      providerModelId: hosted ? `model-${m}` : null,
      systemId: systemIds[m % systemIds.length]!,
      capabilityTags: hosted ? ["chat", "tools"] : [],
      latestVersionNumber: count,
      latestVersionId: versionIds[count - 1],
      createdById: actorId,
      createdAt: at(m),
      updatedAt: at(m),
    });
    modelTags.push({ modelId, tag: `domain:d${m % 20}` });
    aliases.push({ ...org, id: `${modelId}-champion`, modelId, name: "champion", versionId: versionIds[count - 1], createdAt: at(m), updatedAt: at(m) });
    aliases.push({
      ...org,
      id: `${modelId}-production`,
      modelId,
      name: "production",
      versionId: versionIds[count - 1],
      protected: true,
      createdAt: at(m),
      updatedAt: at(m),
    });
  });

  const evaluations: any[] = [];
  const metrics: any[] = [];
  for (let e = 0; e < size.evaluations; e++) {
    // Two evaluations per version on average, spread over all versions.
    const version = versions[e % versions.length];
    const id = `be-${pad(e, 7)}`;
    const accuracy = 0.7 + rand() * 0.29;
    const latency = 20 + rand() * 200;
    const accPass = accuracy >= 0.8;
    const latPass = latency <= 150;
    evaluations.push({
      ...org,
      id,
      modelVersionId: version.id,
      datasetVersionId: datasetVersions[e % datasetVersions.length]!.id,
      suite: e % 2 ? "robustness" : "offline-quality",
      passed: accPass && latPass,
      evaluatedAt: at(e),
      createdById: actorId,
      createdAt: at(e),
    });
    metrics.push({ id: `${id}-acc`, evaluationId: id, name: "accuracy", value: accuracy, threshold: 0.8, direction: "HIGHER_IS_BETTER", passed: accPass });
    metrics.push({ id: `${id}-lat`, evaluationId: id, name: "latency_p95_ms", value: latency, threshold: 150, direction: "LOWER_IS_BETTER", passed: latPass });
  }
  return {
    datasets,
    datasetVersions,
    models,
    modelTags,
    versions,
    versionTags,
    lineage,
    aliases,
    evaluations,
    metrics,
    bigModelId: models[0].id as string,
    smallModelId: models[1].id as string,
  };
}
