// One example per Annex III area, from questionnaire to tier, stored columns and obligations.
import assert from "node:assert/strict";
import { test } from "node:test";
import type { OperatorRoleId } from "@canon/frameworks";
import type { ClassificationAnswersInput } from "./classification-answers";
import { obligationsFor } from "./obligations-for";
import { ids, suggest } from "./test-helpers";

const PROVIDER_HIGH_RISK = ["art-4", "art-5", "art-9", "art-10", "art-11", "art-12", "art-13", "art-14", "art-15", "art-17", "art-49", "art-72", "art-73"];

interface Example {
  what: string;
  point: string;
  role: OperatorRoleId;
  publicAuthority?: boolean;
  area: number;
  storedPoint: string | null;
  obligations: string[];
  /** A phrase the Art. 49 reason must carry, when registration applies. */
  registration?: RegExp;
}

const EXAMPLES: Example[] = [
  {
    what: "remote biometric identification, its provider",
    point: "1(a)",
    role: "PROVIDER",
    area: 1,
    storedPoint: "1(a)",
    obligations: PROVIDER_HIGH_RISK,
    registration: /non-public section/,
  },
  {
    what: "water-network safety component, a public utility deploying it",
    point: "2",
    role: "DEPLOYER",
    publicAuthority: true,
    area: 2,
    storedPoint: null,
    obligations: ["art-4", "art-5", "art-26", "art-49"],
    registration: /national level/,
  },
  {
    what: "exam grading at a public school",
    point: "3(b)",
    role: "DEPLOYER",
    publicAuthority: true,
    area: 3,
    storedPoint: "3(b)",
    obligations: ["art-4", "art-5", "art-26", "art-27", "art-49"],
  },
  { what: "CV screening at a private employer", point: "4(a)", role: "DEPLOYER", area: 4, storedPoint: "4(a)", obligations: ["art-4", "art-5", "art-26"] },
  {
    what: "credit scoring at a private bank",
    point: "5(b)",
    role: "DEPLOYER",
    area: 5,
    storedPoint: "5(b)",
    obligations: ["art-4", "art-5", "art-26", "art-27"],
  },
  {
    what: "re-offending risk assessment, its provider",
    point: "6(d)",
    role: "PROVIDER",
    area: 6,
    storedPoint: "6(d)",
    obligations: PROVIDER_HIGH_RISK,
    registration: /non-public section/,
  },
  {
    what: "visa application examination at a border agency",
    point: "7(c)",
    role: "DEPLOYER",
    publicAuthority: true,
    area: 7,
    storedPoint: "7(c)",
    obligations: ["art-4", "art-5", "art-26", "art-27", "art-49"],
    registration: /non-public section/,
  },
  {
    what: "case-law research for a court",
    point: "8(a)",
    role: "DEPLOYER",
    publicAuthority: true,
    area: 8,
    storedPoint: "8(a)",
    obligations: ["art-4", "art-5", "art-26", "art-27", "art-49"],
  },
];

test("the examples cover every Annex III area", () => {
  assert.deepEqual(
    EXAMPLES.map((e) => e.area),
    [1, 2, 3, 4, 5, 6, 7, 8],
  );
});

for (const e of EXAMPLES) {
  test(`Annex III area ${e.area}: ${e.what}`, () => {
    const answers: ClassificationAnswersInput = { operatorRole: e.role, annexIIIPoint: e.point, deployerIsPublicAuthority: e.publicAuthority ?? false };
    const s = suggest(answers);
    assert.equal(s.classification.riskTier, "HIGH_RISK");
    assert.equal(s.classification.highRiskRoute, "ANNEX_III");
    assert.equal(s.classification.annexIIIArea, e.area);
    assert.equal(s.classification.annexIIIPoint, e.storedPoint);
    assert.ok(s.reasons.some((r) => r.reference === `Art. 6(2), Annex III ${e.point}`));

    const due = obligationsFor(s.classification, s.obligationContext);
    assert.deepEqual(ids(due), e.obligations);
    for (const o of due.filter((o) => !["art-4", "art-5"].includes(o.obligationId))) assert.equal(o.appliesFrom, "2027-12-02", o.obligationId);
    if (e.registration) assert.match(due.find((o) => o.obligationId === "art-49")!.why, e.registration);
  });
}
