// Webhook event types. Each is produced by the audit actions whose catalogue entry (audit/actions.ts)
// names it: every state change writes one audit event, and those actions also notify the
// organisation's subscribed webhooks in the same transaction.
import { AUDIT_ACTIONS, type AuditAction } from "../audit/actions";

export const WEBHOOK_EVENT_TYPES = [
  "model_version.registered",
  "approval.requested",
  "approval.decided",
  "alias.moved",
  "stage.changed",
  "deployment.recorded",
  "deployment.policy_violation",
] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

/** Sent only by sendTestWebhook, to the one webhook being tested; not subscribable. */
export const TEST_EVENT_TYPE = "webhook.test";

/** The webhook event an audit action produces, or undefined when it produces none. */
export function webhookEventFor(action: string): WebhookEventType | undefined {
  return Object.hasOwn(AUDIT_ACTIONS, action) ? AUDIT_ACTIONS[action as AuditAction].webhook : undefined;
}

/** The audit actions that produce each event type (for documentation and the API). */
export function actionsFor(type: WebhookEventType): AuditAction[] {
  return (Object.keys(AUDIT_ACTIONS) as AuditAction[]).filter((a) => AUDIT_ACTIONS[a].webhook === type);
}
