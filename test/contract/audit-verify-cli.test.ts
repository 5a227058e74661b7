// `npm run audit:verify` run as a child process on the suite's database: every organisation's chain,
// the exit code, and the first broken event once one chain has been tampered with.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { runCommand as run, runScriptCli } from "../support/cli";
import { describeContract } from "../support/contract";
import { dropAuditTriggers, openOwnerSql, type OwnerSql } from "../support/fixtures/owner-sql";

const cli = (databaseUrl: string, ...args: string[]) => runScriptCli("verify-audit.ts", databaseUrl, ...args);
const line = (out: string, slug: string) => out.split("\n").find((l) => l.trim().startsWith(`${slug} `)) ?? "";

describeContract(
  "audit:verify command",
  (api) => {
    let db: OwnerSql;
    before(async () => {
      db = await openOwnerSql(api().kind, api().databaseUrl);
    });
    after(async () => db?.close());

    test("intact chains: every organisation listed with its event count, exit code 0", async () => {
      const a = api();
      await a.ok(`mutation { createAISystem(input: { reference: "cli-check", name: "CLI check" }) { id } }`);
      const countA = (await a.ok(`{ verifyAuditChain { eventCount } }`)).verifyAuditChain.eventCount;
      const countB = (await a.ok(`{ verifyAuditChain { eventCount } }`, {}, a.orgB.tokens.ADMIN)).verifyAuditChain.eventCount;
      const res = await run("npm", ["run", "-s", "audit:verify"], a.databaseUrl);
      assert.equal(res.code, 0, res.stdout + res.stderr);
      assert.match(line(res.stdout, "org-a"), new RegExp(`\\b${countA} events\\s+valid$`));
      assert.match(line(res.stdout, "org-b"), new RegExp(`\\b${countB} events\\s+valid$`));
      assert.match(res.stdout, /All chains intact/);

      const one = await cli(a.databaseUrl, "--org", "org-b", "--json");
      assert.equal(one.code, 0);
      const parsed = JSON.parse(one.stdout);
      assert.deepEqual(
        parsed.map((r: any) => [r.slug, r.valid, r.eventCount, r.organizationId]),
        [["org-b", true, countB, a.orgB.organizationId]],
      );
    });

    test("a tampered chain: exit code 1, the broken organisation's first broken seq and reason; others still valid", async () => {
      const a = api();
      await dropAuditTriggers(db);
      const rows = await db.all<{ id: string; seq: number }>(`SELECT id, seq FROM "AuditEvent" WHERE "organizationId" = ? AND seq = 2`, [
        a.orgB.organizationId,
      ]);
      assert.equal(rows.length, 1);
      assert.equal(await db.run(`UPDATE "AuditEvent" SET action = 'member.remove' WHERE id = ?`, [rows[0]!.id]), 1);

      const res = await cli(a.databaseUrl);
      assert.equal(res.code, 1, res.stdout + res.stderr);
      assert.match(
        line(res.stdout, "org-b"),
        new RegExp(`BROKEN at seq 2 \\(event ${rows[0]!.id}\\): event content does not match its hash; 1 verify before it`),
      );
      assert.match(line(res.stdout, "org-a"), /valid$/);
      assert.match(res.stdout, /1 broken chain\(s\)/);

      const onlyA = await cli(a.databaseUrl, "--org", "org-a");
      assert.equal(onlyA.code, 0, "the intact organisation alone verifies");
      assert.equal(line(onlyA.stdout, "org-b"), "");
    });

    test("an unknown organisation or option is a usage error (exit code 2)", async () => {
      const unknown = await cli(api().databaseUrl, "--org", "no-such-org");
      assert.equal(unknown.code, 2);
      assert.match(unknown.stderr, /Organisation "no-such-org" was not found/);
      assert.equal((await cli(api().databaseUrl, "--frobnicate")).code, 2);
    });
  },
  { ownServer: "it tampers with the database, and audit:verify checks every organisation in it" },
);
