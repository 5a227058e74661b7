// Fixtures for the approvals suites, created through the API: tokens per person, classified systems,
// models with versions, evaluations, cards, and the GraphQL operations the suites share.
import { randomBytes } from "node:crypto";
import type { RoleName, TestApi } from "../../support/api-server";

export const unique = (prefix: string) => `${prefix}-${randomBytes(4).toString("hex")}`;
const digest = () => randomBytes(32).toString("hex");

const REQUEST_FIELDS = `id subjectType modelVersionId releaseId targetStage targetAlias archivePrevious justification status requestedById createdAt resolvedAt
  policy { riskTier requiredApprovals approverRoles requiredSuites minCardCompleteness requireClassification blocked isDefault }`;
export const Q = {
  REQUEST: `mutation($i: RequestApprovalInput!) { requestApproval(input: $i) { ${REQUEST_FIELDS} } }`,
  DECIDE: `mutation($i: DecideApprovalInput!) { decideApproval(input: $i) { approvals requiredApprovals
    request { id status resolvedAt } decision { id requestId approverId decision comment evidence createdAt } } }`,
  CANCEL: `mutation($id: ID!, $r: String) { cancelApprovalRequest(id: $id, reason: $r) { id status resolvedAt } }`,
  GET: `query($id: ID!) { approvalRequest(id: $id) { ${REQUEST_FIELDS} decisions { id approverId decision comment evidence } modelVersion { id stage approvedAt } release { id stage approvedAt } } }`,
  LIST: `query($f: ApprovalRequestFilter, $first: Int, $after: String) { approvalRequests(filter: $f, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } nodes { id status targetStage targetAlias modelVersionId releaseId requestedById decisions { id decision approverId } } } }`,
  CHECK: `query($id: ID!) { approvalCheck(requestId: $id) { status approvals requiredApprovals canBeApproved unmet { rule message } policy { riskTier requiredApprovals } } }`,
  POLICIES: `{ approvalPolicies { riskTier requiredApprovals approverRoles requiredSuites minCardCompleteness requireClassification blocked isDefault updatedAt } }`,
  SET_POLICY: `mutation($i: SetApprovalPolicyInput!) { setApprovalPolicy(input: $i) { riskTier requiredApprovals approverRoles requiredSuites minCardCompleteness requireClassification blocked isDefault } }`,
  ROLLBACK: `mutation($i: RollbackAliasInput!) { rollbackAlias(input: $i) { id name versionId protected } }`,
  SET_ALIAS: `mutation($i: SetAliasInput!) { setAlias(input: $i) { id name versionId protected } }`,
  DELETE_ALIAS: `mutation($m: ID!, $n: String!) { deleteAlias(modelId: $m, name: $n) { id } }`,
  VERSION: `query($id: ID!) { modelVersion(id: $id) { id number stage approvedAt archivedAt } }`,
  AUDIT: `{ verifyAuditChain { valid eventCount firstBrokenSeq reason } }`,
  ACTIONS: `query($a: String) { auditEvents(filter: { action: $a }) { totalCount } }`,
  HISTORY: `query($m: ID!, $n: String!) { aliasHistory(modelId: $m, name: $n) { totalCount nodes { fromVersionId toVersionId reason actorId } } }`,
};

export interface Person {
  token: string;
  /** The person's user id (what approverId, requestedById and createdById record). */
  id: string;
  /** The id of the person's API token. */
  tokenId: string;
  role: RoleName;
}

export const ADD_MEMBER = `mutation($i: AddMemberInput!) { addMember(input: $i) { id user { id } } }`;
export const CREATE_TOKEN = `mutation($i: CreateApiTokenInput!) { createApiToken(input: $i) { token apiToken { id userId role } } }`;

/**
 * A new member of org A (or B) with the given role, and an API token of theirs: a distinct person. The
 * admin issues a bootstrap token; the person issues their working token with it (a token someone else
 * issued never decides what its issuer requested or created).
 */
export async function person(api: TestApi, role: RoleName, org: "A" | "B" = "A"): Promise<Person> {
  const admin = org === "A" ? api.orgA.tokens.ADMIN : api.orgB.tokens.ADMIN;
  const key = unique(role.toLowerCase());
  const { addMember } = await api.ok(ADD_MEMBER, { i: { email: `${key}@people.example`, name: key, role } }, admin);
  const bootstrap = (await api.ok(CREATE_TOKEN, { i: { name: `${key}-bootstrap`, role, ownerId: addMember.user.id } }, admin)).createApiToken;
  const { createApiToken } = await api.ok(CREATE_TOKEN, { i: { name: key, role } }, bootstrap.token);
  await api.ok(`mutation($id: ID!) { revokeApiToken(id: $id) { id } }`, { id: bootstrap.apiToken.id }, createApiToken.token);
  return { token: createApiToken.token, id: addMember.user.id, tokenId: createApiToken.apiToken.id, role };
}

/** Another token of the same person (issued by an admin, or by the person themself with `self`). */
export async function anotherToken(api: TestApi, who: Person, role: RoleName = who.role, self = false): Promise<string> {
  const { createApiToken } = await api.ok(CREATE_TOKEN, { i: { name: unique("second"), role, ...(self ? {} : { ownerId: who.id }) } }, self ? who.token : api.orgA.tokens.ADMIN);
  return createApiToken.token;
}

export async function people(api: TestApi, approvers = 3) {
  const contributor = await person(api, "CONTRIBUTOR");
  const list: Person[] = [];
  for (let i = 0; i < approvers; i++) list.push(await person(api, "APPROVER"));
  return { contributor, approvers: list, admin: await person(api, "ADMIN") };
}

const CLASSIFICATION: Record<string, Record<string, unknown>> = {
  HIGH_RISK: { operatorRole: "PROVIDER", riskTier: "HIGH_RISK", highRiskRoute: "ANNEX_III", annexIIIArea: 5, annexIIIPoint: "5(b)" },
  MINIMAL: { operatorRole: "DEPLOYER", riskTier: "MINIMAL" },
  TRANSPARENCY: { operatorRole: "DEPLOYER", riskTier: "TRANSPARENCY", transparencyDuties: ["50(1)"] },
  PROHIBITED: { operatorRole: "DEPLOYER", riskTier: "PROHIBITED" },
  UNCLASSIFIED: { operatorRole: "DEPLOYER", riskTier: "UNCLASSIFIED" },
};

/** An AI system; classified with `tier` unless tier is null (then it stays unclassified). */
export async function system(api: TestApi, tier: keyof typeof CLASSIFICATION | null, token?: string): Promise<string> {
  const reference = unique("sys");
  const { createAISystem } = await api.ok(`mutation($i: CreateAISystemInput!) { createAISystem(input: $i) { id } }`, { i: { reference, name: reference } }, token);
  if (tier) await api.ok(`mutation($id: ID!, $i: ClassifyAISystemInput!) { classifyAISystem(id: $id, input: $i) { id } }`, { id: createAISystem.id, i: CLASSIFICATION[tier] });
  return createAISystem.id;
}

export async function classify(api: TestApi, systemId: string, tier: keyof typeof CLASSIFICATION) {
  await api.ok(`mutation($id: ID!, $i: ClassifyAISystemInput!) { classifyAISystem(id: $id, input: $i) { id } }`, { id: systemId, i: CLASSIFICATION[tier] });
}

/** A model (linked to `systemId` when given) with `count` versions registered by `token`. */
export async function model(api: TestApi, systemId: string | null, count: number, token?: string) {
  const name = unique("model");
  const { createModel } = await api.ok(`mutation($i: CreateModelInput!) { createModel(input: $i) { id } }`, { i: { name, kind: "CLASSIFIER", systemId } }, token);
  const versions: string[] = [];
  for (let n = 0; n < count; n++) {
    const { registerModelVersion } = await api.ok(`mutation($i: RegisterModelVersionInput!) { registerModelVersion(input: $i) { id } }`,
      { i: { modelId: createModel.id, artifactUri: `s3://models/${name}/${n}`, artifactDigest: digest() } }, token);
    versions.push(registerModelVersion.id);
  }
  return { modelId: createModel.id as string, name, versions };
}

export async function evaluate(api: TestApi, versionId: string, suite: string, pass: boolean, token?: string): Promise<string> {
  const { recordEvaluation } = await api.ok(`mutation($i: RecordEvaluationInput!) { recordEvaluation(input: $i) { id passed } }`,
    { i: { modelVersionId: versionId, suite, metrics: [{ name: "score", value: pass ? 0.9 : 0.1, threshold: 0.5 }] } }, token);
  return recordEvaluation.id;
}

const SECTIONS = ["overview", "intendedUse", "outOfScopeUse", "intendedUsers", "factors", "trainingData", "evaluationData",
  "metricsSummary", "ethicalConsiderations", "limitationsAndRisks", "recommendations", "environmentalImpact"];

/** Saves a card revision with the first `filled` of the 12 sections filled. */
export async function card(api: TestApi, versionId: string, filled: number, token?: string) {
  const sections = Object.fromEntries(SECTIONS.map((s, i) => [s, i < filled ? `About ${s}` : null]));
  await api.ok(`mutation($i: SaveModelCardInput!) { saveModelCard(input: $i) { revision } }`, { i: { modelVersionId: versionId, ...sections } }, token);
}

export async function auditState(api: TestApi) {
  return (await api.ok(Q.AUDIT)).verifyAuditChain as { valid: boolean; eventCount: number };
}

export async function actionCount(api: TestApi, action: string): Promise<number> {
  return (await api.ok(Q.ACTIONS, { a: action })).auditEvents.totalCount;
}

export function request(api: TestApi, input: Record<string, unknown>, token: string) {
  return api.gql(Q.REQUEST, { i: { justification: "ready for the next stage", ...input } }, token);
}

export function decide(api: TestApi, requestId: string, decision: "APPROVE" | "REJECT", token: string, comment?: string) {
  return api.gql(Q.DECIDE, { i: { requestId, decision, comment: comment ?? (decision === "REJECT" ? "not ready" : "looks good") } }, token);
}
