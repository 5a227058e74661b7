// The catalogue of audit actions: one name per kind of state change, the subject type it changes, and
// what it does to the subject (create, update, delete). Every audit event's action is a key of this
// table (appendAuditEvent accepts nothing else), so reports read a closed vocabulary forever.
//
// Each action may also declare:
// - `webhook`: the webhook event it notifies subscribed endpoints of (in the same transaction);
// - `changesEvidenceOf`: the model version whose approval evidence it changes: votes already cast on a
//   pending request about that version (or a release containing it) go stale.
import type { WebhookEventType } from "../webhooks/event-types";
import type { SubjectType } from "./subject-records";

export type ActionKind = "create" | "update" | "delete";

export interface ActionSpec {
  subject: SubjectType;
  kind: ActionKind;
  description: string;
  webhook?: WebhookEventType;
  /** Reads the changed model version's id from the subject's record (after the change). */
  changesEvidenceOf?: (record: Record<string, unknown>) => string | null;
  /** Why votes go stale, e.g. "a new model card revision was saved". */
  staleReason?: string;
}

const spec = <K extends string>(table: Record<K, ActionSpec>) => table;

export const AUDIT_ACTIONS = spec({
  "organization.create": { subject: "Organization", kind: "create", description: "An organisation was created" },
  "organization.update": { subject: "Organization", kind: "update", description: "The organisation's profile changed" },

  "member.add": { subject: "Membership", kind: "create", description: "A person or service account became a member" },
  "member.changeRole": { subject: "Membership", kind: "update", description: "A member's role changed" },
  "member.remove": { subject: "Membership", kind: "delete", description: "A member was removed" },

  "apiToken.create": { subject: "ApiToken", kind: "create", description: "An API token was issued to a member" },
  "apiToken.revoke": { subject: "ApiToken", kind: "update", description: "An API token was revoked" },

  "aiSystem.create": { subject: "AISystem", kind: "create", description: "An AI system was registered" },
  "aiSystem.update": { subject: "AISystem", kind: "update", description: "An AI system's description changed" },
  "aiSystem.classify": { subject: "AISystem", kind: "update", description: "An AI system was classified (EU AI Act)" },

  "model.create": { subject: "Model", kind: "create", description: "A model was registered" },
  "model.update": { subject: "Model", kind: "update", description: "A model's metadata changed" },

  "modelVersion.register": { subject: "ModelVersion", kind: "create", description: "A model version was registered", webhook: "model_version.registered" },
  "modelVersion.update": {
    subject: "ModelVersion",
    kind: "update",
    description: "A model version's metadata changed",
    changesEvidenceOf: (r) => r.id as string,
    staleReason: "the model version was edited",
  },
  "modelVersion.stageChange": {
    subject: "ModelVersion",
    kind: "update",
    description: "A model version entered a stage through an approved request",
    webhook: "stage.changed",
  },
  "modelVersion.approve": { subject: "ModelVersion", kind: "update", description: "A model version was approved without a stage change (alias-only request)" },
  "modelVersion.archive": { subject: "ModelVersion", kind: "update", description: "A model version was archived", webhook: "stage.changed" },

  "alias.create": { subject: "Alias", kind: "create", description: "An alias was created", webhook: "alias.moved" },
  "alias.move": { subject: "Alias", kind: "update", description: "An alias moved to another version", webhook: "alias.moved" },
  "alias.protect": { subject: "Alias", kind: "update", description: "An alias became protected through an approved request" },
  "alias.rollback": {
    subject: "Alias",
    kind: "update",
    description: "An alias was pointed back to a version it held through an approved change",
    webhook: "alias.moved",
  },
  "alias.delete": { subject: "Alias", kind: "delete", description: "An alias was removed" },

  "dataset.create": { subject: "Dataset", kind: "create", description: "A dataset was registered" },
  "dataset.update": { subject: "Dataset", kind: "update", description: "A dataset's metadata changed" },
  "datasetVersion.create": { subject: "DatasetVersion", kind: "create", description: "A dataset version was registered" },

  "evaluation.record": {
    subject: "Evaluation",
    kind: "create",
    description: "An evaluation run was recorded",
    changesEvidenceOf: (r) => r.modelVersionId as string,
    staleReason: "a new evaluation was recorded",
  },
  "modelCard.save": {
    subject: "ModelCard",
    kind: "update",
    description: "A model card revision was saved",
    changesEvidenceOf: (r) => r.modelVersionId as string,
    staleReason: "a new model card revision was saved",
  },

  "release.create": { subject: "Release", kind: "create", description: "A release (a system's stack) was composed" },
  "release.stageChange": { subject: "Release", kind: "update", description: "A release entered a stage through an approved request", webhook: "stage.changed" },
  "release.approve": { subject: "Release", kind: "update", description: "A release was approved without a stage change" },
  "release.archive": { subject: "Release", kind: "update", description: "A release was archived", webhook: "stage.changed" },

  "deployment.record": { subject: "Deployment", kind: "create", description: "A deployment was recorded", webhook: "deployment.recorded" },
  "deployment.recordFlagged": {
    subject: "Deployment",
    kind: "create",
    webhook: "deployment.policy_violation",
    description: "A deployment of something not approved for its environment was recorded as a policy violation (gate mode RECORD_AND_FLAG)",
  },
  "deployment.end": { subject: "Deployment", kind: "update", description: "A deployment ended" },
  "deploymentGate.set": { subject: "DeploymentGate", kind: "update", description: "An environment's deployment gate mode was set" },

  "approvalPolicy.set": { subject: "ApprovalPolicy", kind: "update", description: "A risk tier's approval policy was set" },
  "approvalRequest.create": { subject: "ApprovalRequest", kind: "create", description: "An approval was requested", webhook: "approval.requested" },
  "approvalRequest.cancel": { subject: "ApprovalRequest", kind: "update", description: "An approval request was withdrawn" },
  "approvalRequest.resolve": { subject: "ApprovalRequest", kind: "update", description: "An approval request was approved or rejected" },
  "approvalDecision.create": { subject: "ApprovalDecision", kind: "create", description: "An approver voted", webhook: "approval.decided" },
  "approvalDecision.stale": { subject: "ApprovalDecision", kind: "update", description: "A vote went stale because its subject changed after it was cast" },

  "webhook.create": { subject: "Webhook", kind: "create", description: "A webhook endpoint was registered" },
  "webhook.update": { subject: "Webhook", kind: "update", description: "A webhook endpoint changed" },
  "webhook.rotateSecret": { subject: "Webhook", kind: "update", description: "A webhook's signing secret was rotated" },
  "webhook.test": { subject: "Webhook", kind: "update", description: "A test delivery was sent to a webhook (the webhook itself is unchanged)" },

  // Compliance: classification confirmed by an approver, assessments, evidence, risks, incidents, impact assessments.
  "classification.confirm": {
    subject: "ClassificationConfirmation",
    kind: "create",
    description: "An approver confirmed or overrode a system's classification",
  },
  "controlAssessment.create": {
    subject: "ControlAssessment",
    kind: "create",
    description: "A requirement was assessed for the first time (for a system or organisation-wide)",
  },
  "controlAssessment.update": {
    subject: "ControlAssessment",
    kind: "update",
    description: "A requirement's assessment changed (status, applicability, owner, review, evidence)",
  },
  "evidence.create": { subject: "Evidence", kind: "create", description: "Evidence was recorded" },
  "evidence.update": { subject: "Evidence", kind: "update", description: "Evidence changed (validity, owner, document)" },
  "risk.create": { subject: "Risk", kind: "create", description: "A risk was entered in the register" },
  "risk.update": { subject: "Risk", kind: "update", description: "A risk's assessment or treatment changed" },
  "incident.record": { subject: "Incident", kind: "create", description: "An incident was recorded" },
  "incident.update": { subject: "Incident", kind: "update", description: "An incident's status or resolution changed" },
  "impactAssessment.record": { subject: "ImpactAssessment", kind: "create", description: "An impact assessment (FRIA, AI system impact, DPIA) was recorded" },

  // Reports: asking for one, and its outcome with the file's digest (so a pack can be matched to its event).
  "reportRun.request": { subject: "ReportRun", kind: "create", description: "A report was requested" },
  "reportRun.finish": { subject: "ReportRun", kind: "update", description: "A report run ended (succeeded with its digest, failed or cancelled)" },

  // Jobs: a person asking for work and calling it off are recorded; the runner's claims, heartbeats,
  // progress, retries and outcomes are bookkeeping (like webhook deliveries) and are not.
  "job.request": { subject: "Job", kind: "create", description: "A background job was requested" },
  "job.cancel": { subject: "Job", kind: "update", description: "Cancellation of a background job was requested (a queued job ends at once)" },
});

export type AuditAction = keyof typeof AUDIT_ACTIONS;

export function isAuditAction(name: string): name is AuditAction {
  return Object.hasOwn(AUDIT_ACTIONS, name);
}

export function actionSpec(action: AuditAction): ActionSpec {
  return AUDIT_ACTIONS[action];
}
