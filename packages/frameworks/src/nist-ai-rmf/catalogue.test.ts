import assert from "node:assert/strict";
import { test } from "node:test";
import {
  NIST_AI_RMF_CATALOGUE_VERSION,
  NIST_AI_RMF_CATEGORIES,
  NIST_AI_RMF_FUNCTIONS,
  NIST_AI_RMF_SUBCATEGORIES,
  NIST_GENERATIVE_AI_RISKS,
  NIST_IMPLEMENTATION_TIERS,
  NIST_TRUSTWORTHINESS_CHARACTERISTICS,
  generativeAiRisk,
  nistCategory,
  nistIdFromReference,
  nistImplementationTier,
  nistSubcategoriesOf,
  nistSubcategory,
  trustworthinessCharacteristic,
} from "./index";

const unique = (ids: readonly string[]) => new Set(ids).size === ids.length;

test("the Core has 4 functions, 19 categories and 72 subcategories", () => {
  assert.deepEqual(
    NIST_AI_RMF_FUNCTIONS.map((f) => f.id),
    ["GOVERN", "MAP", "MEASURE", "MANAGE"],
  );
  assert.equal(NIST_AI_RMF_CATEGORIES.length, 19);
  assert.equal(NIST_AI_RMF_SUBCATEGORIES.length, 72);
});

test("per function: GOVERN 6/19, MAP 5/18, MEASURE 4/22, MANAGE 4/13", () => {
  const counts = NIST_AI_RMF_FUNCTIONS.map((f) => [f.id, NIST_AI_RMF_CATEGORIES.filter((c) => c.function === f.id).length, nistSubcategoriesOf(f.id).length]);
  assert.deepEqual(counts, [
    ["GOVERN", 6, 19],
    ["MAP", 5, 18],
    ["MEASURE", 4, 22],
    ["MANAGE", 4, 13],
  ]);
});

test("subcategories per category match AI 100-1 Tables 1–4", () => {
  const perCategory = Object.fromEntries(NIST_AI_RMF_CATEGORIES.map((c) => [c.id, nistSubcategoriesOf(c.id).length]));
  assert.deepEqual(perCategory, {
    "GOVERN-1": 7,
    "GOVERN-2": 3,
    "GOVERN-3": 2,
    "GOVERN-4": 3,
    "GOVERN-5": 2,
    "GOVERN-6": 2,
    "MAP-1": 6,
    "MAP-2": 3,
    "MAP-3": 5,
    "MAP-4": 2,
    "MAP-5": 2,
    "MEASURE-1": 3,
    "MEASURE-2": 13,
    "MEASURE-3": 3,
    "MEASURE-4": 3,
    "MANAGE-1": 4,
    "MANAGE-2": 4,
    "MANAGE-3": 2,
    "MANAGE-4": 3,
  });
});

test("ids are unique and well formed; the reference is the id with a space", () => {
  assert.ok(unique(NIST_AI_RMF_CATEGORIES.map((c) => c.id)));
  assert.ok(unique(NIST_AI_RMF_SUBCATEGORIES.map((s) => s.id)));
  for (const c of NIST_AI_RMF_CATEGORIES) {
    assert.match(c.id, /^(GOVERN|MAP|MEASURE|MANAGE)-\d$/);
    assert.equal(nistIdFromReference(c.reference), c.id);
  }
  for (const s of NIST_AI_RMF_SUBCATEGORIES) {
    assert.match(s.id, /^(GOVERN|MAP|MEASURE|MANAGE)-\d\.\d{1,2}$/);
    assert.equal(s.reference, s.id.replace("-", " "));
    assert.equal(nistCategory(s.category)?.function, s.function);
    assert.ok(s.id.startsWith(`${s.category}.`), `${s.id}: numbered under ${s.category}`);
    assert.ok(s.label.length > 0 && s.label.length <= 40, `${s.id}: a few words`);
    assert.ok(s.summary.length > 0 && s.summary.length <= 160, `${s.id}: one short sentence`);
  }
  assert.equal(nistSubcategory("GOVERN-1.6")?.label, "AI system inventory");
  assert.equal(nistSubcategory("MEASURE-2.13")?.reference, "MEASURE 2.13");
  assert.equal(nistSubcategory("GOVERN 1.6"), undefined);
  assert.equal(nistSubcategory("MANAGE-4.4"), undefined);
});

test("the Generative AI Profile has 12 risks, in the profile's order", () => {
  assert.equal(NIST_GENERATIVE_AI_RISKS.length, 12);
  assert.ok(unique(NIST_GENERATIVE_AI_RISKS.map((r) => r.id)));
  assert.deepEqual(
    NIST_GENERATIVE_AI_RISKS.map((r) => r.number),
    [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
  );
  for (const r of NIST_GENERATIVE_AI_RISKS) assert.match(r.id, /^gai-[a-z-]+$/);
  assert.equal(NIST_GENERATIVE_AI_RISKS[0].label, "CBRN Information or Capabilities");
  assert.equal(NIST_GENERATIVE_AI_RISKS[11].label, "Value Chain and Component Integration");
  assert.equal(generativeAiRisk("gai-confabulation")?.number, 2);
  assert.equal(generativeAiRisk("confabulation"), undefined);
});

test("four implementation tiers, levels 1–4", () => {
  assert.deepEqual(
    NIST_IMPLEMENTATION_TIERS.map((t) => [t.level, t.id]),
    [
      [1, "PARTIAL"],
      [2, "RISK_INFORMED"],
      [3, "REPEATABLE"],
      [4, "ADAPTIVE"],
    ],
  );
  assert.equal(nistImplementationTier(3)?.id, "REPEATABLE");
  assert.equal(nistImplementationTier("ADAPTIVE")?.level, 4);
  assert.equal(nistImplementationTier(5), undefined);
});

test("seven trustworthiness characteristics, each evaluated in its own MEASURE 2 subcategory", () => {
  assert.deepEqual(
    NIST_TRUSTWORTHINESS_CHARACTERISTICS.map((c) => c.id),
    ["VALID_RELIABLE", "SAFE", "SECURE_RESILIENT", "ACCOUNTABLE_TRANSPARENT", "EXPLAINABLE_INTERPRETABLE", "PRIVACY_ENHANCED", "FAIR"],
  );
  assert.deepEqual(
    NIST_TRUSTWORTHINESS_CHARACTERISTICS.map((c) => c.measureSubcategory),
    ["MEASURE-2.5", "MEASURE-2.6", "MEASURE-2.7", "MEASURE-2.8", "MEASURE-2.9", "MEASURE-2.10", "MEASURE-2.11"],
  );
  for (const c of NIST_TRUSTWORTHINESS_CHARACTERISTICS) assert.equal(nistSubcategory(c.measureSubcategory)?.category, "MEASURE-2");
  assert.equal(trustworthinessCharacteristic("FAIR")?.label, "Fair, with harmful bias managed");
  assert.equal(trustworthinessCharacteristic("fair"), undefined);
});

test("the catalogue version is year.counter", () => {
  assert.match(NIST_AI_RMF_CATALOGUE_VERSION, /^\d{4}\.\d+$/);
});
