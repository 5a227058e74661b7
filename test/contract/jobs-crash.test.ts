// Jobs survive their servers: a server killed with SIGKILL in the middle of a worker-thread job leaves it
// RUNNING under a lease nobody renews; once the lease expires another server claims it, runs it again
// and finishes it (the crash counts as an attempt). A server stopped cleanly (SIGTERM) gives its job
// back at once, attempt uncounted. Several servers on one database run each job once. Outputs go to a
// shared directory, so the suite's own server (which runs no jobs) serves what another server produced.
import assert from "node:assert/strict";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, test } from "node:test";
import { describeContract } from "../support/contract";
import { unique } from "../support/fixtures/ids";
import { download, enqueue, enqueueOne, ended, getJob, jobEnv, sha256, waitForJob } from "../support/jobs/jobs";
import { launchApi, type LaunchedApi } from "../support/server/launch";

const OUTPUT_DIR = mkdtempSync(path.join(tmpdir(), "canon-job-output-"));
after(() => rmSync(OUTPUT_DIR, { recursive: true, force: true }));

const LEASE_MS = 1_500;
/** The extra servers run jobs, with a short lease so that a dead server's job is taken over quickly. */
const RUNNER_ENV = jobEnv({ CANON_JOB_LEASE_MS: String(LEASE_MS), CANON_JOB_OUTPUT_DIR: OUTPUT_DIR });

describeContract(
  "jobs: crash, shutdown and several servers",
  (api) => {
    test("a job whose server is killed (SIGKILL) mid-run is finished by another server after its lease expires", async (t) => {
      const a = api();
      for (let i = 0; i < 2; i++)
        await a.ok(`mutation($i: CreateModelInput!) { createModel(input: $i) { id } }`, { i: { name: unique("crash"), kind: "CLASSIFIER" } });
      const id = await enqueueOne(a.databaseUrl, a.orgA.tokens.CONTRIBUTOR, "test.count-models", { steps: 40, stepMs: 100 });
      const servers: LaunchedApi[] = [];
      try {
        const first = await launchApi(a.databaseUrl, RUNNER_ENV);
        servers.push(first);
        const running = await waitForJob(a.ok, id, (j) => j.progressPercent >= 10 || ended(j), "the first server to be midway");
        assert.equal(running.status, "RUNNING");
        await first.kill("SIGKILL");
        const orphan = await getJob(a.ok, id);
        assert.equal(orphan.status, "RUNNING", "nobody finished it");
        assert.ok(orphan.progressPercent < 100);

        const second = await launchApi(a.databaseUrl, RUNNER_ENV);
        const ready = Date.now();
        servers.push(second);
        const done = await waitForJob(a.ok, id, ended, "the second server to finish it");
        assert.equal(done.status, "SUCCEEDED", JSON.stringify(done));
        t.diagnostic(`lease ${LEASE_MS} ms; the second server finished the 4 s job ${new Date(done.finishedAt!).getTime() - ready} ms after it was ready`);
        assert.equal(done.attempts, 2, "the crashed attempt counts");
        assert.equal(done.result.attempt, 2);
        assert.equal(done.result.pid, second.pid, "the second server ran it");
        assert.equal(done.result.models, 2);
        assert.match(done.error ?? "", /attempt 1: its runner stopped \(the lease expired\)/);
        assert.ok(new Date(done.finishedAt!).getTime() - new Date(orphan.leaseUntil!).getTime() > 0, "taken over only after the lease expired");

        // The output is a file in the shared directory, served by a server that did not produce it.
        assert.equal(readdirSync(path.join(OUTPUT_DIR, id)).length, 1);
        const file = await download(a.url, done.output!.downloadPath, a.orgA.tokens.CONTRIBUTOR);
        assert.equal(file.status, 200);
        assert.equal(sha256(file.bytes), done.output!.sha256);
        assert.equal(file.bytes.toString("utf8").split("\n").filter(Boolean).length, 3, "a header and two models");
        assert.ok(!/lease lost/.test(second.logs()), second.logs());
      } finally {
        for (const s of servers) await s.stop();
      }
    });

    test("a server stopped cleanly (SIGTERM) gives its running job back at once, without counting the attempt", async (t) => {
      const a = api();
      const id = await enqueueOne(a.databaseUrl, a.orgA.tokens.CONTRIBUTOR, "test.count-models", { steps: 40, stepMs: 100 });
      const servers: LaunchedApi[] = [];
      try {
        const first = await launchApi(a.databaseUrl, RUNNER_ENV);
        servers.push(first);
        await waitForJob(a.ok, id, (j) => j.progressPercent >= 10 || ended(j), "the first server to be midway");
        const stopping = Date.now();
        await first.stop("SIGTERM");
        const stopMs = Date.now() - stopping;
        const released = await getJob(a.ok, id);
        assert.equal(released.status, "QUEUED", JSON.stringify(released));
        assert.equal(released.attempts, 0, "an interrupted attempt is not counted");
        assert.equal(released.leaseUntil, null);
        assert.ok(stopMs < 10_000, `the server stopped in ${stopMs} ms`);
        t.diagnostic(`SIGTERM to exit with a worker-thread job running: ${stopMs} ms`);

        const second = await launchApi(a.databaseUrl, RUNNER_ENV);
        servers.push(second);
        const done = await waitForJob(a.ok, id, ended, "the second server to run it");
        assert.equal(done.status, "SUCCEEDED");
        assert.equal(done.attempts, 1);
        assert.equal(done.result.pid, second.pid);
      } finally {
        for (const s of servers) await s.stop();
      }
    });

    test("two servers on one database run each job once", async () => {
      const a = api();
      const res = await enqueue(a.databaseUrl, a.orgA.tokens.CONTRIBUTOR, "test.in-process", { n: "x" }, 12);
      const ids = res.ids!;
      assert.equal(ids.length, 12);
      const servers = await Promise.all([launchApi(a.databaseUrl, RUNNER_ENV), launchApi(a.databaseUrl, RUNNER_ENV)]);
      try {
        const jobs = await Promise.all(ids.map((id) => waitForJob(a.ok, id, ended, `job ${id}`)));
        for (const job of jobs) {
          assert.equal(job.status, "SUCCEEDED");
          assert.equal(job.attempts, 1, `job ${job.id} was claimed once`);
          assert.ok(servers.some((s) => s.pid === job.result.pid));
        }
        const logs = servers.map((s) => s.logs()).join("");
        assert.ok(!/lease lost/.test(logs), logs);
      } finally {
        for (const s of servers) await s.stop();
      }
    });
  },
  { env: jobEnv({ CANON_JOBS_ENABLED: "false", CANON_JOB_OUTPUT_DIR: OUTPUT_DIR }), ownServer: "it starts and kills servers that run jobs on its database" },
);
