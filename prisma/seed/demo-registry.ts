// The demo registry behind the systems, written through the same audited use cases the API calls:
// datasets, models (incl. provider-hosted LLMs), versions with lineage, evaluations, model cards at
// varied completeness, aliases, releases (stacks) and deployments. Production is reached the governed
// way: the ML lead requests approval, the governance officer (and the admin, where the policy needs two
// people) decide; requests whose evidence falls short stay pending with their unmet rules, and only
// what was approved for production is deployed there.
import { createHash } from "node:crypto";
import * as core from "@canon/core";
import type { Actor } from "@canon/core";
import { DEMO_DATASETS, DEMO_MODELS, type DemoModel } from "./demo-catalogue";
import { cardFor } from "./demo-cards";

/** The NIST AI RMF trustworthiness characteristic each demo suite measures. */
const SUITE_CHARACTERISTIC: Record<string, string> = {
  "offline-quality": "VALID_RELIABLE",
  fairness: "FAIR",
  latency: "VALID_RELIABLE",
  groundedness: "VALID_RELIABLE",
};

export interface DemoContext {
  actors: { admin: Actor; lead: Actor; officer: Actor };
  systems: Record<string, string>;
  userIds: Record<string, string>;
  /** Versions and releases approved for production so far. */
  approved: Set<string>;
}

/**
 * The lead asks for approval; the officer, then the admin, vote until the policy is met. A vote the
 * evidence does not support is refused (PRECONDITION_FAILED) and the request stays pending.
 */
async function approve(ctx: DemoContext, input: core.RequestApprovalInput): Promise<boolean> {
  const request = await core.requestApproval({ actor: ctx.actors.lead, input });
  for (const approver of [ctx.actors.officer, ctx.actors.admin]) {
    try {
      const { request: after } = await core.decideApproval({
        actor: approver,
        input: { requestId: request.id, decision: "APPROVE", comment: "Evidence reviewed" },
      });
      if (after.status === "APPROVED") return true;
    } catch (error) {
      if (error instanceof core.CanonError && error.code === "PRECONDITION_FAILED") return false;
      throw error;
    }
  }
  return false;
}

const sha = (s: string) => createHash("sha256").update(s).digest("hex");
const DAY = 86_400_000;

export async function seedDemoRegistry(ctx: DemoContext): Promise<void> {
  const { lead } = ctx.actors;
  const latestDatasetVersion: Record<string, string> = {};
  for (const d of DEMO_DATASETS) {
    const dataset = await core.createDataset({
      actor: lead,
      input: {
        name: d.name,
        description: d.description,
        source: d.source,
        licence: d.licence,
        classification: d.classification,
        containsPersonalData: d.personal,
        containsSpecialCategoryData: d.special ?? false,
        knownBiases: d.knownBiases,
        ownerId: ctx.userIds.lead,
      },
    });
    for (let v = 1; v <= d.versions; v++) {
      const start = new Date(Date.UTC(2023 + v, 0, 1));
      const version = await core.createDatasetVersion({
        actor: lead,
        input: {
          datasetId: dataset.id,
          uri: `s3://northwind-data/${d.name}/v${v}/`,
          digest: sha(`${d.name}@${v}`),
          rowCount: Math.round(d.rows * (0.8 + 0.1 * v)),
          collectionStart: start,
          collectionEnd: new Date(start.getTime() + 364 * DAY),
          description: `Snapshot ${v}`,
        },
      });
      latestDatasetVersion[d.key] = version.id;
    }
  }

  const versionsOf: Record<string, string[]> = {};
  for (const m of DEMO_MODELS) versionsOf[m.name] = await seedModel(ctx, m, latestDatasetVersion, versionsOf);

  await seedReleasesAndDeployments(ctx, versionsOf);
}

async function seedModel(ctx: DemoContext, m: DemoModel, datasets: Record<string, string>, versionsOf: Record<string, string[]>): Promise<string[]> {
  const { lead } = ctx.actors;
  const model = await core.createModel({
    actor: lead,
    input: {
      name: m.name,
      kind: m.kind,
      source: m.source,
      description: m.description,
      tags: m.tags,
      ownerId: ctx.userIds.lead,
      systemId: ctx.systems[m.system],
      status: m.tags.includes("retired") ? "ARCHIVED" : "ACTIVE",
      ...(m.hosted ?? {}),
    },
  });
  const ids: string[] = [];
  for (let n = 1; n <= m.versions; n++) {
    const lineage = [
      ...(m.training ?? []).map((k) => ({ datasetVersionId: datasets[k]!, role: "TRAINING" as const })),
      ...(m.test ? [{ datasetVersionId: datasets[m.test]!, role: "TEST" as const }] : []),
    ];
    const parentId = n === 1 && m.parent ? versionsOf[m.parent]?.at(-1) : undefined;
    const version = await core.registerModelVersion({
      actor: lead,
      input: {
        modelId: model.id,
        artifactUri: m.hosted
          ? `provider://${m.hosted.provider}/${m.hosted.providerModelId}`
          : `s3://northwind-models/${m.name}/${n}/model.${m.kind === "PROMPT_TEMPLATE" ? "txt" : "safetensors"}`,
        artifactDigest: sha(`${m.name}:${n}`),
        artifactSize: m.hosted ? null : 1_000_000 * (3 + n * 7),
        format: m.hosted ? "provider-hosted" : m.kind === "PROMPT_TEMPLATE" ? "text" : "safetensors",
        sourceCommit: sha(`commit:${m.name}:${n}`).slice(0, 40),
        runId: m.hosted ? null : `run-${m.name}-${n}`,
        hyperparameters: m.hosted ? { temperature: 0.2 } : { learning_rate: 0.05 / n, max_depth: 6, n_estimators: 400 + 100 * n },
        description: n === 1 ? "Initial registration" : `Retrained on refreshed data (v${n})`,
        lineage,
        parentVersionId: parentId ?? null,
        parentRelation: parentId ? "DISTILLED" : null,
        tags: n === m.versions ? ["latest"] : [],
      },
    });
    ids.push(version.id);
    for (const s of m.suites ?? []) {
      const value = s.values[Math.min(n - 1, s.values.length - 1)]!;
      await core.recordEvaluation({
        actor: lead,
        input: {
          modelVersionId: version.id,
          datasetVersionId: m.test ? datasets[m.test] : null,
          suite: s.suite,
          runId: `eval-${m.name}-${n}-${s.suite}`,
          characteristic: SUITE_CHARACTERISTIC[s.suite] ?? null,
          metrics: [{ name: s.metric, value, threshold: s.threshold, direction: s.direction }],
        },
      });
    }
  }
  const retired = m.tags.includes("retired");
  if (!retired) {
    for (const id of ids) await core.saveModelCard({ actor: lead, input: { modelVersionId: id, ...cardFor(m), changeNote: "Initial card" } });
  }
  await core.setAlias({ actor: lead, input: { modelId: model.id, name: "champion", versionId: ids.at(-1)!, reason: "Best offline results" } });
  if (!retired) {
    const candidate = ids.at(m.versions > 1 ? -2 : -1)!;
    if (
      await approve(ctx, {
        modelVersionId: candidate,
        targetStage: "PRODUCTION",
        targetAlias: "production",
        justification: "Passed offline evaluation; ready for production",
      })
    ) {
      ctx.approved.add(candidate);
    }
  }
  return ids;
}

async function seedReleasesAndDeployments(ctx: DemoContext, versionsOf: Record<string, string[]>) {
  const { lead } = ctx.actors;
  const latest = (name: string) => versionsOf[name]!.at(-1)!;
  const previous = (name: string) => versionsOf[name]!.at(-2) ?? latest(name);
  const assist1 = await core.createRelease({
    actor: lead,
    input: {
      systemId: ctx.systems["support-chatbot"]!,
      name: "Assist 2026.09",
      description: "GPT-4o with help-centre retrieval",
      components: [
        { role: "BASE_MODEL", modelVersionId: previous("assist-gpt-4o") },
        { role: "PROMPT_TEMPLATE", modelVersionId: versionsOf["assist-system-prompt"]![3] },
        { role: "EMBEDDING_MODEL", modelVersionId: latest("faq-embedder") },
        { role: "RETRIEVAL_INDEX", externalRef: "vector://help-centre/2026-09-01", name: "Help-centre index" },
        { role: "GUARDRAIL", modelVersionId: previous("assist-guardrail") },
      ],
    },
  });
  const assist2 = await core.createRelease({
    actor: lead,
    input: {
      systemId: ctx.systems["support-chatbot"]!,
      name: "Assist 2026.11",
      description: "New prompt and guardrail; Claude as fallback",
      components: [
        { role: "BASE_MODEL", modelVersionId: latest("assist-gpt-4o") },
        { role: "BASE_MODEL", modelVersionId: latest("assist-claude-sonnet"), name: "fallback", config: { fallback: true } },
        { role: "PROMPT_TEMPLATE", modelVersionId: latest("assist-system-prompt") },
        { role: "EMBEDDING_MODEL", modelVersionId: latest("faq-embedder") },
        { role: "RETRIEVAL_INDEX", externalRef: "vector://help-centre/2026-11-01", name: "Help-centre index" },
        { role: "GUARDRAIL", modelVersionId: latest("assist-guardrail") },
        { role: "EVAL_SUITE", externalRef: "git://northwind/evals/assist@v7", name: "Assist regression suite" },
      ],
    },
  });
  const summariser = await core.createRelease({
    actor: lead,
    input: {
      systemId: ctx.systems["doc-summariser"]!,
      name: "Summariser 1.0",
      components: [
        { role: "BASE_MODEL", modelVersionId: latest("contract-summariser-llm") },
        { role: "PROMPT_TEMPLATE", modelVersionId: latest("contract-summary-prompt") },
        { role: "EMBEDDING_MODEL", modelVersionId: latest("contract-embedder") },
        { role: "RERANKER", modelVersionId: latest("contract-reranker") },
        { role: "RETRIEVAL_INDEX", externalRef: "vector://contracts/2026-10", name: "Clause index" },
      ],
    },
  });

  for (const release of [assist1, assist2, summariser]) {
    const components = release.components.flatMap((c) => (c.modelVersionId ? [c.modelVersionId] : []));
    for (const id of components.filter((c) => !ctx.approved.has(c))) {
      if (await approve(ctx, { modelVersionId: id, targetStage: "PRODUCTION", justification: `Component of release ${release.number}` })) ctx.approved.add(id);
    }
    if (await approve(ctx, { releaseId: release.id, targetStage: "PRODUCTION", justification: "The stack as a whole, for production" }))
      ctx.approved.add(release.id);
  }
  /** Records a deployment into PRODUCTION only of what was approved for it (the gate would refuse the rest). */
  const deploy = async (input: core.RecordDeploymentInput) => {
    if (input.environment === "PRODUCTION" && !ctx.approved.has(input.modelVersionId ?? input.releaseId!)) return null;
    return core.recordDeployment({ actor: lead, input });
  };

  const now = Date.now();
  const old = await deploy({
    releaseId: assist1.id,
    environment: "PRODUCTION",
    target: "assist-eu-west",
    region: "eu-west-1",
    startedAt: new Date(now - 60 * DAY),
  });
  if (old) await core.endDeployment({ actor: lead, id: old.id, endedAt: new Date(now - 5 * DAY), reason: "Replaced by Assist 2026.11" });
  await deploy({ releaseId: assist2.id, environment: "PRODUCTION", target: "assist-eu-west", region: "eu-west-1", startedAt: new Date(now - 5 * DAY) });
  await deploy({ releaseId: summariser.id, environment: "PRODUCTION", target: "legal-workbench", region: "eu-central-1", startedAt: new Date(now - 30 * DAY) });

  const production: [string, string, string][] = [
    ["credit-pd-gbm", "loan-origination", "eu-central-1"],
    ["cv-ranker", "ats-integration", "eu-west-1"],
    ["fraud-gbm", "card-authoriser", "eu-central-1"],
    ["aml-alert-ranker", "aml-case-manager", "eu-central-1"],
    ["ticket-router", "mail-gateway", "eu-west-1"],
    ["code-assistant-llm", "ide-gateway", "eu-west-1"],
  ];
  for (const [name, target, region] of production) {
    await deploy({ modelVersionId: previous(name), environment: "PRODUCTION", target, region, startedAt: new Date(now - 20 * DAY) });
    if (previous(name) !== latest(name)) {
      await deploy({ modelVersionId: latest(name), environment: "STAGING", target: `${target}-staging`, region, startedAt: new Date(now - 3 * DAY) });
    }
  }
  if (await approve(ctx, { modelVersionId: latest("fraud-gbm"), targetStage: "PRODUCTION", justification: "Canary at 10% of traffic" }))
    ctx.approved.add(latest("fraud-gbm"));
  const canary = await deploy({
    modelVersionId: latest("fraud-gbm"),
    environment: "PRODUCTION",
    target: "card-authoriser",
    region: "eu-central-1",
    trafficShare: 0.1,
    startedAt: new Date(now - 2 * DAY),
  });
  void canary;
}
