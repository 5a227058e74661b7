// Webhook event types, derived from audit actions: every state change already writes one audit event,
// and the actions below also notify the organisation's subscribed webhooks (in the same transaction).
// Actions not listed here notify nobody and cost no extra query.

export const WEBHOOK_EVENT_TYPES = [
  "model_version.registered",
  "approval.requested",
  "approval.decided",
  "alias.moved",
  "stage.changed",
  "deployment.recorded",
  "report.generated",
] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

/** Sent only by sendTestWebhook, to the one webhook being tested; not subscribable. */
export const TEST_EVENT_TYPE = "webhook.test";

const EVENT_BY_ACTION: Readonly<Record<string, WebhookEventType>> = {
  "modelVersion.register": "model_version.registered",
  "approvalRequest.create": "approval.requested",
  "approvalDecision.create": "approval.decided",
  "alias.create": "alias.moved",
  "alias.move": "alias.moved",
  "alias.rollback": "alias.moved",
  "modelVersion.stageChange": "stage.changed",
  "release.stageChange": "stage.changed",
  "deployment.record": "deployment.recorded",
  "report.generate": "report.generated",
};

/** The webhook event an audit action produces, or undefined when it produces none. */
export function webhookEventFor(action: string): WebhookEventType | undefined {
  return Object.hasOwn(EVENT_BY_ACTION, action) ? EVENT_BY_ACTION[action] : undefined;
}

/** The audit actions that produce each event type (for documentation and the API). */
export function actionsFor(type: WebhookEventType): string[] {
  return Object.entries(EVENT_BY_ACTION).filter(([, t]) => t === type).map(([a]) => a);
}
