import assert from "node:assert/strict";
import { test } from "node:test";
import { diffObligations } from "./diff-obligations";
import { obligationsFor } from "./obligations-for";
import { ids, suggest } from "./test-helpers";

test("high risk to minimal (an Art. 6(3) derogation without profiling): the high-risk duties go, registration stays", () => {
  const before = suggest({
    operatorRole: "PROVIDER",
    annexIIIPoint: "4(a)",
    profiling: true,
    art6_3: { conditions: ["d"], justification: "Only sorts CVs by date" },
  });
  const after = suggest({
    operatorRole: "PROVIDER",
    annexIIIPoint: "4(a)",
    profiling: false,
    art6_3: { conditions: ["d"], justification: "Only sorts CVs by date" },
  });
  assert.equal(before.classification.riskTier, "HIGH_RISK");
  assert.equal(after.classification.riskTier, "MINIMAL");

  const diff = diffObligations(obligationsFor(before.classification, before.obligationContext), obligationsFor(after.classification, after.obligationContext));
  assert.deepEqual(ids(diff.added), []);
  assert.deepEqual(ids(diff.removed), ["art-9", "art-10", "art-11", "art-12", "art-13", "art-14", "art-15", "art-17", "art-72", "art-73"]);
  assert.deepEqual(ids(diff.unchanged), ["art-4", "art-5", "art-49"]);
  assert.match(diff.unchanged.find((o) => o.obligationId === "art-49")!.why, /Art\. 49\(2\)/, "kept entries carry the new reason");
  assert.deepEqual(diff.rescheduled, []);
});

test("high risk to minimal outside Annex III: everything tier-specific is removed", () => {
  const before = suggest({ operatorRole: "PROVIDER", annexIIIPoint: "5(b)" });
  const after = suggest({ operatorRole: "PROVIDER" });
  const diff = diffObligations(obligationsFor(before.classification, before.obligationContext), obligationsFor(after.classification, after.obligationContext));
  assert.deepEqual(ids(diff.removed), ["art-9", "art-10", "art-11", "art-12", "art-13", "art-14", "art-15", "art-17", "art-49", "art-72", "art-73"]);
  assert.deepEqual(ids(diff.unchanged), ["art-4", "art-5"]);
  assert.deepEqual(diff.added, []);
});

test("minimal to transparency adds Art. 50; Annex I to Annex III moves the high-risk dates earlier", () => {
  const minimal = suggest({ operatorRole: "PROVIDER" });
  const chatbot = suggest({ operatorRole: "PROVIDER", art50: { interactsWithPeople: true } });
  assert.deepEqual(
    ids(
      diffObligations(obligationsFor(minimal.classification, minimal.obligationContext), obligationsFor(chatbot.classification, chatbot.obligationContext))
        .added,
    ),
    ["art-50"],
  );

  const product = suggest({ operatorRole: "PROVIDER", annexI: { coveredProductOrSafetyComponent: true, thirdPartyConformityAssessment: true } });
  const use = suggest({ operatorRole: "PROVIDER", annexIIIPoint: "5(a)" });
  const diff = diffObligations(obligationsFor(product.classification, product.obligationContext), obligationsFor(use.classification, use.obligationContext));
  assert.deepEqual(ids(diff.added), ["art-49"]);
  assert.equal(diff.rescheduled.length, 10);
  assert.ok(diff.rescheduled.every((r) => r.before.appliesFrom === "2028-08-02" && r.after.appliesFrom === "2027-12-02"));
  assert.ok(diff.rescheduled.every((r) => diff.unchanged.includes(r.after)));
});
