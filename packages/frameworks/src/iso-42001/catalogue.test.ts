import assert from "node:assert/strict";
import { test } from "node:test";
import {
  ISO_42001_CATALOGUE_VERSION,
  ISO_42001_CLAUSES,
  ISO_42001_CONTROLS,
  ISO_42001_OBJECTIVES,
  iso42001AssessableClauses,
  iso42001Clause,
  iso42001Control,
  iso42001ControlsOf,
  iso42001Objective,
  iso42001SubClauses,
} from "./index";

const unique = (ids: readonly string[]) => new Set(ids).size === ids.length;

test("clauses 4–10 are the top level, each with the sub-clauses of the harmonized structure", () => {
  const top = ISO_42001_CLAUSES.filter((c) => c.parent === null);
  assert.deepEqual(
    top.map((c) => c.id),
    ["4", "5", "6", "7", "8", "9", "10"],
  );
  assert.deepEqual(
    top.map((c) => iso42001SubClauses(c.id).length),
    [4, 3, 3, 5, 4, 3, 2],
  );
  assert.deepEqual(
    iso42001SubClauses("6.1").map((c) => c.id),
    ["6.1.1", "6.1.2", "6.1.3", "6.1.4"],
  );
  assert.deepEqual(
    iso42001SubClauses("9.3").map((c) => c.id),
    ["9.3.1", "9.3.2", "9.3.3"],
  );
  assert.equal(iso42001Clause("6.1.3")?.title, "AI risk treatment");
  assert.equal(iso42001Clause("10.2")?.title, "Nonconformity and corrective action");
  assert.equal(iso42001Clause("11"), undefined);
});

test("clause ids are unique, numbered under their parent, and carry their top-level clause", () => {
  assert.ok(unique(ISO_42001_CLAUSES.map((c) => c.id)));
  for (const c of ISO_42001_CLAUSES) {
    assert.match(c.id, /^(4|5|6|7|8|9|10)(\.\d){0,2}$/);
    assert.equal(c.clause, Number(c.id.split(".")[0]));
    if (c.parent) {
      assert.ok(iso42001Clause(c.parent), `${c.id}: parent exists`);
      assert.ok(c.id.startsWith(`${c.parent}.`), `${c.id}: numbered under ${c.parent}`);
    }
  }
});

test("the assessable clauses are the 32 leaves: 6.1.x replaces 6.1, 7.5.x replaces 7.5", () => {
  const ids = iso42001AssessableClauses().map((c) => c.id);
  assert.equal(ids.length, 32);
  assert.ok(ids.includes("6.1.3") && ids.includes("7.5.2") && ids.includes("9.2.2") && ids.includes("8.4"));
  assert.ok(!ids.includes("6.1") && !ids.includes("7.5") && !ids.includes("9") && !ids.includes("9.3"));
});

test("Annex A has 9 objectives A.2–A.10 and 38 controls, 3+2+5+4+9+5+4+3+3", () => {
  assert.deepEqual(
    ISO_42001_OBJECTIVES.map((o) => o.id),
    ["A.2", "A.3", "A.4", "A.5", "A.6", "A.7", "A.8", "A.9", "A.10"],
  );
  assert.equal(ISO_42001_CONTROLS.length, 38);
  assert.deepEqual(
    ISO_42001_OBJECTIVES.map((o) => iso42001ControlsOf(o.id).length),
    [3, 2, 5, 4, 9, 5, 4, 3, 3],
  );
  assert.deepEqual(
    iso42001ControlsOf("A.6.1").map((c) => c.id),
    ["A.6.1.2", "A.6.1.3"],
  );
  assert.equal(iso42001ControlsOf("A.6.2").length, 7);
});

test("control ids are unique, belong to their objective, and no objective statement (A.x.1) is a control", () => {
  assert.ok(unique(ISO_42001_CONTROLS.map((c) => c.id)));
  for (const c of ISO_42001_CONTROLS) {
    assert.match(c.id, /^A\.(\d+)\.(\d+)(\.\d+)?$/);
    assert.ok(iso42001Objective(c.objective), `${c.id}: objective exists`);
    assert.ok(c.id.startsWith(`${c.objective}.`), `${c.id}: numbered under ${c.objective}`);
    assert.ok(!c.id.endsWith(".1"), `${c.id}: an objective statement, not a control`);
    assert.equal(c.part !== null, c.objective === "A.6", `${c.id}: only A.6 controls have a part`);
    assert.ok(c.title.length > 0 && c.title.length <= 80, `${c.id}: a short title only`);
  }
  assert.equal(iso42001Control("A.6.2.8")?.title, "AI system recording of event logs");
  assert.equal(iso42001Control("A.5.1"), undefined);
  assert.equal(iso42001Control("A.6.1.4"), undefined);
});

test("the catalogue version is year.counter", () => {
  assert.match(ISO_42001_CATALOGUE_VERSION, /^\d{4}\.\d+$/);
});
