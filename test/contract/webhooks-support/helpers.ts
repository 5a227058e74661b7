// GraphQL operations and small helpers shared by the webhook contract suites.
import { randomBytes } from "node:crypto";
import type { TestApi } from "../../support/api-server";
import type { Receiver } from "./receiver";

export const CREATE_WEBHOOK = `mutation($i: CreateWebhookInput!) { createWebhook(input: $i) { secret webhook { id url description events active createdById createdAt updatedAt } } }`;
export const UPDATE_WEBHOOK = `mutation($id: ID!, $i: UpdateWebhookInput!) { updateWebhook(id: $id, input: $i) { id url description events active } }`;
export const ROTATE_SECRET = `mutation($id: ID!, $s: String) { rotateWebhookSecret(id: $id, secret: $s) { secret webhook { id } } }`;
export const SEND_TEST = `mutation($id: ID!) { sendTestWebhook(id: $id) { id eventType status attempts payload } }`;
export const GET_WEBHOOK = `query($id: ID!) { webhook(id: $id) { id url description events active } }`;
export const LIST_WEBHOOKS = `query($active: Boolean) { webhooks(first: 100, active: $active) { totalCount nodes { id url events active } } }`;
export const DELIVERIES = `query($id: ID!, $status: DeliveryStatus) { webhookDeliveries(webhookId: $id, status: $status, first: 100) { totalCount
  nodes { id webhookId eventType status attempts lastStatusCode lastError deliveredAt nextAttemptAt createdAt payload } } }`;
export const AUDIT_COUNT = `{ verifyAuditChain { eventCount valid } }`;

export interface Delivery {
  id: string;
  webhookId: string;
  eventType: string;
  status: "PENDING" | "SUCCEEDED" | "FAILED";
  attempts: number;
  lastStatusCode: number | null;
  lastError: string | null;
  deliveredAt: string | null;
  nextAttemptAt: string;
  createdAt: string;
  payload: any;
}

export const digest = () => randomBytes(32).toString("hex");
export const unique = (prefix: string) => `${prefix}-${randomBytes(4).toString("hex")}`;

export async function auditCount(api: TestApi, token?: string): Promise<number> {
  return (await api.ok(AUDIT_COUNT, {}, token)).verifyAuditChain.eventCount;
}

/** Registers a webhook for `receiver` and hands the receiver its secret. */
export async function createHook(api: TestApi, receiver: Receiver, events = ["model_version.registered"], token?: string): Promise<{ id: string; secret: string }> {
  const { createWebhook } = await api.ok(CREATE_WEBHOOK, { i: { url: receiver.url, events, description: "test receiver" } }, token);
  receiver.secret = createWebhook.secret;
  return { id: createWebhook.webhook.id, secret: createWebhook.secret };
}

export async function deactivate(api: TestApi, id: string, token?: string): Promise<void> {
  await api.ok(UPDATE_WEBHOOK, { id, i: { active: false } }, token);
}

/** Creates a model and registers one version through the API; returns both ids. */
export async function registerVersion(api: TestApi, token?: string, gql = api.ok.bind(api)): Promise<{ modelId: string; versionId: string }> {
  const { createModel } = await gql(`mutation($i: CreateModelInput!) { createModel(input: $i) { id } }`, { i: { name: unique("hooked"), kind: "CLASSIFIER" } }, token);
  const { registerModelVersion } = await gql(
    `mutation($i: RegisterModelVersionInput!) { registerModelVersion(input: $i) { id } }`,
    { i: { modelId: createModel.id, artifactUri: `s3://models/${createModel.id}/1.onnx`, artifactDigest: digest() } },
    token,
  );
  return { modelId: createModel.id, versionId: registerModelVersion.id };
}

export async function deliveries(api: TestApi, webhookId: string, token?: string): Promise<Delivery[]> {
  return (await api.ok(DELIVERIES, { id: webhookId }, token)).webhookDeliveries.nodes;
}

/** Polls the delivery log until `check` returns something truthy. */
export async function waitForLog<T>(api: TestApi, webhookId: string, check: (log: Delivery[]) => T | undefined | false, what: string, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let log: Delivery[] = [];
  for (;;) {
    log = await deliveries(api, webhookId);
    const value = check(log);
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; log: ${JSON.stringify(log.map(({ payload: _p, ...d }) => d))}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
