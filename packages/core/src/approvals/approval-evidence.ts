// The evidence a decision rests on, read inside the deciding transaction: for each model version of the
// subject, the latest run of every evaluation suite (with metrics) and the latest model card revision
// with its completeness. Snapshotted into ApprovalDecision.evidence.
import { Prisma } from "@canon/db";
import { cardCompleteness } from "../cards/card-completeness";
import { scopedOrganizationId } from "../shared/tenancy";
import type { Tx } from "../shared/transaction";
import { sqlId, T } from "../sql/names";
import { versionLabel, type ApprovalSubject } from "./approval-subject";

export interface EvaluationEvidence {
  suite: string;
  evaluationId: string;
  passed: boolean;
  evaluatedAt: string;
  metrics: { name: string; value: number; threshold: number | null; direction: string; slice: string; passed: boolean | null }[];
}

export interface VersionEvidence {
  modelVersionId: string;
  label: string;
  stage: string;
  card: { revision: number; completeness: number } | null;
  evaluations: EvaluationEvidence[];
}

export interface Evidence {
  checkedAt: string;
  riskTier: string;
  system: { id: string; reference: string; riskTier: string; classifiedAt: string | null } | null;
  versions: VersionEvidence[];
}

const E = {
  table: sqlId(T.Evaluation.name),
  id: sqlId(T.Evaluation.c.id),
  organizationId: sqlId(T.Evaluation.c.organizationId),
  modelVersionId: sqlId(T.Evaluation.c.modelVersionId),
  suite: sqlId(T.Evaluation.c.suite),
  evaluatedAt: sqlId(T.Evaluation.c.evaluatedAt),
};

/** The latest run of every suite on each version, in one statement (raw SQL: the organisation is named here). */
async function latestEvaluations(tx: Tx, versionIds: string[]) {
  if (!versionIds.length) return [];
  const latest = await tx.$queryRaw<{ id: string }[]>`
    SELECT ${E.id} FROM (
      SELECT ${E.id}, ROW_NUMBER() OVER (PARTITION BY ${E.modelVersionId}, ${E.suite} ORDER BY ${E.evaluatedAt} DESC, ${E.id} DESC) AS "rank"
      FROM ${E.table}
      WHERE ${E.organizationId} = ${scopedOrganizationId()} AND ${E.modelVersionId} IN (${Prisma.join(versionIds)})
    ) AS "ranked"
    WHERE "rank" = 1`;
  if (!latest.length) return [];
  return tx.evaluation.findMany({
    where: { id: { in: latest.map((r) => r.id) } },
    include: { metrics: { orderBy: [{ name: "asc" }, { slice: "asc" }, { id: "asc" }] } },
    orderBy: [{ suite: "asc" }, { id: "asc" }],
  });
}

async function latestCards(tx: Tx, versionIds: string[]) {
  if (!versionIds.length) return new Map<string, { revision: number; completeness: number }>();
  const cards = await tx.modelCard.findMany({ where: { modelVersionId: { in: versionIds }, latestRevision: { gt: 0 } } });
  const revisions = cards.length
    ? await tx.modelCardRevision.findMany({ where: { OR: cards.map((c) => ({ cardId: c.id, revision: c.latestRevision })) } })
    : [];
  const byCard = new Map(revisions.map((r) => [r.cardId, r]));
  const out = new Map<string, { revision: number; completeness: number }>();
  for (const c of cards) {
    const r = byCard.get(c.id);
    if (r) out.set(c.modelVersionId, { revision: r.revision, completeness: cardCompleteness(r).overall });
  }
  return out;
}

export async function gatherEvidence(tx: Tx, subject: ApprovalSubject): Promise<Evidence> {
  const ids = subject.versions.map((v) => v.id);
  const [evaluations, cards] = await Promise.all([latestEvaluations(tx, ids), latestCards(tx, ids)]);
  return {
    checkedAt: new Date().toISOString(),
    riskTier: subject.riskTier,
    system: subject.system
      ? {
          id: subject.system.id,
          reference: subject.system.reference,
          riskTier: subject.system.riskTier,
          classifiedAt: subject.system.classifiedAt?.toISOString() ?? null,
        }
      : null,
    versions: subject.versions.map((v) => ({
      modelVersionId: v.id,
      label: versionLabel(v),
      stage: v.stage,
      card: cards.get(v.id) ?? null,
      evaluations: evaluations
        .filter((e) => e.modelVersionId === v.id)
        .map((e) => ({
          suite: e.suite,
          evaluationId: e.id,
          passed: e.passed,
          evaluatedAt: e.evaluatedAt.toISOString(),
          metrics: e.metrics.map((m) => ({ name: m.name, value: m.value, threshold: m.threshold, direction: m.direction, slice: m.slice, passed: m.passed })),
        })),
    })),
  };
}
