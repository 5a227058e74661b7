// Deliveries are rows written before sending, so they survive the server: a dispatcher killed while
// deliveries are pending (receiver down) leaves them PENDING, and a new server on the same database
// delivers them when the receiver comes back. Several servers on one database claim each attempt of a
// delivery once. The harness's own server runs with the dispatcher off; the extra servers here do the sending.
import assert from "node:assert/strict";
import { test } from "node:test";
import { describeContract } from "../support/contract";
import { createHook, deactivate, deliveries, registerVersion, waitForLog } from "../support/fixtures/webhooks";
import { Receiver } from "../support/fixtures/receiver";
import { freePort } from "../support/server/free-port";
import { launchApi as startServerProcess, type LaunchedApi as ServerProcess } from "../support/server/launch";

const DISPATCHER_ENV = {
  CANON_WEBHOOKS_ENABLED: "true",
  CANON_WEBHOOK_POLL_MS: "100",
  CANON_WEBHOOK_BACKOFF_MS: "200",
  CANON_WEBHOOK_TIMEOUT_MS: "1000",
  CANON_WEBHOOK_MAX_ATTEMPTS: "100",
};

describeContract(
  "webhooks: restart and several servers",
  (api) => {
    test("pending deliveries survive a killed server and arrive from a new server on the same database", async () => {
      const a = api();
      const receiver = new Receiver(await freePort()); // not listening yet: the receiver is down
      const servers: ServerProcess[] = [];
      try {
        const hook = await createHook(a, receiver);
        const first = await startServerProcess(a.databaseUrl, DISPATCHER_ENV);
        servers.push(first);
        const versions: string[] = [];
        for (let i = 0; i < 3; i++) versions.push((await registerVersion(a, a.orgA.tokens.ADMIN, (q, v, t) => first.ok(q, v, t))).versionId);
        await waitForLog(a, hook.id, (l) => l.length === 3 && l.every((d) => d.attempts >= 1), "a failed attempt of each delivery");

        await first.stop("SIGKILL");
        const pending = await deliveries(a, hook.id);
        assert.deepEqual(
          pending.map((d) => d.status),
          ["PENDING", "PENDING", "PENDING"],
        );
        assert.ok(
          pending.every((d) => /network error/.test(d.lastError ?? "") && d.lastStatusCode === null),
          JSON.stringify(pending.map((d) => d.lastError)),
        );

        await receiver.listen();
        await new Promise((r) => setTimeout(r, 700));
        assert.equal(receiver.requests.length, 0, "nothing is sent while no dispatcher runs");

        const second = await startServerProcess(a.databaseUrl, DISPATCHER_ENV);
        servers.push(second);
        await receiver.waitFor(() => versions.every((v) => receiver.forSubject(v).some((r) => r.outcome === "ok")), "all three deliveries after the restart");
        assert.ok(
          receiver.requests.every((r) => r.verified),
          "every delivery is correctly signed",
        );
        const log = await waitForLog(a, hook.id, (l) => l.every((d) => d.status === "SUCCEEDED") && l, "SUCCEEDED in the log");
        assert.deepEqual(new Set(log.map((d) => d.payload.subject.id)), new Set(versions));
        assert.ok(log.every((d) => d.attempts >= 2 && d.lastStatusCode === 200 && d.deliveredAt));
        await deactivate(a, hook.id);
      } finally {
        for (const s of servers) await s.stop();
        await receiver.stop();
      }
    });

    // What "claimed once" means here, and what it does not: every attempt is claimed by one server only,
    // and the server that claimed it is the one that records its outcome. Deliveries are still
    // at-least-once: an attempt that reached the receiver but whose answer came after the dispatcher's
    // timeout (a busy machine: the answer sat in a starved event loop) is recorded as a timeout and sent
    // again. So the receiver never sees more requests for a delivery than the log counts attempts, and a
    // delivery reaches it twice only when the log shows a timeout.
    test("two servers dispatching from one database claim each delivery once", async () => {
      const a = api();
      // Failing (not down) until both servers are dispatching: every attempt reaches the receiver and is counted.
      const receiver = await Receiver.start();
      receiver.failAlways();
      const servers: ServerProcess[] = [];
      try {
        const hook = await createHook(a, receiver);
        const versions: string[] = [];
        for (let i = 0; i < 24; i++) versions.push((await registerVersion(a)).versionId);
        servers.push(...(await Promise.all([startServerProcess(a.databaseUrl, DISPATCHER_ENV), startServerProcess(a.databaseUrl, DISPATCHER_ENV)])));
        await waitForLog(a, hook.id, (l) => l.length === 24 && l.every((d) => d.attempts >= 2), "two failed attempts of each delivery");
        // Both servers now poll the same retrying rows; each attempt must be claimed by one of them only.
        receiver.failAlways(false);
        const log = await waitForLog(a, hook.id, (l) => l.every((d) => d.status === "SUCCEEDED") && l, "SUCCEEDED in the log");
        assert.equal(log.length, 24);
        await new Promise((r) => setTimeout(r, 1_000)); // an attempt sent by a second claimant would arrive by now
        assert.deepEqual(new Set(log.map((d) => d.payload.subject.id)), new Set(versions));
        assert.ok(
          receiver.requests.every((r) => r.verified),
          "every request is correctly signed",
        );
        for (const d of log) {
          const seen = receiver.forDelivery(d.id);
          assert.ok(
            seen.length <= d.attempts,
            `delivery ${d.id}: the receiver saw ${seen.length} requests but the log counts ${d.attempts} attempts (an attempt was sent by two servers)`,
          );
          const delivered = seen.filter((r) => r.outcome === "ok").length;
          assert.ok(delivered >= 1, `delivery ${d.id} reached the receiver`);
          assert.ok(
            delivered === 1 || /^timeout/.test(d.lastError ?? ""),
            `delivery ${d.id} was answered ${delivered} times though no attempt timed out (last error: ${d.lastError})`,
          );
        }
        const logs = servers.map((s) => s.logs()).join("");
        assert.ok(!/lease lost/.test(logs), "no attempt was recorded by an instance that had not claimed it");
        await deactivate(a, hook.id);
      } finally {
        for (const s of servers) await s.stop();
        await receiver.stop();
      }
    });
  },
  { env: { CANON_WEBHOOKS_ENABLED: "false" }, ownServer: "its extra servers dispatch every pending delivery of the database" },
);
