// An export written by writeAuditJsonl verifies; changing any byte of an event, dropping, adding or
// reordering lines, cutting the file or anchoring it elsewhere makes verification fail, with reasons.
import assert from "node:assert/strict";
import { test } from "node:test";
import type { AuditExportEvent, AuditExportModel } from "../model/audit-export";
import { GENESIS_HASH } from "./audit-event-hash";
import { auditJsonlChunks, writeAuditJsonl } from "./audit-jsonl";
import { collectText } from "./collect-text";
import { coreAuditHash, sampleAuditExport } from "./sample-audit-chain";
import { verifyAuditExport } from "./verify-audit-export";

async function jsonl(model: AuditExportModel): Promise<string> {
  const sink = collectText();
  await writeAuditJsonl(model, sink.stream);
  return sink.text();
}

async function* slowly(events: AuditExportEvent[]): AsyncGenerator<AuditExportEvent> {
  for (const event of events) {
    await new Promise((resolve) => setImmediate(resolve));
    yield event;
  }
}

test("an export of a whole chain verifies, events exactly as stored", async () => {
  const model = sampleAuditExport(40);
  const text = await jsonl(model);
  const verdict = verifyAuditExport(text);
  assert.deepEqual(verdict.problems, []);
  assert.equal(verdict.valid, true);
  assert.equal(verdict.events, 40);
  assert.deepEqual(verdict.first, { seq: 1, hash: model.events[0]!.hash });
  assert.deepEqual(verdict.last, { seq: 40, hash: model.chainHead.hash });
  const lines = text
    .trimEnd()
    .split("\n")
    .map((line) => JSON.parse(line));
  assert.equal(lines.length, 42, "header, 40 events, end");
  assert.deepEqual(
    [lines[0].record, lines[0].format, lines[0].scope, lines[0].generatedAt],
    ["header", "canon-audit-export/1", model.scope, "2026-03-15T09:30:05.000Z"],
  );
  for (const [i, event] of model.events.entries()) {
    const line = lines[i + 1];
    for (const key of ["before", "after", "context", "subjectId", "prevHash", "hash"] as const)
      assert.equal(line[key], event[key], `${key} of seq ${event.seq}`);
  }
  assert.ok(!/[\u2028\u2029]/.test(text), "U+2028/2029 are escaped");
  assert.deepEqual(lines.at(-1), { record: "end", events: 40, last: { seq: 40, hash: model.chainHead.hash } });
});

test("events arriving as an async iterable give the same file", async () => {
  const model = sampleAuditExport(25);
  let text = "";
  for await (const chunk of auditJsonlChunks({ ...model, events: slowly(model.events) })) text += chunk;
  assert.equal(text, await jsonl(model));
});

test("an export starting mid-chain verifies against its anchor, and only that anchor", async () => {
  const model = sampleAuditExport(30, 11);
  const text = await jsonl(model);
  assert.deepEqual(verifyAuditExport(text, { anchor: model.anchor.hash }).problems, []);
  const other = verifyAuditExport(text, { anchor: GENESIS_HASH });
  assert.equal(other.valid, false);
  assert.ok(other.problems.some((p) => p.includes("not the given anchor")));
  assert.ok(other.problems.some((p) => p.includes("does not match the anchor")));
  const empty = { ...model, events: [] };
  assert.deepEqual(verifyAuditExport(await jsonl(empty)).problems, [], "an empty range is a valid export");
});

test("changing any single byte of any event line fails verification (but its id, which the chain does not cover)", async () => {
  const text = await jsonl(sampleAuditExport(12));
  const lines = text.split("\n");
  const eventLine = 5;
  const start = lines.slice(0, eventLine).join("\n").length + 1;
  const line = lines[eventLine]!;
  const idField = line.indexOf('"id":"evt_5"');
  assert.ok(idField > 0);
  let checked = 0;
  for (let i = 0; i < line.length; i++) {
    if (i >= idField && i < idField + '"id":"evt_5"'.length) continue; // the row id is not hashed (as in core)
    const original = line.charCodeAt(i);
    // Swap a character for another that keeps the line JSON where it can (digits, hex, letters).
    const replacement = /[0-9]/.test(line[i]!) ? ((original - 47) % 10) + 48 : /[a-z]/i.test(line[i]!) ? (original === 122 ? 97 : original + 1) : 32;
    if (replacement === original) continue;
    const changed = text.slice(0, start + i) + String.fromCharCode(replacement) + text.slice(start + i + 1);
    const verdict = verifyAuditExport(changed);
    assert.equal(verdict.valid, false, `changing ${JSON.stringify(line[i])} at ${i} of ${line.slice(Math.max(0, i - 20), i + 20)}`);
    checked += 1;
  }
  assert.ok(checked > 200);
});

test("a rewritten event with a recomputed hash is caught at the next link", async () => {
  const model = sampleAuditExport(10);
  const tampered = model.events.map((e) => ({ ...e }));
  const victim = tampered[3]!;
  victim.after = victim.after!.replace("mv_4", "mv_X");
  victim.hash = coreAuditHash(victim, victim.prevHash);
  const verdict = verifyAuditExport(await jsonl({ ...model, events: tampered }));
  assert.equal(verdict.valid, false);
  assert.ok(
    verdict.problems.some((p) => p.includes("seq 5") && p.includes("previous-hash link")),
    verdict.problems.join("\n"),
  );
});

test("removed, added, reordered or cut lines fail verification", async () => {
  const model = sampleAuditExport(10);
  const text = await jsonl(model);
  const lines = text.trimEnd().split("\n");
  const join = (ls: string[]) => `${ls.join("\n")}\n`;
  const cases: [string, string, RegExp][] = [
    ["removed event", join(lines.filter((_, i) => i !== 4)), /expected seq 4|previous-hash link/],
    ["duplicated event", join([...lines.slice(0, 5), lines[4]!, ...lines.slice(5)]), /expected seq|previous-hash link/],
    ["swapped events", join([lines[0]!, lines[2]!, lines[1]!, ...lines.slice(3)]), /expected seq/],
    ["cut off", join(lines.slice(0, 8)), /end line is missing/],
    ["line after the end", join([...lines, lines[3]!]), /follows the end line/],
    ["no header", join(lines.slice(1)), /not the export's header/],
    ["not JSON", join([...lines.slice(0, 3), "{oops", ...lines.slice(3)]), /not a JSON object/],
    ["end line miscounts", join([...lines.slice(0, -1), JSON.stringify({ ...JSON.parse(lines.at(-1)!), events: 9 })]), /counts 9 events/],
    ["head differs", join([JSON.stringify({ ...JSON.parse(lines[0]!), chainHead: { seq: 10, hash: "f".repeat(64) } }), ...lines.slice(1)]), /chain head/],
  ];
  for (const [what, changed, expected] of cases) {
    const verdict = verifyAuditExport(changed);
    assert.equal(verdict.valid, false, what);
    assert.ok(
      verdict.problems.some((p) => expected.test(p)),
      `${what}: ${verdict.problems.join("; ")}`,
    );
  }
  assert.equal(verifyAuditExport("").valid, false);
});
