// Webhook management: ADMIN only, validated before anything is written, audited once per mutation,
// the secret returned only at creation and rotation, and nothing visible across organisations.
import assert from "node:assert/strict";
import { test } from "node:test";
import { codes, describeContract } from "../support/contract";
import { AUDIT_COUNT, auditCount } from "../support/fixtures/audit";
import { CREATE_WEBHOOK, DELIVERIES, GET_WEBHOOK, LIST_WEBHOOKS, ROTATE_SECRET, SEND_TEST, UPDATE_WEBHOOK } from "../support/fixtures/webhooks";

const URL_A = "https://hooks.example.com/canon";
// The dispatcher is off here: these tests look at management only (deliveries stay PENDING).
const ENV = { CANON_WEBHOOKS_ENABLED: "false" };

describeContract(
  "webhooks: management",
  (api) => {
    test("create returns the secret once; read, list, update and rotate; every mutation is audited exactly once", async () => {
      const a = api();
      const types = (await a.ok(`{ webhookEventTypes }`)).webhookEventTypes;
      assert.deepEqual(types, [
        "model_version.registered",
        "approval.requested",
        "approval.decided",
        "alias.moved",
        "stage.changed",
        "deployment.recorded",
        "deployment.policy_violation",
      ]);

      let count = await auditCount(a);
      const { createWebhook: created } = await a.ok(CREATE_WEBHOOK, {
        i: { url: URL_A, description: "Ops bus", events: ["model_version.registered", "alias.moved", "alias.moved"] },
      });
      assert.equal(await auditCount(a), ++count, "create is audited once");
      assert.match(created.secret, /^whsec_[A-Za-z0-9_-]{43}$/, "a generated secret of 32 random bytes");
      assert.equal(created.webhook.url, URL_A);
      assert.deepEqual(created.webhook.events, ["model_version.registered", "alias.moved"], "duplicates dropped");
      assert.equal(created.webhook.active, true);
      assert.ok(created.webhook.createdById, "the creating actor is recorded");
      const id = created.webhook.id;

      const got = (await a.ok(GET_WEBHOOK, { id })).webhook;
      assert.deepEqual(got, { id, url: URL_A, description: "Ops bus", events: ["model_version.registered", "alias.moved"], active: true });
      const secretField = await a.gql(`query($id: ID!) { webhook(id: $id) { secret } }`, { id });
      assert.deepEqual(codes(secretField), ["GRAPHQL_VALIDATION_FAILED"], "the secret is not a field of Webhook");

      const given = "s".repeat(16) + "0123456789abcdef";
      const { createWebhook: second } = await a.ok(CREATE_WEBHOOK, { i: { url: "http://10.0.0.5:8080/in", events: ["deployment.recorded"], secret: given } });
      assert.equal(second.secret, given, "a caller-chosen secret is kept");
      count += 1;

      const updated = (await a.ok(UPDATE_WEBHOOK, { id, i: { events: ["stage.changed"], description: null } })).updateWebhook;
      assert.deepEqual(updated, { id, url: URL_A, description: null, events: ["stage.changed"], active: true });
      assert.equal(await auditCount(a), ++count, "update is audited once");

      const rotated = (await a.ok(ROTATE_SECRET, { id })).rotateWebhookSecret;
      assert.notEqual(rotated.secret, created.secret);
      assert.match(rotated.secret, /^whsec_/);
      assert.equal(await auditCount(a), ++count, "rotation is audited once");

      const paused = (await a.ok(UPDATE_WEBHOOK, { id, i: { active: false } })).updateWebhook;
      assert.equal(paused.active, false);
      assert.equal(await auditCount(a), ++count);

      const all = (await a.ok(LIST_WEBHOOKS, {})).webhooks;
      assert.ok(all.nodes.some((w: any) => w.id === id) && all.nodes.some((w: any) => w.id === second.webhook.id));
      const active = (await a.ok(LIST_WEBHOOKS, { active: true })).webhooks.nodes.map((w: any) => w.id);
      assert.ok(active.includes(second.webhook.id) && !active.includes(id), "the active filter applies");

      const trail = await a.ok(`query($s: String) { auditEvents(filter: { subjectId: $s }) { nodes { action actorId before after } } }`, { s: id });
      const actions = trail.auditEvents.nodes.map((n: any) => n.action).reverse();
      assert.deepEqual(actions, ["webhook.create", "webhook.update", "webhook.rotateSecret", "webhook.update"]);
      const text = JSON.stringify(trail);
      assert.ok(!text.includes(created.secret) && !text.includes(rotated.secret), "no secret in the audit trail");
      assert.equal((await a.ok(AUDIT_COUNT)).verifyAuditChain.valid, true);
    });

    test("sendTestWebhook enqueues one webhook.test delivery and is audited; an inactive webhook is refused", async () => {
      const a = api();
      const { createWebhook: c } = await a.ok(CREATE_WEBHOOK, { i: { url: URL_A, events: ["deployment.policy_violation"] } });
      const before = await auditCount(a);
      const sent = (await a.ok(SEND_TEST, { id: c.webhook.id })).sendTestWebhook;
      assert.equal(sent.eventType, "webhook.test");
      assert.equal(sent.status, "PENDING");
      assert.equal(sent.attempts, 0);
      assert.equal(sent.payload.id, sent.id);
      assert.equal(sent.payload.type, "webhook.test");
      assert.deepEqual(sent.payload.subject, { type: "Webhook", id: c.webhook.id });
      assert.equal(await auditCount(a), before + 1);
      const log = (await a.ok(DELIVERIES, { id: c.webhook.id })).webhookDeliveries;
      assert.deepEqual(
        log.nodes.map((d: any) => d.id),
        [sent.id],
      );
      const event = (
        await a.ok(`query($s: String) { auditEvents(filter: { subjectId: $s, action: "webhook.test" }) { nodes { id seq } } }`, { s: c.webhook.id })
      ).auditEvents.nodes[0];
      assert.equal(sent.payload.auditEventId, event.id);
      assert.equal(sent.payload.auditSeq, event.seq);

      await a.ok(UPDATE_WEBHOOK, { id: c.webhook.id, i: { active: false } });
      const cancelled = (await a.ok(DELIVERIES, { id: c.webhook.id })).webhookDeliveries.nodes[0];
      assert.equal(cancelled.status, "FAILED", "deactivation cancels pending deliveries");
      assert.match(cancelled.lastError, /deactivated/);
      const n = await auditCount(a);
      const refused = await a.gql(SEND_TEST, { id: c.webhook.id });
      assert.deepEqual(codes(refused), ["CONFLICT"]);
      assert.equal(await auditCount(a), n);
      assert.equal((await a.ok(DELIVERIES, { id: c.webhook.id })).webhookDeliveries.totalCount, 1);
    });

    test("bad input is refused with the field named, and writes nothing", async () => {
      const a = api();
      const { createWebhook: c } = await a.ok(CREATE_WEBHOOK, { i: { url: URL_A, events: ["alias.moved"] } });
      const snapshot = async () => [await auditCount(a), (await a.ok(LIST_WEBHOOKS, {})).webhooks.totalCount];
      const before = await snapshot();
      const cases: [Record<string, unknown>, string][] = [
        [{ url: "ftp://files.example.com/x", events: ["alias.moved"] }, "url"],
        [{ url: "not a url", events: ["alias.moved"] }, "url"],
        [{ url: "", events: ["alias.moved"] }, "url"],
        [{ url: "https://user:pw@hooks.example.com/x", events: ["alias.moved"] }, "url"],
        [{ url: URL_A, events: ["model.deleted"] }, "events"],
        [{ url: URL_A, events: ["webhook.test"] }, "events"],
        [{ url: URL_A, events: [] }, "events"],
        [{ url: URL_A, events: ["alias.moved"], secret: "too-short" }, "secret"],
        [{ url: URL_A, events: ["alias.moved"], secret: "has spaces".padEnd(40, "x") }, "secret"],
        [{ url: URL_A, events: ["alias.moved"], description: "d".repeat(2001) }, "description"],
      ];
      for (const [input, field] of cases) {
        const res = await a.gql(CREATE_WEBHOOK, { i: input });
        assert.deepEqual(codes(res), ["VALIDATION"], JSON.stringify(input));
        assert.equal(res.errors![0]!.extensions!.field, field, JSON.stringify(input));
      }
      for (const [input, field] of [
        [{ url: "mailto:x@example.com" }, "url"],
        [{ events: ["nope"] }, "events"],
        [{ events: [] }, "events"],
        [{ url: null }, "url"],
      ] as const) {
        const res = await a.gql(UPDATE_WEBHOOK, { id: c.webhook.id, i: input });
        assert.equal(res.errors?.[0]?.extensions?.field, field, JSON.stringify(input));
      }
      const short = await a.gql(ROTATE_SECRET, { id: c.webhook.id, s: "short" });
      assert.equal(short.errors?.[0]?.extensions?.field, "secret");
      const unknown = await a.gql(UPDATE_WEBHOOK, { id: "does-not-exist", i: { active: false } });
      assert.deepEqual(codes(unknown), ["NOT_FOUND"]);
      assert.deepEqual(await snapshot(), before);
      assert.deepEqual((await a.ok(GET_WEBHOOK, { id: c.webhook.id })).webhook.events, ["alias.moved"]);
    });

    test("only admins manage webhooks: every other role is FORBIDDEN and nothing is written", async () => {
      const a = api();
      const { createWebhook: c } = await a.ok(CREATE_WEBHOOK, { i: { url: URL_A, events: ["alias.moved"] } });
      const id = c.webhook.id;
      const before = await auditCount(a);
      const operations: [string, Record<string, unknown>][] = [
        [CREATE_WEBHOOK, { i: { url: URL_A, events: ["alias.moved"] } }],
        [UPDATE_WEBHOOK, { id, i: { active: false } }],
        [ROTATE_SECRET, { id }],
        [SEND_TEST, { id }],
        [GET_WEBHOOK, { id }],
        [LIST_WEBHOOKS, {}],
        [DELIVERIES, { id }],
        [`{ webhookEventTypes }`, {}],
      ];
      for (const role of ["VIEWER", "CONTRIBUTOR", "APPROVER", "AUDITOR"] as const) {
        for (const [op, vars] of operations) {
          const res = await a.gql(op, vars, a.orgA.tokens[role]);
          assert.deepEqual(codes(res), ["FORBIDDEN"], `${role}: ${op.slice(0, 40)}`);
        }
      }
      assert.equal(await auditCount(a), before);
      assert.equal((await a.ok(GET_WEBHOOK, { id })).webhook.active, true);
      assert.equal((await a.ok(DELIVERIES, { id })).webhookDeliveries.totalCount, 0);
    });

    test("organisations are isolated: org B cannot see or change org A's webhooks or their deliveries", async () => {
      const a = api();
      const { createWebhook: c } = await a.ok(CREATE_WEBHOOK, { i: { url: URL_A, events: ["alias.moved"] } });
      await a.ok(SEND_TEST, { id: c.webhook.id });
      const id = c.webhook.id;
      const b = a.orgB.tokens.ADMIN;
      const beforeA = await auditCount(a);
      const beforeB = await auditCount(a, b);
      for (const [op, vars] of [
        [GET_WEBHOOK, { id }],
        [UPDATE_WEBHOOK, { id, i: { active: false } }],
        [ROTATE_SECRET, { id }],
        [SEND_TEST, { id }],
        [DELIVERIES, { id }],
      ] as const) {
        const res = await a.gql(op, vars, b);
        assert.deepEqual(codes(res), ["NOT_FOUND"], op.slice(0, 40));
      }
      const listB = (await a.ok(LIST_WEBHOOKS, {}, b)).webhooks;
      assert.ok(!listB.nodes.some((w: any) => w.id === id));
      assert.equal(await auditCount(a), beforeA);
      assert.equal(await auditCount(a, b), beforeB);
      const still = (await a.ok(GET_WEBHOOK, { id })).webhook;
      assert.equal(still.active, true);
      assert.equal((await a.ok(DELIVERIES, { id })).webhookDeliveries.totalCount, 1);
    });
  },
  { env: ENV },
);
