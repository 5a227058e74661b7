import assert from "node:assert/strict";
import { test } from "node:test";
import { EU_AI_ACT_CATALOGUE_VERSION } from "@canon/frameworks";
import { annexIIILabel, gpaiLabel, labelCatalogues, operatorRoleLabel, riskTierLabel } from "./labels";

test("framework values are labelled from the catalogue; registry states and unknown values still print", () => {
  assert.equal(riskTierLabel("HIGH_RISK"), "High risk");
  assert.equal(riskTierLabel("UNCLASSIFIED"), "Not classified");
  assert.equal(gpaiLabel("NONE"), "Not GPAI");
  assert.equal(gpaiLabel("GPAI_SYSTEMIC"), "GPAI model with systemic risk");
  assert.equal(operatorRoleLabel("AUTHORISED_REPRESENTATIVE"), "Authorised representative");
  assert.equal(operatorRoleLabel("SOMETHING_NEW"), "SOMETHING_NEW");
  assert.deepEqual(
    labelCatalogues().map((c) => [c.id, c.version]),
    [["eu-ai-act", EU_AI_ACT_CATALOGUE_VERSION]],
  );
});

test("Annex III: a point, area 2 (no lettered points), an area without its point, none", () => {
  assert.match(annexIIILabel(5, "5(b)")!, /^Annex III 5\(b\) — Creditworthiness/);
  assert.match(annexIIILabel(2, null)!, /^Annex III 2 — Safety component/);
  assert.equal(annexIIILabel(4, null), "Annex III 4 — Employment and workers management");
  assert.equal(annexIIILabel(null, null), null);
});
