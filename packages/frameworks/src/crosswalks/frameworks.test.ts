import assert from "node:assert/strict";
import { test } from "node:test";
import { findRequirement, type FrameworkId } from "../requirements/index";
import { equivalentRequirements, FRAMEWORK_CROSSWALK } from "./frameworks";

const FRAMEWORKS: readonly FrameworkId[] = ["EU_AI_ACT", "ISO_42001", "NIST_AI_RMF"];
const key = (e: { framework: string; id: string; topic: string }) => `${e.framework} ${e.id} ${e.topic}`;

test("12 topics, every row a vendor interpretation with requirements in all three frameworks", () => {
  assert.equal(FRAMEWORK_CROSSWALK.length, 12);
  assert.equal(new Set(FRAMEWORK_CROSSWALK.map((r) => r.topic)).size, 12);
  for (const row of FRAMEWORK_CROSSWALK) {
    assert.equal(row.basis, "vendor-interpretation");
    for (const framework of FRAMEWORKS) {
      assert.ok(row.requirements[framework].length > 0, `${row.topic}: ${framework}`);
      assert.ok(row.anchors[framework].length > 0, `${row.topic}: ${framework} anchor`);
    }
  }
});

test("every crosswalk id resolves through findRequirement, once per row", () => {
  for (const row of FRAMEWORK_CROSSWALK) {
    for (const framework of FRAMEWORKS) {
      const ids = row.requirements[framework];
      assert.equal(new Set(ids).size, ids.length, `${row.topic}: ${framework} ids listed once`);
      for (const id of ids) assert.ok(findRequirement(framework, id), `${row.topic}: ${framework} ${id}`);
    }
  }
});

test("ranges and categories are expanded to each requirement", () => {
  const rows = Object.fromEntries(FRAMEWORK_CROSSWALK.map((r) => [r.topic, r.requirements]));
  assert.deepEqual(rows["Data governance"].ISO_42001, ["A.7.2", "A.7.3", "A.7.4", "A.7.5", "A.7.6"]);
  assert.deepEqual(rows["Accuracy, robustness, security"].NIST_AI_RMF, ["MEASURE-2.5", "MEASURE-2.6", "MEASURE-2.7"]);
  assert.deepEqual(rows["Risk management"].NIST_AI_RMF, [
    "MAP-5.1",
    "MAP-5.2",
    "MEASURE-1.1",
    "MEASURE-1.2",
    "MEASURE-1.3",
    "MANAGE-1.1",
    "MANAGE-1.2",
    "MANAGE-1.3",
    "MANAGE-1.4",
  ]);
  assert.deepEqual(rows["Fundamental rights impact assessment"].ISO_42001, ["6.1.4", "A.5.2", "A.5.3", "A.5.4", "A.5.5"]);
  assert.equal(rows["Quality management system"].ISO_42001.length, 32);
  assert.equal(rows["Quality management system"].NIST_AI_RMF.length, 7);
});

test("equivalents: the other frameworks' requirements of the same topics, never itself", () => {
  assert.deepEqual(equivalentRequirements("EU_AI_ACT", "art-12"), [
    { framework: "ISO_42001", id: "A.6.2.8", topic: "Logging" },
    { framework: "NIST_AI_RMF", id: "MEASURE-2.4", topic: "Logging" },
  ]);
  const inventory = equivalentRequirements("NIST_AI_RMF", "GOVERN-1.6");
  assert.ok(inventory.some((e) => e.framework === "EU_AI_ACT" && e.id === "art-49" && e.topic === "Inventory"));
  assert.ok(inventory.some((e) => e.framework === "EU_AI_ACT" && e.id === "art-17" && e.topic === "Quality management system"));
  assert.ok(!inventory.some((e) => e.framework === "NIST_AI_RMF"), "no equivalents within the same framework");
  assert.deepEqual(equivalentRequirements("EU_AI_ACT", "art-50"), [], "outside the crosswalk");
});

test("equivalentRequirements is symmetric, topic for topic", () => {
  for (const row of FRAMEWORK_CROSSWALK) {
    for (const framework of FRAMEWORKS) {
      for (const id of row.requirements[framework]) {
        const equivalents = equivalentRequirements(framework, id);
        assert.ok(!equivalents.some((e) => e.framework === framework && e.id === id), `${framework} ${id}: not itself`);
        for (const e of equivalents) {
          const back = equivalentRequirements(e.framework, e.id).map(key);
          assert.ok(back.includes(key({ framework, id, topic: e.topic })), `${e.framework} ${e.id} → ${framework} ${id} (${e.topic})`);
        }
      }
    }
  }
});
