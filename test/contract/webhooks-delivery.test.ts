// Webhook deliveries through a real local HTTP receiver that verifies every signature: the event
// reaches the receiver signed and with its payload, failures and timeouts are retried with backoff,
// FAILED after the maximum attempts, and the delivery log shows each outcome.
import assert from "node:assert/strict";
import { test } from "node:test";
import { describeContract } from "../support/contract";
import { createHook, deactivate, deliveries, registerVersion, SEND_TEST, waitForLog } from "../support/fixtures/webhooks";
import { Receiver } from "../support/fixtures/receiver";

const MAX_ATTEMPTS = 4;
const TIMEOUT_MS = 1_000;
const ENV = {
  CANON_WEBHOOK_POLL_MS: "100",
  CANON_WEBHOOK_BACKOFF_MS: "100",
  CANON_WEBHOOK_TIMEOUT_MS: String(TIMEOUT_MS),
  CANON_WEBHOOK_MAX_ATTEMPTS: String(MAX_ATTEMPTS),
};

describeContract(
  "webhooks: deliveries",
  (api) => {
    test("a registered version is delivered once, signed, with the audit event's payload; unsubscribed and inactive webhooks get nothing", async () => {
      const a = api();
      const receiver = await Receiver.start();
      const other = await Receiver.start();
      const paused = await Receiver.start();
      try {
        const hook = await createHook(a, receiver, ["model_version.registered", "alias.moved"]);
        const otherHook = await createHook(a, other, ["deployment.recorded"]);
        const pausedHook = await createHook(a, paused, ["model_version.registered"]);
        await deactivate(a, pausedHook.id);

        const { modelId, versionId } = await registerVersion(a);
        const [req] = await receiver.waitFor(() => receiver.forSubject(versionId).length > 0 && receiver.forSubject(versionId), "the registration");
        assert.equal(req!.verified, true, "the signature verifies with the webhook's secret");
        assert.match(req!.signature, /^t=\d{10},v1=[0-9a-f]{64}$/);
        assert.equal(req!.event, "model_version.registered");
        assert.match(req!.contentType, /^application\/json/);
        const p = req!.payload;
        assert.equal(p.type, "model_version.registered");
        assert.equal(p.id, req!.deliveryId, "the payload id is the Canon-Delivery header");
        assert.equal(p.organizationId, a.orgA.organizationId);
        assert.deepEqual(p.subject, { type: "ModelVersion", id: versionId });
        assert.equal(p.data.id, versionId);
        assert.equal(p.data.modelId, modelId);
        assert.equal(p.data.number, 1);
        const audit = (
          await a.ok(`query($s: String) { auditEvents(filter: { subjectId: $s, action: "modelVersion.register" }) { nodes { id seq createdAt } } }`, {
            s: versionId,
          })
        ).auditEvents.nodes[0];
        assert.equal(p.auditEventId, audit.id);
        assert.equal(p.auditSeq, audit.seq);
        assert.equal(new Date(p.occurredAt).toISOString(), new Date(audit.createdAt).toISOString());

        const log = await waitForLog(a, hook.id, (l) => l.find((d) => d.id === req!.deliveryId && d.status === "SUCCEEDED"), "SUCCEEDED in the log");
        assert.equal(log.attempts, 1);
        assert.equal(log.lastStatusCode, 200);
        assert.equal(log.lastError, null);
        assert.ok(log.deliveredAt);
        assert.deepEqual(log.payload, p);

        // alias.create maps to alias.moved, delivered to the same webhook.
        await a.ok(`mutation($i: SetAliasInput!) { setAlias(input: $i) { id } }`, { i: { modelId, name: "champion", versionId } });
        const moved = await receiver.waitFor(
          () => receiver.requests.find((r) => r.event === "alias.moved" && r.payload.data.versionId === versionId),
          "alias.moved",
        );
        assert.equal(moved.verified, true);
        assert.equal(moved.payload.subject.type, "Alias");

        // deployment.record maps to deployment.recorded: only the webhook subscribed to it is told.
        const { recordDeployment: dep } = await a.ok(`mutation($i: RecordDeploymentInput!) { recordDeployment(input: $i) { id } }`, {
          i: { modelVersionId: versionId, environment: "STAGING", target: "scoring-api" },
        });
        const deployed = await other.waitFor(() => other.forSubject(dep.id)[0], "deployment.recorded");
        assert.equal(deployed.event, "deployment.recorded");
        assert.equal(deployed.verified, true);
        assert.equal(deployed.payload.data.modelVersionId, versionId);

        await new Promise((r) => setTimeout(r, 500));
        assert.equal(receiver.forSubject(versionId).length, 1, "exactly one delivery of the registration");
        assert.equal(receiver.forSubject(dep.id).length, 0, "a webhook not subscribed to deployment.recorded is not told");
        assert.deepEqual(
          other.requests.map((r) => r.event),
          ["deployment.recorded"],
          "nothing but its subscribed event",
        );
        assert.equal(paused.requests.length, 0, "an inactive webhook gets nothing");
        assert.equal((await deliveries(a, otherHook.id)).length, 1);
        assert.equal((await deliveries(a, pausedHook.id)).length, 0, "no delivery row for an inactive webhook");
        await deactivate(a, hook.id);
        await deactivate(a, otherHook.id);
      } finally {
        await Promise.all([receiver.stop(), other.stop(), paused.stop()]);
      }
    });

    test("a receiver failing twice then succeeding sees three signed attempts, and the log shows them", async () => {
      const a = api();
      const receiver = await Receiver.start();
      try {
        const hook = await createHook(a, receiver);
        receiver.failNext(2);
        const { versionId } = await registerVersion(a);
        const done = await waitForLog(a, hook.id, (l) => l.find((d) => d.status !== "PENDING"), "the delivery to finish");
        assert.equal(done.status, "SUCCEEDED");
        assert.equal(done.attempts, 3);
        assert.equal(done.lastStatusCode, 200);
        assert.match(done.lastError ?? "", /^HTTP 500: receiver failing on purpose/, "the last failure is kept in the log");
        const seen = receiver.forSubject(versionId);
        assert.deepEqual(
          seen.map((r) => r.outcome),
          ["fail", "fail", "ok"],
        );
        assert.ok(
          seen.every((r) => r.verified && r.deliveryId === done.id),
          "each retry is the same delivery, freshly signed",
        );
        assert.equal(new Set(seen.map((r) => r.rawBody)).size, 1, "the body does not change between attempts");
        assert.ok(seen[1]!.at - seen[0]!.at >= 40 && seen[2]!.at - seen[1]!.at >= 80, `backoff grows: ${seen.map((r) => r.at - seen[0]!.at)}`);
        await deactivate(a, hook.id);
      } finally {
        await receiver.stop();
      }
    });

    test("a hanging receiver times out and the delivery is retried", async () => {
      const a = api();
      const receiver = await Receiver.start();
      try {
        const hook = await createHook(a, receiver);
        receiver.hangNext(1, TIMEOUT_MS * 3);
        const { versionId } = await registerVersion(a);
        const done = await waitForLog(a, hook.id, (l) => l.find((d) => d.status !== "PENDING"), "the delivery to finish");
        assert.equal(done.status, "SUCCEEDED");
        assert.equal(done.attempts, 2);
        assert.match(done.lastError ?? "", /timeout: no response within 1000 ms/);
        const seen = receiver.forSubject(versionId);
        assert.deepEqual(
          seen.map((r) => r.outcome),
          ["hang", "ok"],
        );
        assert.ok(seen[1]!.at - seen[0]!.at >= TIMEOUT_MS - 50, "the retry came after the timeout");
        await deactivate(a, hook.id);
      } finally {
        await receiver.stop();
      }
    });

    test(`a receiver that keeps failing gets ${MAX_ATTEMPTS} attempts and the delivery is FAILED`, async () => {
      const a = api();
      const receiver = await Receiver.start();
      try {
        const hook = await createHook(a, receiver);
        receiver.failAlways();
        const { versionId } = await registerVersion(a);
        const done = await waitForLog(a, hook.id, (l) => l.find((d) => d.status !== "PENDING"), "the delivery to give up");
        assert.equal(done.status, "FAILED");
        assert.equal(done.attempts, MAX_ATTEMPTS);
        assert.equal(done.lastStatusCode, 500);
        assert.equal(done.deliveredAt, null);
        await new Promise((r) => setTimeout(r, 800));
        assert.equal(receiver.forSubject(versionId).length, MAX_ATTEMPTS, "no attempt after FAILED");
        assert.ok(receiver.requests.every((r) => r.verified));
        const failed = (await a.ok(`query($id: ID!) { webhookDeliveries(webhookId: $id, status: FAILED) { totalCount } }`, { id: hook.id })).webhookDeliveries;
        assert.equal(failed.totalCount, 1);
        await deactivate(a, hook.id);
      } finally {
        await receiver.stop();
      }
    });

    test("sendTestWebhook reaches the receiver as a signed webhook.test event", async () => {
      const a = api();
      const receiver = await Receiver.start();
      try {
        const hook = await createHook(a, receiver, ["deployment.policy_violation"]);
        const sent = (await a.ok(SEND_TEST, { id: hook.id })).sendTestWebhook;
        const req = await receiver.waitFor(() => receiver.forDelivery(sent.id)[0], "the test event");
        assert.equal(req.verified, true);
        assert.equal(req.event, "webhook.test");
        assert.equal(req.payload.type, "webhook.test");
        assert.equal(req.payload.data.webhookId, hook.id);
        await waitForLog(a, hook.id, (l) => l.find((d) => d.id === sent.id && d.status === "SUCCEEDED"), "SUCCEEDED");

        // After rotation, deliveries are signed with the new secret only.
        const { rotateWebhookSecret } = await a.ok(`mutation($id: ID!) { rotateWebhookSecret(id: $id) { secret } }`, { id: hook.id });
        const old = receiver.secret;
        const again = (await a.ok(SEND_TEST, { id: hook.id })).sendTestWebhook;
        const refused = await receiver.waitFor(() => receiver.forDelivery(again.id)[0], "a delivery signed with the new secret");
        assert.equal(refused.verified, false, "the old secret no longer verifies");
        assert.notEqual(old, rotateWebhookSecret.secret);
        receiver.secret = rotateWebhookSecret.secret;
        const accepted = await receiver.waitFor(() => receiver.forDelivery(again.id).find((r) => r.verified), "the retry verified with the new secret");
        assert.equal(accepted.outcome, "ok");
        await deactivate(a, hook.id);
      } finally {
        await receiver.stop();
      }
    });

    test("deliveries are scoped by organisation: org B's events never reach org A's webhooks", async () => {
      const a = api();
      const receiverA = await Receiver.start();
      const receiverB = await Receiver.start();
      try {
        const hookA = await createHook(a, receiverA);
        const hookB = await createHook(a, receiverB, ["model_version.registered"], a.orgB.tokens.ADMIN);
        const { versionId: vB } = await registerVersion(a, a.orgB.tokens.CONTRIBUTOR);
        const got = await receiverB.waitFor(() => receiverB.forSubject(vB)[0], "org B's delivery");
        assert.equal(got.payload.organizationId, a.orgB.organizationId);
        assert.equal(got.verified, true);
        const { versionId: vA } = await registerVersion(a, a.orgA.tokens.CONTRIBUTOR);
        await receiverA.waitFor(() => receiverA.forSubject(vA)[0], "org A's delivery");
        await new Promise((r) => setTimeout(r, 300));
        assert.equal(receiverA.forSubject(vB).length, 0, "org A's webhook never sees org B's version");
        assert.equal(receiverB.forSubject(vA).length, 0, "org B's webhook never sees org A's version");
        assert.ok((await deliveries(a, hookA.id)).every((d) => d.payload.organizationId === a.orgA.organizationId));
        await deactivate(a, hookA.id);
        await deactivate(a, hookB.id, a.orgB.tokens.ADMIN);
      } finally {
        await Promise.all([receiverA.stop(), receiverB.stop()]);
      }
    });
  },
  { env: ENV },
);
