// Signed checkpoints take the chain head out of the database. Someone with the owner's rights can drop
// the append-only triggers, delete the last event and rewind AuditChainHead: the chain then verifies on
// its own, but not against a checkpoint taken before (through the API, and with `npm run audit:verify
// -- --checkpoint`). A checkpoint altered after signing, or signed with another key, fails its signature.
import assert from "node:assert/strict";
import { generateKeyPairSync } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, test } from "node:test";
import { runScriptCli as cli } from "../support/cli";
import { codes, describeContract, type TestApi } from "../support/contract";
import { dropAuditTriggers, openOwnerSql, saveAuditRows, type OwnerSql } from "../support/fixtures/owner-sql";

const CHECKPOINT = `{ auditCheckpoint { scheme organizationId organizationSlug seq hash createdAt publicKey signature } }`;
const VERIFY_CHECKPOINT = `query($c: JSON!) { verifyAuditCheckpoint(checkpoint: $c) {
  valid signatureValid publicKey keyFingerprint developmentKey reason firstBrokenSeq checkpoint { seq hash } chain { valid eventCount headSeq } } }`;

describeContract(
  "audit checkpoints",
  (api) => {
    let db: OwnerSql;
    let dir: string;
    before(async () => {
      db = await openOwnerSql(api().kind, api().databaseUrl);
      dir = mkdtempSync(path.join(tmpdir(), "canon-checkpoint-"));
    });
    after(async () => {
      await db?.close();
      rmSync(dir, { recursive: true, force: true });
    });

    const take = async (a: TestApi) => (await a.ok(CHECKPOINT, {}, a.orgA.tokens.AUDITOR)).auditCheckpoint;
    const check = async (a: TestApi, checkpoint: unknown) => (await a.ok(VERIFY_CHECKPOINT, { c: checkpoint }, a.orgA.tokens.AUDITOR)).verifyAuditCheckpoint;
    const save = (name: string, value: unknown) => {
      const file = path.join(dir, name);
      writeFileSync(file, typeof value === "string" ? value : JSON.stringify(value, null, 2));
      return file;
    };
    const verifyCli = (a: TestApi, ...args: string[]) => cli("verify-audit.ts", a.databaseUrl, ...args);

    test("a chain cut short and its head rewound verifies on its own, but not against an earlier checkpoint (API and CLI)", async () => {
      const a = api();
      await a.ok(`mutation { createAISystem(input: { reference: "before-checkpoint", name: "Before" }) { id } }`);
      const checkpoint = await take(a);
      const { verifyAuditChain: intact } = await a.ok(`{ verifyAuditChain { valid headSeq } }`);
      assert.deepEqual([checkpoint.organizationId, checkpoint.organizationSlug, checkpoint.seq], [a.orgA.organizationId, "org-a", intact.headSeq]);

      const ok = await check(a, checkpoint);
      assert.deepEqual([ok.valid, ok.signatureValid, ok.developmentKey, ok.reason, ok.chain.valid], [true, true, true, null, true]);
      assert.equal(ok.publicKey, checkpoint.publicKey);
      const file = save("checkpoint.json", checkpoint);
      const good = await verifyCli(a, "--checkpoint", file);
      assert.equal(good.code, 0, good.stdout + good.stderr);
      assert.match(good.stdout, /trusted key {2}SHA256:[0-9a-f]{16} \(configured; the development key: not for production\)/);
      assert.match(good.stdout, /Checkpoint verified/);

      // The owner drops the triggers, deletes the last event and rewinds the head to the one before.
      await dropAuditTriggers(db);
      const [last] = await db.all<{ id: string; seq: number; prevHash: string }>(
        `SELECT id, seq, "prevHash" FROM "AuditEvent" WHERE "organizationId" = ? AND seq = ?`,
        [a.orgA.organizationId, checkpoint.seq],
      );
      const restore = await saveAuditRows(db, [last!.id]);
      await db.run(`DELETE FROM "AuditEvent" WHERE id = ?`, [last!.id]);
      await db.run(`UPDATE "AuditChainHead" SET seq = ?, hash = ? WHERE "organizationId" = ?`, [last!.seq - 1, last!.prevHash, a.orgA.organizationId]);
      try {
        const { verifyAuditChain: plain } = await a.ok(`{ verifyAuditChain { valid headSeq } }`);
        assert.deepEqual(plain, { valid: true, headSeq: checkpoint.seq - 1 }, "on its own, the shortened chain verifies");

        const cut = await check(a, checkpoint);
        assert.deepEqual(
          [cut.valid, cut.signatureValid, cut.firstBrokenSeq, cut.chain.valid, cut.chain.headSeq],
          [false, true, checkpoint.seq, true, checkpoint.seq - 1],
        );
        assert.match(
          cut.reason,
          new RegExp(
            `the chain ends at seq ${checkpoint.seq - 1}, but the checkpoint taken .* records seq ${checkpoint.seq}: events were removed from its end`,
          ),
        );

        const res = await verifyCli(a, "--checkpoint", file);
        assert.equal(res.code, 1, res.stdout + res.stderr);
        assert.match(res.stdout, /signature {4}valid/);
        assert.match(res.stdout, new RegExp(`chain {8}BROKEN at seq ${checkpoint.seq}: the chain ends at seq ${checkpoint.seq - 1}`));
        assert.match(res.stdout, /Checkpoint NOT verified/);
        const json = await verifyCli(a, "--checkpoint", file, "--json");
        assert.equal(json.code, 1);
        assert.equal(JSON.parse(json.stdout).firstBrokenSeq, checkpoint.seq);
      } finally {
        await restore();
        await db.run(`UPDATE "AuditChainHead" SET seq = ?, hash = ? WHERE "organizationId" = ?`, [checkpoint.seq, checkpoint.hash, a.orgA.organizationId]);
      }
      assert.equal((await check(a, checkpoint)).valid, true, "restored");

      // Later events do not invalidate an earlier checkpoint.
      await a.ok(`mutation { createAISystem(input: { reference: "after-checkpoint", name: "After" }) { id } }`);
      const later = await check(a, checkpoint);
      assert.deepEqual([later.valid, later.chain.headSeq], [true, checkpoint.seq + 1]);
    });

    test("a checkpoint altered after signing, or not signed with the trusted key, fails its signature (API and CLI)", async () => {
      const a = api();
      const checkpoint = await take(a);
      for (const change of [{ seq: checkpoint.seq - 1 }, { hash: "0".repeat(64) }, { createdAt: "2020-01-01T00:00:00.000Z" }]) {
        const v = await check(a, { ...checkpoint, ...change });
        assert.deepEqual([v.valid, v.signatureValid, v.chain, v.firstBrokenSeq], [false, false, null, null], JSON.stringify(change));
        assert.match(v.reason, /altered after it was signed/);
      }
      const tampered = save("tampered.json", { ...checkpoint, seq: checkpoint.seq - 1 });
      const res = await verifyCli(a, "--checkpoint", tampered);
      assert.equal(res.code, 1, res.stdout + res.stderr);
      assert.match(res.stdout, /signature {4}INVALID: the signature does not verify/);

      // Checked against another trusted key (given as a PEM file): the configured key's signature is not that key's.
      const other = generateKeyPairSync("ed25519").publicKey.export({ format: "pem", type: "spki" }).toString();
      const keyFile = save("other.pem", other);
      const against = await verifyCli(a, "--checkpoint", save("good.json", checkpoint), "--public-key", keyFile);
      assert.equal(against.code, 1, against.stdout + against.stderr);
      assert.match(against.stdout, new RegExp(`trusted key {2}SHA256:[0-9a-f]{16} \\(from ${keyFile.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\)`));
      assert.match(against.stdout, /INVALID: the checkpoint was not signed with the trusted key/);
      // The right key, given as a file (base64 SPKI here), verifies.
      const mine = await verifyCli(a, "--checkpoint", save("good.json", checkpoint), "--public-key", save("mine.key", checkpoint.publicKey));
      assert.equal(mine.code, 0, mine.stdout + mine.stderr);
    });

    test("audit:checkpoint writes a checkpoint that verifies; it refuses to sign a head that disagrees with the last event", async () => {
      const a = api();
      const out = path.join(dir, "cli-checkpoint.json");
      const res = await cli("audit-checkpoint.ts", a.databaseUrl, "--org", "org-b", "--out", out);
      assert.equal(res.code, 0, res.stdout + res.stderr);
      assert.match(res.stderr, /Checkpoint of org-b at seq \d+, signed with SHA256:[0-9a-f]{16} \(the development key: not for production\)/);
      const written = JSON.parse(readFileSync(out, "utf8"));
      const v = (await a.ok(VERIFY_CHECKPOINT, { c: written }, a.orgB.tokens.ADMIN)).verifyAuditCheckpoint;
      assert.equal(v.valid, true, JSON.stringify(v));
      assert.equal((await verifyCli(a, "--checkpoint", out)).code, 0);

      const [head] = await db.all<{ seq: number | string }>(`SELECT seq FROM "AuditChainHead" WHERE "organizationId" = ?`, [a.orgB.organizationId]);
      await db.run(`UPDATE "AuditChainHead" SET seq = ? WHERE "organizationId" = ?`, [Number(head!.seq) + 1, a.orgB.organizationId]);
      try {
        assert.deepEqual(codes(await a.gql(CHECKPOINT, {}, a.orgB.tokens.ADMIN)), ["PRECONDITION_FAILED"]);
        const refused = await cli("audit-checkpoint.ts", a.databaseUrl, "--org", "org-b");
        assert.equal(refused.code, 1, refused.stdout + refused.stderr);
        assert.match(refused.stderr, /disagrees with the last event/);
      } finally {
        await db.run(`UPDATE "AuditChainHead" SET seq = ? WHERE "organizationId" = ?`, [Number(head!.seq), a.orgB.organizationId]);
      }
    });

    test("who may, and malformed input: coded errors from the API, usage errors (exit 2) from the commands", async () => {
      const a = api();
      assert.deepEqual(codes(await a.gql(CHECKPOINT, {}, a.orgA.tokens.VIEWER)), ["FORBIDDEN"]);
      const checkpoint = await take(a);
      assert.deepEqual(codes(await a.gql(VERIFY_CHECKPOINT, { c: checkpoint }, a.orgA.tokens.CONTRIBUTOR)), ["FORBIDDEN"]);
      const bad = async (value: unknown, field: string) => {
        const res = await a.gql(VERIFY_CHECKPOINT, { c: value }, a.orgA.tokens.AUDITOR);
        assert.deepEqual([codes(res), res.errors?.[0]?.extensions?.field], [["VALIDATION"], field], JSON.stringify(value));
      };
      await bad("not an object", "checkpoint");
      await bad({ ...checkpoint, seq: "1" }, "checkpoint.seq");
      await bad({ ...checkpoint, note: "unsigned" }, "checkpoint.note");
      await bad({ ...checkpoint, signature: undefined }, "checkpoint.signature");
      // Org B cannot verify org A's checkpoint through the API (it is not theirs).
      const other = await a.gql(VERIFY_CHECKPOINT, { c: checkpoint }, a.orgB.tokens.ADMIN);
      assert.deepEqual([codes(other), other.errors?.[0]?.extensions?.field], [["VALIDATION"], "checkpoint.organizationId"]);

      assert.equal((await verifyCli(a, "--checkpoint", path.join(dir, "missing.json"))).code, 2);
      assert.equal((await verifyCli(a, "--checkpoint", save("not-json.json", "{ nope"))).code, 2);
      assert.equal((await verifyCli(a, "--checkpoint", save("malformed.json", { ...checkpoint, seq: -1 }))).code, 2);
      assert.equal((await verifyCli(a, "--checkpoint", save("ok.json", checkpoint), "--org", "org-a")).code, 2);
      assert.equal((await verifyCli(a, "--public-key", save("k.pem", "x"))).code, 2);
      assert.equal((await verifyCli(a, "--checkpoint", save("ok2.json", checkpoint), "--public-key", save("bad.pem", "not a key"))).code, 2);
      assert.equal((await cli("audit-checkpoint.ts", a.databaseUrl)).code, 2);
      assert.equal((await cli("audit-checkpoint.ts", a.databaseUrl, "--org", "no-such-org")).code, 2);
    });
  },
  { ownServer: "it rewrites the audit chain in the database, and its commands name the organisations" },
);
