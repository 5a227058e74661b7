// A pack written by writeEvidencePack verifies; a flipped byte in any member, a member removed or
// added, a damaged manifest or a damaged ZIP makes verification report a problem (never throw).
import assert from "node:assert/strict";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { fromBufferPromise } from "yauzl";
import { ZipFile } from "yazl";
import type { EvidencePackInput } from "../model/evidence-pack";
import { collectText } from "../audit-export/collect-text";
import { sha256Hex } from "./digest";
import { verifyEvidencePack } from "./verify-evidence-pack";
import { writeEvidencePack } from "./write-evidence-pack";

let dir = "";
before(async () => {
  dir = await mkdtemp(join(tmpdir(), "evidence-pack-"));
});
after(async () => {
  await rm(dir, { recursive: true, force: true });
});

const pdfBytes = Buffer.from("%PDF-1.7\n" + "stream of a report ".repeat(200) + "\n%%EOF\n", "latin1");

async function sampleInput(): Promise<EvidencePackInput> {
  const csvPath = join(dir, "audit-trail.csv");
  await writeFile(csvPath, "seq,action\r\n1,model.create\r\n2,'=formula\r\n".repeat(50));
  return {
    organization: { name: "Acme Lending", legalName: "Acme Lending GmbH" },
    scope: "AI systems of the credit business unit",
    asOf: new Date("2026-03-01T12:00:00.000Z"),
    generatedAt: new Date("2026-03-15T09:30:05.000Z"),
    generatedBy: "Ada Lovelace <ada@acme.example>",
    auditChainHead: { seq: 1234, hash: "ab".repeat(32) },
    files: [
      { path: "reports/inventory.pdf", bytes: pdfBytes },
      { path: "audit/audit-trail.csv", file: csvPath },
      { path: "reports/ml-bom.cdx.json", bytes: new TextEncoder().encode('{"bomFormat":"CycloneDX","specVersion":"1.6"}\n') },
    ],
    records: { systems: [{ id: "sys-1", name: "Crédit ✓", registeredAt: new Date("2026-01-10T08:00:00.000Z"), artifactSize: 123n }] },
  };
}

async function packBytes(input?: EvidencePackInput) {
  const sink = collectText();
  const result = await writeEvidencePack(input ?? (await sampleInput()), sink.stream);
  return { bytes: sink.bytes(), result };
}

/** The ZIP's members in order, with where each one's data starts. */
async function entriesOf(zipBytes: Buffer) {
  const zip = await fromBufferPromise(zipBytes, { lazyEntries: true, autoClose: false });
  const entries = [];
  for await (const entry of zip.eachEntry()) {
    const { fileDataStart } = await zip.readLocalFileHeaderPromise(entry, { minimal: true });
    const stream = await zip.openReadStreamPromise(entry);
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    entries.push({ entry, fileDataStart, content: Buffer.concat(chunks) });
  }
  zip.close();
  return entries;
}

/** The same members (possibly edited) packed again, deterministically. */
async function repack(zipBytes: Buffer, edit: (members: Map<string, Buffer>) => void): Promise<Buffer> {
  const members = new Map((await entriesOf(zipBytes)).map((e) => [e.entry.fileName, e.content]));
  edit(members);
  const zip = new ZipFile();
  for (const [path, content] of members) zip.addBuffer(content, path, { mtime: new Date(1980, 0, 1), forceDosTimestamp: true });
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

test("a pack holds the files, records.json and manifest.json, sorted, and verifies", async () => {
  const { bytes, result } = await packBytes();
  assert.equal(result.sha256, sha256Hex(bytes));
  const entries = await entriesOf(bytes);
  const names = entries.map((e) => e.entry.fileName);
  assert.deepEqual(names, ["audit/audit-trail.csv", "manifest.json", "records.json", "reports/inventory.pdf", "reports/ml-bom.cdx.json"]);
  const manifestEntry = entries.find((e) => e.entry.fileName === "manifest.json")!;
  assert.equal(sha256Hex(manifestEntry.content), result.manifestSha256);
  const manifest = JSON.parse(manifestEntry.content.toString("utf8"));
  assert.deepEqual(manifest, result.manifest);
  assert.deepEqual(Object.keys(manifest), ["format", "organisation", "scope", "asOf", "generatedAt", "generatedBy", "auditChainHead", "files"]);
  assert.equal(manifest.format, "canon-evidence-pack/1");
  assert.deepEqual(manifest.auditChainHead, { seq: 1234, hash: "ab".repeat(32) });
  assert.deepEqual(
    manifest.files.map((f: { path: string }) => f.path),
    names.filter((n) => n !== "manifest.json"),
  );
  const pdf = manifest.files.find((f: { path: string }) => f.path === "reports/inventory.pdf");
  assert.deepEqual(pdf, { path: "reports/inventory.pdf", sha256: sha256Hex(pdfBytes), bytes: pdfBytes.length });
  const records = JSON.parse(entries.find((e) => e.entry.fileName === "records.json")!.content.toString("utf8"));
  assert.deepEqual(records.systems[0], { id: "sys-1", name: "Crédit ✓", registeredAt: "2026-01-10T08:00:00.000Z", artifactSize: "123" });

  const verdict = await verifyEvidencePack(bytes);
  assert.deepEqual(verdict.problems, []);
  assert.equal(verdict.intact, true);
  assert.equal(verdict.packSha256, result.sha256);
  assert.deepEqual(verdict.manifest, result.manifest);
});

test("the same input gives the same bytes: fixed DOS time, no time-zone dependent extra fields, to a file too", async () => {
  const first = await packBytes();
  const second = await packBytes();
  assert.ok(first.bytes.equals(second.bytes));
  for (const { entry } of await entriesOf(first.bytes)) {
    assert.deepEqual([entry.lastModFileDate, entry.lastModFileTime, entry.extraFieldLength], [(1 << 5) | 1, 0, 0], entry.fileName);
  }
  const path = join(dir, "pack.zip");
  const result = await writeEvidencePack(await sampleInput(), path);
  const onDisk = await readFile(path);
  assert.ok(onDisk.equals(first.bytes));
  assert.equal(result.sha256, first.result.sha256);
  const verdict = await verifyEvidencePack(path, { expectedSha256: result.sha256 });
  assert.deepEqual(verdict.problems, []);
});

test("one flipped byte inside any member is reported", async () => {
  const { bytes } = await packBytes();
  for (const { entry, fileDataStart } of await entriesOf(bytes)) {
    for (const offset of [0, Math.floor(entry.compressedSize / 2), entry.compressedSize - 1]) {
      const damaged = Buffer.from(bytes);
      damaged[fileDataStart + offset]! ^= 0x01;
      const verdict = await verifyEvidencePack(damaged);
      assert.equal(verdict.intact, false, `${entry.fileName} at ${offset}`);
      assert.ok(
        verdict.problems.some((p) => p.includes(entry.fileName)),
        `${entry.fileName} at ${offset}: ${verdict.problems.join("; ")}`,
      );
      assert.notEqual(verdict.packSha256, sha256Hex(bytes));
    }
  }
  const stored = (await entriesOf(bytes)).find((e) => e.entry.fileName === "reports/inventory.pdf")!;
  assert.equal(stored.entry.compressionMethod, 0, "the PDF is stored, so only the digest can catch a flip");
});

test("a member removed or added, or a manifest that does not hold, is reported", async () => {
  const { bytes, result } = await packBytes();
  const cases: [string, (m: Map<string, Buffer>) => void, RegExp][] = [
    ["removed", (m) => m.delete("reports/inventory.pdf"), /reports\/inventory\.pdf is listed but missing/],
    ["added", (m) => m.set("reports/extra.txt", Buffer.from("sneaked in")), /reports\/extra\.txt is in the ZIP but not in the manifest/],
    ["replaced", (m) => m.set("records.json", Buffer.from("{}\n")), /records\.json: sha256/],
    ["no manifest", (m) => m.delete("manifest.json"), /manifest\.json is missing/],
    ["manifest not JSON", (m) => m.set("manifest.json", Buffer.from("{nope")), /not JSON/],
    [
      "manifest without format",
      (m) => m.set("manifest.json", Buffer.from(JSON.stringify({ ...result.manifest, format: "other/1" }))),
      /manifest format is "other\/1"/,
    ],
    [
      "manifest listing a bad path",
      (m) =>
        m.set(
          "manifest.json",
          Buffer.from(JSON.stringify({ ...result.manifest, files: [...result.manifest.files, { path: "../x", sha256: "0".repeat(64), bytes: 1 }] })),
        ),
      /"\.\.\/x", which has an empty, '\.' or '\.\.' segment/,
    ],
  ];
  const untouched = await repack(bytes, () => {});
  assert.deepEqual((await verifyEvidencePack(untouched)).problems, [], "repacking alone keeps it intact");
  for (const [what, edit, expected] of cases) {
    const verdict = await verifyEvidencePack(await repack(bytes, edit));
    assert.equal(verdict.intact, false, what);
    assert.ok(
      verdict.problems.some((p) => expected.test(p)),
      `${what}: ${verdict.problems.join("; ")}`,
    );
  }
  const other = await verifyEvidencePack(bytes, { expectedSha256: "0".repeat(64) });
  assert.ok(other.problems.some((p) => p.includes("is not the expected")));
});

test("what is not a ZIP, or a cut-off ZIP, is reported, not thrown", async () => {
  const { bytes } = await packBytes();
  for (const [what, damaged] of [
    ["not a zip", Buffer.from("hello")],
    ["cut off", bytes.subarray(0, bytes.length - 30)],
    ["empty", Buffer.alloc(0)],
  ] as const) {
    const verdict = await verifyEvidencePack(damaged);
    assert.equal(verdict.intact, false, what);
    assert.ok(verdict.problems.length > 0, what);
  }
  const missing = await verifyEvidencePack(join(dir, "no-such.zip"));
  assert.equal(missing.intact, false);
});

test("unsafe or clashing file paths are refused when packing", async () => {
  const input = await sampleInput();
  const one = (path: string) => ({ ...input, files: [{ path, bytes: new Uint8Array([1]) }] });
  for (const path of ["../escape.txt", "/abs.txt", "a//b.txt", "a\\b.txt", "C:/x.txt", "manifest.json", "records.json", "x\u0000y", ""]) {
    await assert.rejects(writeEvidencePack(one(path), collectText().stream), /evidence pack/, JSON.stringify(path));
  }
  await assert.rejects(writeEvidencePack({ ...input, files: [input.files[0]!, input.files[0]!] }, collectText().stream), /two files at/);
});
