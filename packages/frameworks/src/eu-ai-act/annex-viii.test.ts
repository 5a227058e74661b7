// Checks Annex VIII: 13/9/5 items, the Art. 49(4) restricted subset, and which section an organisation files.
import assert from "node:assert/strict";
import { test } from "node:test";
import { annexViiiItemsFor, annexViiiSectionFor, EU_AI_ACT_ANNEX_VIII, isNationalRegistration, isRestrictedRegistration } from "./annex-viii";
import { EU_AI_ACT_OPERATOR_ROLES, type OperatorRoleId } from "./operator-roles";

const items = (section: string) => EU_AI_ACT_ANNEX_VIII.filter((i) => i.section === section);
const restricted = (section: string) =>
  items(section)
    .filter((i) => i.restricted)
    .map((i) => i.item);

test("Section A has 13 items, B 9, C 5, numbered from 1", () => {
  assert.equal(items("A").length, 13);
  assert.equal(items("B").length, 9);
  assert.equal(items("C").length, 5);
  for (const i of EU_AI_ACT_ANNEX_VIII) {
    assert.equal(i.id, `viii-${i.section.toLowerCase()}-${i.item.slice(1)}`);
    assert.match(i.item, /^[ABC]([1-9]|1[0-3])$/);
  }
  assert.equal(new Set(EU_AI_ACT_ANNEX_VIII.map((i) => i.id)).size, 27);
});

test("the Art. 49(4) subset: A1–10 without 6, 8, 9; B1–5, 8, 9; C1–3", () => {
  assert.deepEqual(restricted("A"), ["A1", "A2", "A3", "A4", "A5", "A7", "A10"]);
  assert.deepEqual(restricted("B"), ["B1", "B2", "B3", "B4", "B5", "B8", "B9"]);
  assert.deepEqual(restricted("C"), ["C1", "C2", "C3"]);
});

test("areas 1, 6 and 7 are restricted, area 2 is national, and A12 is left out for restricted areas", () => {
  assert.deepEqual([1, 2, 3, 4, 5, 6, 7, 8].filter(isRestrictedRegistration), [1, 6, 7]);
  assert.equal(isRestrictedRegistration(null), false);
  assert.deepEqual([1, 2, 3, 4, 5, 6, 7, 8].filter(isNationalRegistration), [2]);
  assert.ok(!annexViiiItemsFor("A", 6).some((i) => i.item === "A12"));
  assert.ok(annexViiiItemsFor("A", 4).some((i) => i.item === "A12"));
  assert.equal(annexViiiItemsFor("A", 4).length, 13);
  assert.equal(annexViiiItemsFor("B", 7).length, 7);
  assert.equal(annexViiiItemsFor("C", 1).length, 3);
});

test("providers and authorised representatives file A, or B under the Art. 6(3) derogation", () => {
  for (const operatorRole of ["PROVIDER", "AUTHORISED_REPRESENTATIVE"] as const) {
    for (const publicAuthorityDeployer of [false, true]) {
      assert.equal(annexViiiSectionFor({ operatorRole, art6_3Derogation: false, publicAuthorityDeployer }), "A");
      assert.equal(annexViiiSectionFor({ operatorRole, art6_3Derogation: true, publicAuthorityDeployer }), "B");
    }
  }
});

test("only public-authority deployers of a high-risk system file C", () => {
  assert.equal(annexViiiSectionFor({ operatorRole: "DEPLOYER", art6_3Derogation: false, publicAuthorityDeployer: true }), "C");
  assert.equal(annexViiiSectionFor({ operatorRole: "DEPLOYER", art6_3Derogation: false, publicAuthorityDeployer: false }), null);
  assert.equal(annexViiiSectionFor({ operatorRole: "DEPLOYER", art6_3Derogation: true, publicAuthorityDeployer: true }), null);
});

test("importers, distributors and product manufacturers have no section", () => {
  const others: OperatorRoleId[] = EU_AI_ACT_OPERATOR_ROLES.map((r) => r.id).filter(
    (id) => !["PROVIDER", "AUTHORISED_REPRESENTATIVE", "DEPLOYER"].includes(id),
  );
  assert.deepEqual(others, ["IMPORTER", "DISTRIBUTOR", "PRODUCT_MANUFACTURER"]);
  for (const operatorRole of others) {
    for (const flag of [false, true])
      assert.equal(annexViiiSectionFor({ operatorRole, art6_3Derogation: flag, publicAuthorityDeployer: flag }), null, operatorRole);
  }
});
