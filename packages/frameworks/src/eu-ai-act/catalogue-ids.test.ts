// Checks that ids never collide across the whole EU AI Act catalogue, so a bare id names one entry.
import assert from "node:assert/strict";
import { test } from "node:test";
import * as eu from "./index";

test("ids are unique across every EU AI Act list", () => {
  const ids: string[] = [
    ...eu.EU_AI_ACT_OPERATOR_ROLES.map((e) => e.id),
    ...eu.EU_AI_ACT_RISK_TIERS.map((e) => e.id),
    ...eu.EU_AI_ACT_HIGH_RISK_ROUTES.map((e) => e.id),
    ...eu.EU_AI_ACT_GPAI_STATUSES.map((e) => e.id),
    ...eu.EU_AI_ACT_TRANSPARENCY_DUTIES.map((e) => e.id),
    ...eu.EU_AI_ACT_ANNEX_III.flatMap((a) => a.points.map((p) => p.id)),
    ...eu.EU_AI_ACT_OBLIGATIONS.map((e) => e.id),
    ...eu.EU_AI_ACT_APPLICATION_DATES.map((e) => e.key),
    ...eu.EU_AI_ACT_PROHIBITED_PRACTICES.map((e) => e.id),
    ...eu.EU_AI_ACT_ADDED_PROHIBITED_PRACTICES.map((e) => e.id),
    ...eu.EU_AI_ACT_ART_6_3_CONDITIONS.map((e) => e.id),
    ...eu.EU_AI_ACT_GPAI_PROVIDER_DUTIES.map((e) => e.id),
    ...eu.EU_AI_ACT_GPAI_SYSTEMIC_DUTIES.map((e) => e.id),
    ...eu.EU_AI_ACT_ANNEX_XI.map((e) => e.id),
    ...eu.EU_AI_ACT_ANNEX_XII.map((e) => e.id),
    ...eu.GPAI_TRAINING_SUMMARY_SECTIONS.map((e) => e.id),
    ...eu.EU_AI_ACT_ANNEX_IV.map((e) => e.id),
    ...eu.EU_AI_ACT_ANNEX_VIII.map((e) => e.id),
  ];
  const seen = new Set<string>();
  const repeated = ids.filter((id) => seen.size === seen.add(id).size);
  assert.deepEqual(repeated, []);
  assert.ok(ids.length >= 174, `${ids.length} ids checked: every list above is included`);
});
