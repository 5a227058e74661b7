// Background jobs through the API: a worker-thread job reads the registry on its own connection and
// reports progress that any client sees; its output downloads from GET /jobs/:id/output with the same
// bearer token; in-process jobs, retries with backoff and permanent failures; cancellation of queued and
// running jobs; who sees which jobs; and what is audited (requests and cancellations, not bookkeeping).
// The suite's server loads the test job kinds (test/support/jobs/test-job-kinds.ts) and runs the jobs.
import assert from "node:assert/strict";
import { test } from "node:test";
import { codes, describeContract } from "../support/contract";
import { unique } from "../support/fixtures/ids";
import { openOwnerSql } from "../support/fixtures/owner-sql";
import { padding } from "../support/jobs/padding";
import { CANCEL_JOB, download, enqueue, enqueueOne, ended, getJob, jobEnv, LIST_JOBS, sha256, waitForJob, type JobRow } from "../support/jobs/jobs";

const JOB_HEAP_MB = 160;
const EVENTS = `query($s: String) { auditEvents(filter: { subjectId: $s }) { nodes { action subjectType actorUserId } } }`;

describeContract(
  "jobs",
  (api) => {
    test("a worker-thread job reads the registry on its own connection, reports progress, and its output downloads with the bearer token", async () => {
      const a = api();
      const names = [unique("zeta"), unique("alpha"), unique("mid")];
      for (const name of names) await a.ok(`mutation($i: CreateModelInput!) { createModel(input: $i) { id } }`, { i: { name, kind: "CLASSIFIER" } });
      const id = await enqueueOne(a.databaseUrl, a.orgA.tokens.CONTRIBUTOR, "test.count-models", { steps: 6, stepMs: 150 });

      const seen: JobRow[] = [];
      const job = await waitForJob(a.ok, id, ended, "the job to end", { seen });
      assert.equal(job.status, "SUCCEEDED", JSON.stringify(job));
      assert.equal(job.kind, "test.count-models");
      assert.deepEqual(job.input, { steps: 6, stepMs: 150, busyMs: 0, padBytes: 0 }, "the input as the kind's schema parsed it");
      assert.equal(job.result.models, 3, "the worker read the organisation's models (and only them)");
      assert.equal(job.result.mainThread, false, "it ran in a worker thread");
      assert.equal(job.attempts, 1);
      assert.equal(job.progressPercent, 100);
      assert.equal(job.requestedById, a.orgA.userIds.CONTRIBUTOR);
      assert.ok(job.startedAt && job.finishedAt && job.leaseUntil === null);
      const midway = seen.filter((j) => j.status === "RUNNING" && j.progressPercent > 0 && j.progressPercent < 100);
      assert.ok(midway.length > 0, `progress was visible while it ran: ${JSON.stringify(seen.map((j) => [j.status, j.progressPercent]))}`);
      assert.match(midway[0]!.progressPhase ?? "", /^step \d of 6$/);
      const percents = seen.map((j) => j.progressPercent);
      assert.deepEqual(
        percents,
        [...percents].sort((x, y) => x - y),
        "progress only grows",
      );

      const out = job.output!;
      assert.equal(out.fileName, "models.csv");
      assert.equal(out.contentType, "text/csv");
      assert.equal(out.downloadPath, `/jobs/${id}/output`);
      const file = await download(a.url, out.downloadPath, a.orgA.tokens.CONTRIBUTOR);
      assert.equal(file.status, 200);
      assert.equal(file.bytes.toString("utf8"), ["name", ...[...names].sort()].join("\n") + "\n");
      assert.equal(file.bytes.length, out.byteSize);
      assert.equal(sha256(file.bytes), out.sha256);
      assert.equal(file.headers.get("content-type"), "text/csv");
      assert.match(file.headers.get("content-disposition") ?? "", /^attachment; filename="models\.csv"/);
      assert.equal((await download(a.url, out.downloadPath, null)).status, 401, "no token, no file");
      assert.equal((await download(a.url, out.downloadPath, "cnn_not-a-token")).status, 401);
      assert.equal((await download(a.url, out.downloadPath, a.orgB.tokens.ADMIN)).status, 404, "another organisation's job is not found");
      assert.equal((await download(a.url, out.downloadPath, a.orgA.tokens.VIEWER)).status, 404, "nor is a job of a kind the caller may not request");
      assert.equal((await download(a.url, "/jobs/nope/output", a.orgA.tokens.ADMIN)).status, 404);

      // Requesting is audited; the runner's claim, progress and outcome are bookkeeping.
      const events = (await a.ok(EVENTS, { s: id })).auditEvents.nodes;
      assert.deepEqual(
        events.map((e: { action: string }) => e.action),
        ["job.request"],
      );
      assert.equal(events[0].subjectType, "Job");
      assert.equal(events[0].actorUserId, a.orgA.userIds.CONTRIBUTOR);
    });

    test("a job that outgrows its heap limit fails at once with the limit named, and the API and the runner carry on", async () => {
      const a = api();
      const id = await enqueueOne(a.databaseUrl, a.orgA.tokens.CONTRIBUTOR, "test.hog", {});
      const job = await waitForJob(a.ok, id, ended, "the job to end");
      assert.equal(job.status, "FAILED", JSON.stringify(job));
      assert.equal(job.attempts, 1, "not retried: it would need as much memory again");
      assert.match(job.error ?? "", new RegExp(`ran out of memory: its heap is limited to ${JOB_HEAP_MB} MB \\(CANON_JOB_HEAP_MB\\)`));
      assert.ok((await a.ok(`{ members(first: 1) { nodes { id } } }`)).members, "the API still answers");
      const next = await enqueueOne(a.databaseUrl, a.orgA.tokens.CONTRIBUTOR, "test.count-models", { steps: 1, stepMs: 0 });
      assert.equal((await waitForJob(a.ok, next, ended, "the next job to end")).status, "SUCCEEDED");
    });

    test("a large output is stored in pieces of 256 KiB, one statement each, and downloads whole and in order", async () => {
      const a = api();
      const padBytes = 700_000;
      const id = await enqueueOne(a.databaseUrl, a.orgA.tokens.CONTRIBUTOR, "test.count-models", { steps: 1, stepMs: 0, padBytes });
      const job = await waitForJob(a.ok, id, ended, "the job to end");
      assert.equal(job.status, "SUCCEEDED", JSON.stringify(job));
      const file = await download(a.url, job.output!.downloadPath, a.orgA.tokens.CONTRIBUTOR);
      assert.equal(file.status, 200);
      assert.ok(file.bytes.toString("utf8").endsWith(padding(padBytes)), "the pieces come back in order");
      assert.equal(file.bytes.length, job.output!.byteSize);
      assert.equal(sha256(file.bytes), job.output!.sha256);
      const db = await openOwnerSql(a.kind, a.databaseUrl);
      try {
        const pieces = await db.all<{ index: number; size: number }>(
          `SELECT "index", LENGTH("bytes") AS "size" FROM "JobOutputChunk" WHERE "jobId" = ? ORDER BY "index"`,
          [id],
        );
        assert.deepEqual(
          pieces.map((p) => [Number(p.index), Number(p.size)]),
          [
            [0, 262_144],
            [1, 262_144],
            [2, file.bytes.length - 2 * 262_144],
          ],
        );
        const [row] = await db.all<{ bytes: unknown }>(`SELECT "bytes" FROM "JobOutput" WHERE "jobId" = ?`, [id]);
        assert.equal(row!.bytes, null, "the row names the pieces and holds no copy");
      } finally {
        await db.close();
      }
    });

    test("the API keeps answering while a worker-thread job keeps a CPU busy", async (t) => {
      const a = api();
      const id = await enqueueOne(a.databaseUrl, a.orgA.tokens.ADMIN, "test.count-models", { steps: 3, stepMs: 0, busyMs: 1_500 });
      await waitForJob(a.ok, id, (j) => j.status === "RUNNING" || ended(j), "the job to start");
      const latencies: number[] = [];
      while (!ended(await getJob(a.ok, id))) {
        const started = performance.now();
        const res = await fetch(`${a.url}/healthz`);
        latencies.push(performance.now() - started);
        assert.equal(res.status, 200);
        await new Promise((r) => setTimeout(r, 50));
      }
      assert.equal((await getJob(a.ok, id)).status, "SUCCEEDED");
      assert.ok(latencies.length >= 5, `sampled while it ran: ${latencies.length}`);
      // In the API's own thread each step would hold the event loop for 1.5 s.
      const worst = Math.max(...latencies);
      const sorted = [...latencies].sort((x, y) => x - y);
      t.diagnostic(
        `/healthz while the job ran: ${latencies.length} samples, median ${Math.round(sorted[sorted.length >> 1]!)} ms, worst ${Math.round(worst)} ms`,
      );
      assert.ok(worst < 1_000, `the slowest /healthz answer took ${Math.round(worst)} ms (samples: ${latencies.length})`);
    });

    test("in-process jobs run in the API process; a failed attempt is retried with backoff; a permanent failure fails at once", async () => {
      const a = api();
      const [inline, flaky, permanent] = await Promise.all([
        enqueueOne(a.databaseUrl, a.orgA.tokens.CONTRIBUTOR, "test.in-process", { say: "hello" }),
        enqueueOne(a.databaseUrl, a.orgA.tokens.CONTRIBUTOR, "test.flaky"),
        enqueueOne(a.databaseUrl, a.orgA.tokens.CONTRIBUTOR, "test.permanent"),
      ]);
      const i = await waitForJob(a.ok, inline, ended, "the in-process job");
      assert.equal(i.status, "SUCCEEDED");
      assert.deepEqual(i.result.input, { say: "hello" });
      assert.equal(i.result.mainThread, true);
      assert.equal(i.output, null);

      const f = await waitForJob(a.ok, flaky, ended, "the flaky job");
      assert.equal(f.status, "SUCCEEDED");
      assert.equal(f.attempts, 2);
      assert.equal(f.maxAttempts, 3, "the kind's maximum");
      assert.deepEqual(f.result, { attempt: 2 });
      assert.match(f.error ?? "", /failing the first attempt on purpose/, "the failed attempt's error is kept");
      assert.ok(new Date(f.runAfter).getTime() > new Date(f.startedAt!).getTime(), "the retry waited for its backoff");

      const p = await waitForJob(a.ok, permanent, ended, "the permanent failure");
      assert.equal(p.status, "FAILED");
      assert.equal(p.attempts, 1, "not retried");
      assert.equal(p.maxAttempts, 5);
      assert.match(p.error ?? "", /this job can never work/);
      assert.equal(p.result, null);
      assert.ok(p.finishedAt);
    });

    test("cancelling: a running job stops at its next progress report, a queued one ends at once; both audited", async () => {
      const a = api();
      const running = await enqueueOne(a.databaseUrl, a.orgA.tokens.CONTRIBUTOR, "test.count-models", { steps: 300, stepMs: 100 });
      await waitForJob(a.ok, running, (j) => j.progressPercent > 0, "the job to make progress");

      // Only the requester (or an admin) may cancel.
      const other = await a.gql(CANCEL_JOB, { id: running }, a.orgA.tokens.APPROVER);
      assert.deepEqual(codes(other), ["FORBIDDEN"]);
      const requested = (await a.ok(CANCEL_JOB, { id: running }, a.orgA.tokens.CONTRIBUTOR)).cancelJob;
      assert.ok(requested.cancelRequestedAt);
      assert.equal(requested.cancelRequestedById, a.orgA.userIds.CONTRIBUTOR);
      // Asking again changes nothing (or, if the runner was quicker, the job has already ended).
      const again = await a.gql(CANCEL_JOB, { id: running }, a.orgA.tokens.CONTRIBUTOR);
      if (again.errors) assert.deepEqual(codes(again), ["CONFLICT"]);
      else assert.equal(again.data.cancelJob.cancelRequestedAt, requested.cancelRequestedAt);
      const cancelled = await waitForJob(a.ok, running, ended, "the cancellation");
      assert.equal(cancelled.status, "CANCELLED");
      assert.ok(cancelled.progressPercent < 100, "it stopped early");
      assert.equal(cancelled.output, null);
      const after = (await getJob(a.ok, running)).progressPercent;
      await new Promise((r) => setTimeout(r, 400));
      assert.equal((await getJob(a.ok, running)).progressPercent, after, "no progress after it ended");
      assert.deepEqual(codes(await a.gql(CANCEL_JOB, { id: running }, a.orgA.tokens.CONTRIBUTOR)), ["CONFLICT"], "an ended job cannot be cancelled");
      const events = (await a.ok(EVENTS, { s: running })).auditEvents.nodes.map((e: { action: string }) => e.action);
      assert.deepEqual(events, ["job.cancel", "job.request"], "one event per person's action, newest first");

      // A kind no server runs: the job stays QUEUED (and, unknown to the API, only admins see it).
      const queued = await enqueueOne(a.databaseUrl, a.orgA.tokens.ADMIN, "test.unclaimed");
      assert.equal((await getJob(a.ok, queued)).status, "QUEUED");
      assert.deepEqual(codes(await a.gql(`query($id: ID!) { job(id: $id) { id } }`, { id: queued }, a.orgA.tokens.CONTRIBUTOR)), ["NOT_FOUND"]);
      const now = (await a.ok(CANCEL_JOB, { id: queued })).cancelJob;
      assert.equal(now.status, "CANCELLED", "a queued job is cancelled at once");
      assert.ok(now.finishedAt && now.cancelRequestedAt);
      assert.equal(now.attempts, 0);
    });

    test("who may request and see a job: the kind's permission, within the organisation", async () => {
      const a = api();
      // test.count-models needs WRITE: a viewer may not request it, nor see others' jobs of it.
      assert.equal((await enqueue(a.databaseUrl, a.orgA.tokens.VIEWER, "test.count-models", { steps: 1, stepMs: 0 })).error?.code, "FORBIDDEN");
      assert.equal((await enqueue(a.databaseUrl, a.orgA.tokens.CONTRIBUTOR, "test.count-models", { steps: 0, stepMs: 0 })).error?.code, "VALIDATION");
      assert.equal((await enqueue(a.databaseUrl, a.orgA.tokens.CONTRIBUTOR, "test.nope")).error?.code, "VALIDATION");

      // test.audit-export needs AUDIT_READ: an auditor may request it; a contributor sees nothing of it.
      const id = await enqueueOne(a.databaseUrl, a.orgA.tokens.AUDITOR, "test.audit-export");
      const job = await waitForJob(a.ok, id, ended, "the export", { token: a.orgA.tokens.AUDITOR });
      assert.equal(job.status, "SUCCEEDED");
      const file = await download(a.url, job.output!.downloadPath, a.orgA.tokens.AUDITOR);
      assert.equal(file.bytes.toString("utf8"), `trail of ${a.orgA.organizationId}\n`);
      assert.match(file.headers.get("content-disposition") ?? "", /filename\*=UTF-8''trail%20%C3%BC\.txt$/);
      assert.deepEqual(codes(await a.gql(`query($id: ID!) { job(id: $id) { id } }`, { id }, a.orgA.tokens.CONTRIBUTOR)), ["NOT_FOUND"]);
      assert.equal((await download(a.url, job.output!.downloadPath, a.orgA.tokens.CONTRIBUTOR)).status, 404);
      const listed = (token: string) => a.ok(LIST_JOBS, {}, token).then((d) => d.jobs.nodes.map((n: { id: string }) => n.id));
      assert.ok((await listed(a.orgA.tokens.AUDITOR)).includes(id));
      assert.ok(!(await listed(a.orgA.tokens.CONTRIBUTOR)).includes(id));
      assert.ok((await listed(a.orgA.tokens.ADMIN)).includes(id));
      assert.deepEqual(await listed(a.orgB.tokens.ADMIN), [], "organisation B sees none of A's jobs");
      assert.deepEqual(codes(await a.gql(`query($id: ID!) { job(id: $id) { id } }`, { id }, a.orgB.tokens.ADMIN)), ["NOT_FOUND"]);
      const succeeded = (await a.ok(`{ jobs(status: SUCCEEDED, kind: "test.audit-export") { totalCount } }`, {}, a.orgA.tokens.AUDITOR)).jobs;
      assert.equal(succeeded.totalCount, 1);
    });
  },
  { env: jobEnv({ CANON_JOB_HEAP_MB: String(JOB_HEAP_MB) }), ownServer: "its server loads the test job kinds and runs their jobs" },
);
