export { retryDelayMs } from "./backoff";
export { createWebhook, createWebhookInput, type CreateWebhookInput } from "./create-webhook";
export { startWebhookDispatcher, type DispatcherOptions, type WebhookDispatcher } from "./dispatcher";
export { enqueueWebhookDeliveries, type WebhookPayload } from "./enqueue-deliveries";
export { actionsFor, TEST_EVENT_TYPE, WEBHOOK_EVENT_TYPES, webhookEventFor, type WebhookEventType } from "./event-types";
export { getWebhook } from "./get-webhook";
export { listWebhookDeliveries } from "./list-webhook-deliveries";
export { listWebhookEventTypes } from "./list-webhook-event-types";
export { listWebhooks } from "./list-webhooks";
export { rotateWebhookSecret } from "./rotate-webhook-secret";
export { sendTestWebhook } from "./send-test-webhook";
export {
  DEFAULT_SIGNATURE_TOLERANCE_SECONDS, DELIVERY_HEADER, EVENT_HEADER, SIGNATURE_HEADER, signWebhookBody, verifyWebhookSignature,
} from "./signature";
export { updateWebhook } from "./update-webhook";
export { webhookFieldsInput, type WebhookFieldsInput } from "./webhook-fields";
