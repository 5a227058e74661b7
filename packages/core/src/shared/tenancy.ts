// The tenancy chokepoint: every query on a tenant table runs inside an organisation scope, and the scope
// adds the organisation to the query. Nobody types the filter by hand, so nobody can forget it.
//
// - `withinOrganization(id, work)` opens a scope (use cases open it from the actor; see use-case.ts).
// - Inside it, every read, update and delete on a tenant model is filtered by the organisation, every
//   create is stamped with it, and a query that names another organisation fails.
// - Rows of child tables (tags, lineage, metrics, components, decisions, deliveries) are scoped through
//   their parent relation, so a query on them cannot reach another organisation's parent either.
// - Outside any scope a tenant query throws. Work that spans organisations by design (authenticating a
//   token, the delivery and job loops, verifying every chain) says so with `acrossOrganizations`.
// - Raw SQL is not rewritten: it lives in sql/ and takes the organisation from `scopedOrganizationId()`.
import { AsyncLocalStorage } from "node:async_hooks";

type Scope = { kind: "organization"; organizationId: string } | { kind: "across"; reason: string };

const storage = new AsyncLocalStorage<Scope>();

/** Tables with an organizationId column (checked against the Prisma schema by tenancy.test.ts). */
export const TENANT_MODELS = [
  "AISystem",
  "Alias",
  "AliasHistory",
  "ApiToken",
  "ApprovalPolicy",
  "ApprovalRequest",
  "AuditChainHead",
  "AuditEvent",
  "ClassificationConfirmation",
  "ControlAssessment",
  "Dataset",
  "DatasetVersion",
  "Deployment",
  "DeploymentGate",
  "Evaluation",
  "Evidence",
  "ImpactAssessment",
  "Incident",
  "Job",
  "Membership",
  "Model",
  "ModelCard",
  "ModelCardRevision",
  "ModelVersion",
  "Release",
  "ReportRun",
  "Risk",
  "Webhook",
] as const;

/** Tables without the column, reached through a parent that has it: model → relation field to the parent. */
export const CHILD_MODELS: Record<string, string> = {
  ModelTag: "model",
  ModelVersionTag: "version",
  ModelVersionDataset: "version",
  EvaluationMetric: "evaluation",
  ReleaseComponent: "release",
  ApprovalDecision: "request",
  WebhookDelivery: "webhook",
  JobOutput: "job",
  JobOutputChunk: "job",
  RiskSystem: "risk",
  RiskControl: "risk",
  EvidenceLink: "evidence",
};

/** Tables that belong to no organisation. */
export const GLOBAL_MODELS = ["Organization", "User", "UserSession", "RateLimiterFlexible"] as const;

const TENANT = new Set<string>(TENANT_MODELS);

export class TenancyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "TenancyError";
  }
}

export function withinOrganization<T>(organizationId: string, work: () => T): T {
  if (!organizationId) throw new TenancyError("withinOrganization needs an organisation id");
  const current = storage.getStore();
  if (current?.kind === "organization" && current.organizationId !== organizationId) {
    throw new TenancyError("a scope of one organisation cannot open another organisation's scope");
  }
  return inScope({ kind: "organization", organizationId }, work);
}

/** For work that spans organisations by design; `reason` names it for whoever reads the code. */
export function acrossOrganizations<T>(reason: string, work: () => T): T {
  return inScope({ kind: "across", reason }, work);
}

/**
 * Runs `work` in the scope. Prisma's queries are lazy (they run when awaited), so a query returned
 * un-awaited from `work` is awaited here, inside the scope, rather than by the caller outside it.
 */
function inScope<T>(scope: Scope, work: () => T): T {
  return storage.run(scope, () => {
    const result = work();
    if (result && typeof (result as { then?: unknown }).then === "function") return (async () => await result)() as T;
    return result;
  });
}

/** The organisation of the current scope, for raw SQL; throws outside an organisation scope. */
export function scopedOrganizationId(): string {
  const scope = storage.getStore();
  if (scope?.kind !== "organization") throw new TenancyError("no organisation scope is open");
  return scope.organizationId;
}

const WHERE_OPERATIONS = new Set([
  "findUnique",
  "findUniqueOrThrow",
  "findFirst",
  "findFirstOrThrow",
  "findMany",
  "count",
  "aggregate",
  "groupBy",
  "update",
  "updateMany",
  "updateManyAndReturn",
  "delete",
  "deleteMany",
  "upsert",
]);
const CREATE_OPERATIONS = new Set(["create", "createMany", "createManyAndReturn", "upsert"]);

type Args = Record<string, any>;

function stampData(model: string, data: Args, organizationId: string): Args {
  if (data.organization !== undefined) {
    const connected = data.organization?.connect?.id;
    if (connected !== organizationId) throw new TenancyError(`${model}: create names another organisation`);
    return data;
  }
  if (data.organizationId !== undefined && data.organizationId !== organizationId) {
    throw new TenancyError(`${model}: create names another organisation`);
  }
  return { ...data, organizationId };
}

function scopeWhere(model: string, where: Args | undefined, organizationId: string): Args {
  const w = where ?? {};
  if (TENANT.has(model)) {
    if (w.organizationId === undefined) return { ...w, organizationId };
    if (w.organizationId === organizationId) return w;
    if (typeof w.organizationId === "string") throw new TenancyError(`${model}: query names another organisation`);
    return { ...w, AND: [...asList(w.AND), { organizationId }] };
  }
  const parent = CHILD_MODELS[model]!;
  return { ...w, AND: [...asList(w.AND), { [parent]: { organizationId } }] };
}

const asList = (v: unknown): Args[] => (v === undefined ? [] : Array.isArray(v) ? v : [v as Args]);

/** The arguments of one model query, scoped to the organisation (pure; exported for unit tests). */
export function scopeArgs(model: string, operation: string, args: Args | undefined, organizationId: string): Args {
  if (!isScopedModel(model)) return args ?? {};
  const out: Args = { ...(args ?? {}) };
  if (WHERE_OPERATIONS.has(operation)) out.where = scopeWhere(model, out.where, organizationId);
  if (TENANT.has(model) && CREATE_OPERATIONS.has(operation)) {
    if (operation === "upsert") out.create = stampData(model, out.create ?? {}, organizationId);
    else if (Array.isArray(out.data)) out.data = out.data.map((d: Args) => stampData(model, d, organizationId));
    else out.data = stampData(model, out.data ?? {}, organizationId);
  }
  return out;
}

export function isScopedModel(model: string): boolean {
  return TENANT.has(model) || model in CHILD_MODELS;
}

/**
 * The Prisma client extension that applies the scope to every model query and refuses raw SQL outside
 * any scope. Applied once to the process's clients in database.ts.
 */
export const tenancyExtension = {
  name: "canon-tenancy",
  query: {
    $allModels: {
      $allOperations({ model, operation, args, query }: { model: string; operation: string; args: Args; query: (a: Args) => Promise<unknown> }) {
        if (!isScopedModel(model)) return query(args);
        const scope = storage.getStore();
        if (scope?.kind === "across") return query(args);
        if (scope?.kind !== "organization") {
          throw new TenancyError(`${model}.${operation} ran outside an organisation scope`);
        }
        return query(scopeArgs(model, operation, args, scope.organizationId));
      },
    },
    $allOperations({ operation, args, query }: { operation: string; args: unknown; query: (a: unknown) => Promise<unknown> }) {
      if (operation.startsWith("$") && !storage.getStore()) {
        throw new TenancyError(`${operation} ran outside any scope (open withinOrganization or acrossOrganizations)`);
      }
      return query(args);
    },
  },
} as const;
