import assert from "node:assert/strict";
import { test } from "node:test";
import { MODEL_CARD_REQUIREMENTS, MODEL_CARD_SECTIONS, requiredCardSections, type ModelCardSection } from "@canon/frameworks";
import { cardCompleteness, frameworkCompleteness, sectionFilled } from "./card-completeness";

const full = Object.fromEntries(MODEL_CARD_SECTIONS.map((s) => [s, `About ${s}`])) as Record<ModelCardSection, string>;

test("an empty or missing card is 0 everywhere and lists every required section as missing", () => {
  for (const card of [null, undefined, {}]) {
    const c = cardCompleteness(card);
    assert.equal(c.overall, 0);
    assert.deepEqual(c.missing, [...MODEL_CARD_SECTIONS]);
    assert.deepEqual(
      c.frameworks.map((f) => f.framework),
      ["EU_AI_ACT", "ISO_42001", "NIST_AI_RMF"],
    );
    for (const f of c.frameworks) {
      assert.equal(f.score, 0);
      assert.deepEqual(f.missing, requiredCardSections(f.framework));
    }
  }
});

test("a full card is complete for every framework", () => {
  const c = cardCompleteness(full);
  assert.equal(c.overall, 1);
  assert.deepEqual(c.missing, []);
  for (const f of c.frameworks) assert.deepEqual([f.score, f.missing], [1, []]);
});

test("blank or whitespace-only text does not count as filled", () => {
  assert.equal(sectionFilled("  \n\t "), false);
  assert.equal(sectionFilled(""), false);
  assert.equal(sectionFilled(null), false);
  assert.equal(sectionFilled("x"), true);
  const c = frameworkCompleteness({ overview: "   ", intendedUse: "Scoring" }, "ISO_42001");
  assert.ok(c.missing.includes("overview"));
  assert.ok(!c.missing.includes("intendedUse"));
});

test("scores follow each framework's own requirements", () => {
  // ISO 42001 needs six sections; environmental impact counts only for NIST (MEASURE 2.12).
  const iso = requiredCardSections("ISO_42001");
  assert.equal(iso.length, 6);
  const card = { overview: "o", intendedUse: "u", trainingData: "t", environmentalImpact: "e" };
  const c = cardCompleteness(card);
  const by = Object.fromEntries(c.frameworks.map((f) => [f.framework, f]));
  assert.equal(by.ISO_42001!.score, 0.5);
  assert.deepEqual(by.ISO_42001!.missing, ["evaluationData", "metricsSummary", "limitationsAndRisks"]);
  assert.equal(by.NIST_AI_RMF!.score, Math.round((4 / 11) * 10_000) / 10_000);
  assert.equal(by.EU_AI_ACT!.score, Math.round((3 / 11) * 10_000) / 10_000);
  assert.ok(!by.EU_AI_ACT!.required.includes("environmentalImpact"));
  assert.equal(c.overall, Math.round((4 / 12) * 10_000) / 10_000);
});

test("filling a missing section raises the score monotonically to 1", () => {
  for (const framework of ["EU_AI_ACT", "ISO_42001", "NIST_AI_RMF"] as const) {
    const card: Partial<Record<ModelCardSection, string>> = {};
    let last = frameworkCompleteness(card, framework).score;
    for (const section of requiredCardSections(framework)) {
      card[section] = "filled";
      const next = frameworkCompleteness(card, framework);
      assert.ok(next.score > last, `${framework} ${section}`);
      assert.ok(!next.missing.includes(section));
      last = next.score;
    }
    assert.equal(last, 1);
  }
});

test("the requirement data only names known sections, each at most once, with references", () => {
  for (const req of Object.values(MODEL_CARD_REQUIREMENTS)) {
    const names = req.sections.map((s) => s.section);
    assert.equal(new Set(names).size, names.length, req.framework);
    for (const s of req.sections) {
      assert.ok(MODEL_CARD_SECTIONS.includes(s.section), s.section);
      assert.ok(s.refs.length > 0, `${req.framework} ${s.section}`);
    }
  }
});
