// Inventory models for the renderers' tests: a small varied one, and a long one that spans pages.
import { labelCatalogues } from "../format/labels";
import type { InventoryReport, InventorySystem } from "../model/inventory";

export const AS_OF = new Date("2026-03-01T12:00:00.000Z");
export const GENERATED_AT = new Date("2026-03-15T09:30:05.000Z");

export function sampleSystem(i: number, overrides: Partial<InventorySystem> = {}): InventorySystem {
  return {
    id: `sys-${i}`,
    reference: `system-${String(i).padStart(3, "0")}`,
    name: `System ${i}`,
    tradeName: null,
    intendedPurpose: `Purpose of system ${i}`,
    description: null,
    businessUnit: "Risk",
    owner: "Ada Owner <ada@example.com>",
    lifecycleStatus: "IN_PRODUCTION",
    marketStatus: "IN_SERVICE",
    memberStates: ["DE", "FR"],
    euRegistrationNumber: null,
    registeredAt: new Date("2026-01-10T08:00:00.000Z"),
    classification: {
      operatorRole: "DEPLOYER",
      riskTier: "MINIMAL",
      highRiskRoute: null,
      annexIIIArea: null,
      annexIIIPoint: null,
      art6_3Derogation: false,
      profiling: false,
      gpaiStatus: "NONE",
      transparencyDuties: [],
      classifiedAt: new Date("2026-01-11T08:00:00.000Z"),
    },
    models: [],
    deployments: [],
    gaps: { open: i % 4, critical: i % 4 === 3 ? 1 : 0, high: i % 4 >= 2 ? 1 : 0 },
    ...overrides,
  };
}

/** Four systems: high risk with models and deployments, non-Latin names, a formula-like text, a planned one. */
export function sampleInventory(): InventoryReport {
  return {
    kind: "ai-inventory",
    organization: { name: "Łódź Analytics", legalName: "Łódź Analytics Sp. z o.o." },
    asOf: AS_OF,
    generatedAt: GENERATED_AT,
    generatedBy: "Grace Auditor <grace@example.com>",
    catalogues: labelCatalogues(),
    scopeLabel: "Whole organisation",
    systems: [
      sampleSystem(1, {
        name: "Credit scoring",
        intendedPurpose: "Scores consumer credit applications",
        owner: "Zoë Ørsted <zoe@example.com>",
        classification: {
          operatorRole: "PROVIDER",
          riskTier: "HIGH_RISK",
          highRiskRoute: "ANNEX_III",
          annexIIIArea: 5,
          annexIIIPoint: "5(b)",
          art6_3Derogation: false,
          profiling: true,
          gpaiStatus: "NONE",
          transparencyDuties: ["50(1)"],
          classifiedAt: new Date("2026-02-01T10:00:00.000Z"),
        },
        models: [
          {
            id: "m1",
            name: "credit-gbm",
            kind: "CLASSIFIER",
            source: "INTERNAL",
            provider: null,
            link: "SYSTEM",
            productionVersions: [3],
            aliases: [{ name: "champion", version: 3 }],
          },
        ],
        deployments: [
          {
            environment: "PRODUCTION",
            target: "eu-api",
            region: "eu-west-1",
            subject: { kind: "MODEL_VERSION", model: "credit-gbm", version: 3 },
            trafficShare: 0.9,
            startedAt: new Date("2026-02-10T00:00:00.000Z"),
            policyViolation: false,
          },
          {
            environment: "STAGING",
            target: "staging-api",
            region: null,
            subject: { kind: "MODEL_VERSION", model: "credit-gbm", version: 4 },
            trafficShare: 1,
            startedAt: new Date("2026-02-20T00:00:00.000Z"),
            policyViolation: true,
          },
        ],
      }),
      sampleSystem(2, { name: "Überprüfung Έλεγχος Проверка", reference: "check-ελ", intendedPurpose: "Prüft Anträge — Ελληνικά, кириллица" }),
      sampleSystem(3, {
        name: '=HYPERLINK("http://evil.example","click")',
        intendedPurpose: "+1 formula-looking text",
        description: "-2",
        businessUnit: "@team",
      }),
      sampleSystem(4, {
        name: "Assistant",
        lifecycleStatus: "PLANNED",
        classification: { ...sampleSystem(0).classification, riskTier: "UNCLASSIFIED", gpaiStatus: "GPAI", classifiedAt: null },
      }),
    ],
  };
}

/** `count` systems with longish purposes: enough rows to fill several pages. */
export function longInventory(count: number): InventoryReport {
  const purpose = "Routes customer requests to the right team using a fine-tuned language model; reviewed weekly by the service desk.";
  return {
    ...sampleInventory(),
    systems: Array.from({ length: count }, (_, i) => sampleSystem(i + 1, { name: `Long system ${String(i + 1).padStart(3, "0")}`, intendedPurpose: purpose })),
  };
}
