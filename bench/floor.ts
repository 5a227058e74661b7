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

    inventoryPage(orgId: string, first: number) {
      const models = db.prepare(`SELECT id, name, kind, latestVersionId FROM Model WHERE organizationId = ? ORDER BY name ASC, id ASC LIMIT ?`).all(orgId, first) as any[];
      const versionIds = models.map((m) => m.latestVersionId).filter(Boolean);
      const versions = db.prepare(`SELECT id, number, stage, artifactDigest FROM ModelVersion WHERE id IN (${inList(versionIds.length)})`).all(...versionIds) as any[];
      const modelIds = models.map((m) => m.id);
      const aliases = db.prepare(`SELECT modelId, name, versionId FROM Alias WHERE modelId IN (${inList(modelIds.length)})`).all(...modelIds) as any[];
      const evals = db.prepare(`SELECT id, modelVersionId, suite, passed, evaluatedAt FROM Evaluation WHERE modelVersionId IN (${inList(versionIds.length)}) ORDER BY evaluatedAt DESC`).all(...versionIds) as any[];
      const metrics = evals.length ? (db.prepare(`SELECT evaluationId, name, value, passed FROM EvaluationMetric WHERE evaluationId IN (${inList(evals.length)})`).all(...evals.map((e) => e.id)) as any[]) : [];
      const metricsBy = groupBy(metrics, (m: any) => m.evaluationId);
      const evalsBy = groupBy(evals, (e: any) => e.modelVersionId);
      const aliasesBy = groupBy(aliases, (a: any) => a.modelId);
      const versionBy = new Map(versions.map((v) => [v.id, v]));
      return models.map((m) => ({
        ...m,
        latestVersion: { ...versionBy.get(m.latestVersionId), latestEvaluations: (evalsBy.get(m.latestVersionId) ?? []).map((e: any) => ({ ...e, metrics: metricsBy.get(e.id) ?? [] })) },
        aliases: aliasesBy.get(m.id) ?? [],
      }));
    },

    versionsByTag(orgId: string, tag: string, first: number) {
      return db.prepare(
        `SELECT v.id, v.number, m.name AS modelName FROM ModelVersionTag t JOIN ModelVersion v ON v.id = t.versionId JOIN Model m ON m.id = v.modelId
         WHERE t.tag = ? AND v.organizationId = ? ORDER BY v.createdAt DESC, v.id DESC LIMIT ?`,
      ).all(tag, orgId, first);
    },
  };
}
