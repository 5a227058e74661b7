// The floor: the same results read with hand-written SQL through better-sqlite3, in-process, on the
// same database file. What the API costs above this is GraphQL, HTTP, Prisma and our own code.
import Database from "better-sqlite3";

function groupBy<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = out.get(k);
    if (list) list.push(row);
    else out.set(k, [row]);
  }
  return out;
}

export function openFloor(file: string) {
  const db = new Database(file, { readonly: true });
  const inList = (n: number) => Array.from({ length: n }, () => "?").join(",");

  return {
    close: () => db.close(),

    modelById(orgId: string, id: string) {
      const model = db.prepare(`SELECT id, name, kind, latestVersionId FROM Model WHERE id = ? AND organizationId = ?`).get(id, orgId) as any;
      const latest = db.prepare(`SELECT id, number FROM ModelVersion WHERE id = ?`).get(model.latestVersionId);
      return { ...model, latestVersion: latest };
    },

    /**
     * Exactly what the API's inventory query returns: models by name; the latest version; its latest
     * evaluation of each suite (greatest evaluatedAt, then greatest id), by suite, with metrics by name,
     * slice and id; the model's aliases by name and id. Booleans and instants as GraphQL serialises them.
     */
    inventoryPage(orgId: string, first: number) {
      const models = db
        .prepare(`SELECT id, name, kind, latestVersionId FROM Model WHERE organizationId = ? ORDER BY name ASC, id ASC LIMIT ?`)
        .all(orgId, first) as any[];
      const versionIds = models.map((m) => m.latestVersionId).filter(Boolean);
      const versions = db
        .prepare(`SELECT id, number, stage, artifactDigest FROM ModelVersion WHERE id IN (${inList(versionIds.length)}) AND organizationId = ?`)
        .all(...versionIds, orgId) as any[];
      const modelIds = models.map((m) => m.id);
      const aliases = db
        .prepare(`SELECT modelId, name, versionId FROM Alias WHERE modelId IN (${inList(modelIds.length)}) AND organizationId = ? ORDER BY name ASC, id ASC`)
        .all(...modelIds, orgId) as any[];
      const evals = db
        .prepare(
          `SELECT id, modelVersionId, suite, passed, evaluatedAt FROM (
           SELECT id, modelVersionId, suite, passed, evaluatedAt,
                  ROW_NUMBER() OVER (PARTITION BY modelVersionId, suite ORDER BY evaluatedAt DESC, id DESC) AS rank
           FROM Evaluation WHERE organizationId = ? AND modelVersionId IN (${inList(versionIds.length)})
         ) WHERE rank = 1 ORDER BY suite ASC`,
        )
        .all(orgId, ...versionIds) as any[];
      const metrics = evals.length
        ? (db
            .prepare(
              `SELECT evaluationId, name, value, passed FROM EvaluationMetric WHERE evaluationId IN (${inList(evals.length)}) ORDER BY name ASC, slice ASC, id ASC`,
            )
            .all(...evals.map((e) => e.id)) as any[])
        : [];
      const metricsBy = groupBy(metrics, (m: any) => m.evaluationId);
      const evalsBy = groupBy(evals, (e: any) => e.modelVersionId);
      const aliasesBy = groupBy(aliases, (a: any) => a.modelId);
      const versionBy = new Map(versions.map((v) => [v.id, v]));
      const evaluation = (e: any) => ({
        suite: e.suite,
        passed: e.passed === 1,
        evaluatedAt: new Date(e.evaluatedAt).toISOString(),
        metrics: (metricsBy.get(e.id) ?? []).map((m: any) => ({ name: m.name, value: m.value, passed: m.passed === null ? null : m.passed === 1 })),
      });
      const version = (v: any) =>
        v
          ? { id: v.id, number: v.number, stage: v.stage, artifactDigest: v.artifactDigest, latestEvaluations: (evalsBy.get(v.id) ?? []).map(evaluation) }
          : null;
      return models.map((m) => ({
        id: m.id,
        name: m.name,
        kind: m.kind,
        latestVersion: version(versionBy.get(m.latestVersionId)),
        aliases: (aliasesBy.get(m.id) ?? []).map((a: any) => ({ name: a.name, versionId: a.versionId })),
      }));
    },

    versionsByTag(orgId: string, tag: string, first: number) {
      return db
        .prepare(
          `SELECT v.id, v.number, m.name AS modelName FROM ModelVersionTag t JOIN ModelVersion v ON v.id = t.versionId JOIN Model m ON m.id = v.modelId
         WHERE t.tag = ? AND v.organizationId = ? ORDER BY v.createdAt DESC, v.id DESC LIMIT ?`,
        )
        .all(tag, orgId, first);
    },
  };
}
