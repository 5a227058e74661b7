import assert from "node:assert/strict";
import { test } from "node:test";
import { EU_AI_ACT_OBLIGATIONS } from "@canon/frameworks";
import type { ClassificationFields } from "./classification-fields";
import { CONDITIONAL_OBLIGATION_RULES, NARROWING_CONDITIONS } from "./conditional-obligations";
import { NO_PUBLIC_DEPLOYER } from "./obligation-due";
import { obligationsFor } from "./obligations-for";
import { assertStorable, ids, suggest } from "./test-helpers";

const minimal: ClassificationFields = {
  operatorRole: "PROVIDER",
  riskTier: "MINIMAL",
  highRiskRoute: null,
  annexIIIArea: null,
  annexIIIPoint: null,
  art6_3Derogation: false,
  art6_3Justification: null,
  profiling: false,
  gpaiStatus: "NONE",
  transparencyDuties: [],
};
const creditScoring: ClassificationFields = { ...minimal, riskTier: "HIGH_RISK", highRiskRoute: "ANNEX_III", annexIIIArea: 5, annexIIIPoint: "5(b)" };
const medicalDevice: ClassificationFields = { ...minimal, riskTier: "HIGH_RISK", highRiskRoute: "ANNEX_I" };
const dateOf = (due: ReturnType<typeof obligationsFor>, id: string) => due.find((o) => o.obligationId === id)?.appliesFrom;

test("the fixtures are classifications the registry accepts", () => {
  for (const c of [minimal, creditScoring, medicalDevice]) assertStorable(c);
});

test("every catalogue obligation with a condition is decided by a rule, or only narrowed", () => {
  const conditional = EU_AI_ACT_OBLIGATIONS.filter((o) => o.condition !== null).map((o) => o.id);
  assert.deepEqual(conditional.sort(), [...Object.keys(CONDITIONAL_OBLIGATION_RULES), ...NARROWING_CONDITIONS].sort());
});

test("a minimal-risk system: AI literacy and the prohibitions, from 2 Feb 2025", () => {
  const due = obligationsFor(minimal, NO_PUBLIC_DEPLOYER);
  assert.deepEqual(ids(due), ["art-4", "art-5"]);
  assert.ok(due.every((o) => o.appliesFrom === "2025-02-02"));
});

test("provider and deployer of the same high-risk system owe different obligations", () => {
  const provider = ids(obligationsFor(creditScoring, NO_PUBLIC_DEPLOYER));
  const deployer = ids(obligationsFor({ ...creditScoring, operatorRole: "DEPLOYER" }, NO_PUBLIC_DEPLOYER));
  assert.deepEqual(provider, ["art-4", "art-5", "art-9", "art-10", "art-11", "art-12", "art-13", "art-14", "art-15", "art-17", "art-49", "art-72", "art-73"]);
  assert.deepEqual(deployer, ["art-4", "art-5", "art-26", "art-27"]);
  assert.deepEqual(ids(obligationsFor({ ...creditScoring, operatorRole: "IMPORTER" }, NO_PUBLIC_DEPLOYER)), ["art-5"]);
  assert.deepEqual(ids(obligationsFor({ ...creditScoring, operatorRole: "AUTHORISED_REPRESENTATIVE" }, NO_PUBLIC_DEPLOYER)), ["art-49"]);
});

test("Art. 27: public-authority or public-service deployers of Annex III systems, any deployer of 5(b)/5(c), never area 2", () => {
  const hiring: ClassificationFields = {
    ...minimal,
    operatorRole: "DEPLOYER",
    riskTier: "HIGH_RISK",
    highRiskRoute: "ANNEX_III",
    annexIIIArea: 4,
    annexIIIPoint: "4(a)",
  };
  const has27 = (c: ClassificationFields, context = NO_PUBLIC_DEPLOYER) => ids(obligationsFor(c, context)).includes("art-27");
  assert.equal(has27(hiring), false);
  assert.equal(has27(hiring, { deployerIsPublicAuthority: true, deployerProvidesPublicServices: false }), true);
  assert.equal(has27(hiring, { deployerIsPublicAuthority: false, deployerProvidesPublicServices: true }), true);
  assert.equal(has27({ ...hiring, annexIIIArea: 5, annexIIIPoint: "5(c)" }), true);
  assert.equal(has27({ ...hiring, annexIIIArea: 2, annexIIIPoint: null }, { deployerIsPublicAuthority: true, deployerProvidesPublicServices: true }), false);
  assert.equal(has27({ ...medicalDevice, operatorRole: "DEPLOYER" }, { deployerIsPublicAuthority: true, deployerProvidesPublicServices: true }), false);

  const publicDeployer = { deployerIsPublicAuthority: true, deployerProvidesPublicServices: false };
  const due = obligationsFor(hiring, publicDeployer);
  assert.match(due.find((o) => o.obligationId === "art-27")!.why, /Public-authority deployer/);
  assert.match(due.find((o) => o.obligationId === "art-49")!.why, /Art\. 49\(3\)/);
  assert.equal(ids(obligationsFor(hiring, { deployerIsPublicAuthority: false, deployerProvidesPublicServices: true })).includes("art-49"), false);
});

test("dates follow the route: Annex III from 2 Dec 2027, Annex I from 2 Aug 2028, both routes take the earlier", () => {
  const annexIII = obligationsFor(creditScoring, NO_PUBLIC_DEPLOYER);
  const annexI = obligationsFor(medicalDevice, NO_PUBLIC_DEPLOYER);
  assert.equal(dateOf(annexIII, "art-9"), "2027-12-02");
  assert.equal(dateOf(annexI, "art-9"), "2028-08-02");
  assert.equal(dateOf(annexI, "art-49"), undefined, "Annex I products are not registered in the EU database");
  assert.match(annexI.find((o) => o.obligationId === "art-9")!.why, /Annex I product/);

  const both = obligationsFor({ ...medicalDevice, annexIIIArea: 5, annexIIIPoint: "5(d)" }, NO_PUBLIC_DEPLOYER);
  assert.equal(dateOf(both, "art-9"), "2027-12-02");
  assert.match(both.find((o) => o.obligationId === "art-9")!.why, /Annex I product and Annex III 5\(d\)/);
});

test("Art. 50 duties bring Art. 50 from 2 Aug 2026 to the role that carries them, on any tier", () => {
  const chatbot = suggest({ operatorRole: "PROVIDER", art50: { interactsWithPeople: true, generatesSyntheticContent: true } });
  const due = obligationsFor(chatbot.classification, chatbot.obligationContext);
  const art50 = due.find((o) => o.obligationId === "art-50")!;
  assert.equal(art50.appliesFrom, "2026-08-02");
  assert.match(art50.why, /AI interaction notice \(Art\. 50\(1\)\); Synthetic content marking \(Art\. 50\(2\)\)/);
  assert.match(art50.why, /until 2026-12-02/);

  // 50(1) and 50(2) are the provider's: the deployer of the same system owes no Art. 50 duty.
  assert.equal(dateOf(obligationsFor({ ...chatbot.classification, operatorRole: "DEPLOYER" }, NO_PUBLIC_DEPLOYER), "art-50"), undefined);
  const deepFakes = obligationsFor(
    { ...minimal, operatorRole: "DEPLOYER", riskTier: "TRANSPARENCY", transparencyDuties: ["50(4)-deepfake"] },
    NO_PUBLIC_DEPLOYER,
  );
  assert.match(deepFakes.find((o) => o.obligationId === "art-50")!.why, /Deep fake disclosure/);

  const highRiskChatbot = obligationsFor({ ...creditScoring, transparencyDuties: ["50(1)"] }, NO_PUBLIC_DEPLOYER);
  assert.equal(dateOf(highRiskChatbot, "art-50"), "2026-08-02");
});

test("GPAI obligations go to the provider: Art. 53 for every model, Art. 55 as well with systemic risk, from 2 Aug 2025", () => {
  const s = suggest({ operatorRole: "PROVIDER", gpai: { generalPurposeModel: true, trainingFlops: 2e25 } });
  const due = obligationsFor(s.classification, s.obligationContext);
  assert.deepEqual(ids(due), ["art-4", "art-5", "art-53", "art-55"]);
  assert.equal(dateOf(due, "art-55"), "2025-08-02");
  assert.match(due.find((o) => o.obligationId === "art-53")!.why, /open-source/);
  assert.deepEqual(ids(obligationsFor({ ...s.classification, gpaiStatus: "GPAI" }, NO_PUBLIC_DEPLOYER)), ["art-4", "art-5", "art-53"]);
  assert.deepEqual(ids(obligationsFor({ ...s.classification, operatorRole: "DEPLOYER" }, NO_PUBLIC_DEPLOYER)), ["art-4", "art-5"]);
});

test("an Annex III system under the Art. 6(3) derogation: its provider still registers it", () => {
  const s = suggest({ operatorRole: "PROVIDER", annexIIIPoint: "4(b)", art6_3: { conditions: ["a"], justification: "Formats shift rosters" } });
  const due = obligationsFor(s.classification, s.obligationContext);
  assert.deepEqual(ids(due), ["art-4", "art-5", "art-49"]);
  assert.equal(dateOf(due, "art-49"), "2027-12-02");
  assert.match(due.find((o) => o.obligationId === "art-49")!.why, /Art\. 49\(2\).*Art\. 6\(4\)/);
  assert.deepEqual(
    ids(obligationsFor({ ...s.classification, operatorRole: "DEPLOYER" }, { deployerIsPublicAuthority: true, deployerProvidesPublicServices: false })),
    ["art-4", "art-5"],
  );
});

test("a prohibited system owes only what every system owes, and Art. 5 says it must stop", () => {
  const due = obligationsFor(
    { ...creditScoring, riskTier: "PROHIBITED", highRiskRoute: null, transparencyDuties: ["50(1)"], gpaiStatus: "GPAI" },
    NO_PUBLIC_DEPLOYER,
  );
  assert.deepEqual(ids(due), ["art-4", "art-5"]);
  assert.match(due.find((o) => o.obligationId === "art-5")!.why, /may not be placed on the market/);
  assert.deepEqual(ids(obligationsFor({ ...creditScoring, riskTier: "UNCLASSIFIED", highRiskRoute: null }, NO_PUBLIC_DEPLOYER)), ["art-4", "art-5"]);
});
