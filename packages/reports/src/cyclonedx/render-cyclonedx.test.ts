// The ML-BOM is checked against the official CycloneDX 1.6 and 1.7 JSON schemas (strict validator of
// @cyclonedx/cyclonedx-library, backed by ajv), then read back for what the schema cannot check: refs,
// lineage, pedigree, model cards, properties, determinism.
import assert from "node:assert/strict";
import { test } from "node:test";
import { Spec, Validation } from "@cyclonedx/cyclonedx-library";
import type { CycloneDxSpecVersion, MlBomModel } from "../model/ml-bom";
import { renderCycloneDx } from "./render-cyclonedx";
import { sampleMlBom } from "./sample-ml-bom";

const SPECS: Record<CycloneDxSpecVersion, Spec.Version> = { "1.6": Spec.Version.v1dot6, "1.7": Spec.Version.v1dot7 };
const validators = new Map<CycloneDxSpecVersion, Validation.JsonStrictValidator>();

async function schemaErrors(json: string, spec: CycloneDxSpecVersion): Promise<unknown> {
  if (!validators.has(spec)) validators.set(spec, new Validation.JsonStrictValidator(SPECS[spec]));
  return validators.get(spec)!.validate(json);
}

type Json = any;
const parse = (json: string): Json => JSON.parse(json);
const allComponents = (bom: Json): Json[] =>
  bom.components.flatMap(function walk(c: Json): Json[] {
    return [c, ...(c.components ?? []).flatMap(walk)];
  });
const byRef = (bom: Json, ref: string) => allComponents(bom).find((c) => c["bom-ref"] === ref);
const prop = (holder: Json, name: string) => (holder.properties ?? []).filter((p: Json) => p.name === name).map((p: Json) => p.value);

for (const spec of ["1.6", "1.7"] as const) {
  test(`CycloneDX ${spec}: the sample ML-BOM is valid against the official schema`, async () => {
    const json = renderCycloneDx(sampleMlBom(), spec);
    assert.equal(await schemaErrors(json, spec), null);
    const bom = parse(json);
    assert.equal(bom.specVersion, spec);
    assert.equal(bom.$schema, `http://cyclonedx.org/schema/bom-${spec}.schema.json`);
  });

  test(`CycloneDX ${spec}: a broken document fails validation`, async () => {
    const json = renderCycloneDx(sampleMlBom(), spec);
    const breakages: [string, (bom: Json) => void][] = [
      ["unknown component type", (bom) => (bom.components[0].type = "ml-model")],
      ["component without a name", (bom) => delete byRef(bom, "canon:model-version/mv-scorer-2").name],
      ["metric value as a number", (bom) => (byRef(bom, "canon:model-version/mv-scorer-2").modelCard.quantitativeAnalysis.performanceMetrics[0].value = 0.87)],
      ["unknown model card field", (bom) => (byRef(bom, "canon:model-version/mv-scorer-2").modelCard.hyperparameters = {})],
      ["serial number not a UUID URN", (bom) => (bom.serialNumber = "urn:uuid:not-a-uuid")],
      ["short hash", (bom) => (byRef(bom, "canon:model-version/mv-scorer-2").hashes[0].content = "abc")],
    ];
    for (const [what, breakIt] of breakages) {
      const bom = parse(json);
      breakIt(bom);
      assert.notEqual(await schemaErrors(JSON.stringify(bom), spec), null, what);
    }
  });
}

test("the same model gives the same bytes, whatever order its lists came in", () => {
  const model = sampleMlBom();
  const shuffled: MlBomModel = {
    ...model,
    systems: [...model.systems]
      .reverse()
      .map((s) => ({ ...s, releases: [...s.releases].reverse().map((r) => ({ ...r, components: [...r.components].reverse() })) })),
    models: [...model.models].reverse().map((m) => ({ ...m, versions: [...m.versions].reverse() })),
    datasets: [...model.datasets].reverse(),
  };
  const first = renderCycloneDx(model, "1.6");
  assert.equal(renderCycloneDx(sampleMlBom(), "1.6"), first);
  assert.equal(renderCycloneDx(shuffled, "1.6"), first);
  assert.notEqual(renderCycloneDx({ ...model, generatedAt: new Date("2026-03-16T00:00:00Z") }, "1.6"), first, "the timestamp is the model's");
});

test("metadata: serial number, timestamp, tool, organisation and as-of", () => {
  const bom = parse(renderCycloneDx(sampleMlBom(), "1.7"));
  assert.equal(bom.serialNumber, "urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79");
  assert.equal(bom.version, 1);
  assert.equal(bom.metadata.timestamp, "2026-03-15T09:30:05.000Z");
  assert.deepEqual(bom.metadata.tools.components, [{ type: "application", name: "Canon", version: "0.1.0" }]);
  assert.deepEqual(bom.metadata.supplier, { name: "Acme Lending GmbH" });
  assert.deepEqual(prop(bom.metadata, "canon:asOf"), ["2026-03-01T12:00:00.000Z"]);
  assert.deepEqual(prop(bom.metadata, "canon:generatedBy"), ["Ada Lovelace <ada@acme.example>"]);
});

test("model versions are machine-learning-model components with a model card", () => {
  const bom = parse(renderCycloneDx(sampleMlBom(), "1.6"));
  const scorer = byRef(bom, "canon:model-version/mv-scorer-2");
  assert.equal(scorer.type, "machine-learning-model");
  assert.deepEqual([scorer.name, scorer.version], ["credit-scorer", "2"]);
  assert.deepEqual(scorer.hashes, [{ alg: "SHA-256", content: "2".repeat(64) }]);
  assert.deepEqual(scorer.tags, ["champion", "credit", "tabular"]);
  assert.deepEqual(
    scorer.externalReferences.map((r: Json) => r.type),
    ["distribution", "build-meta"],
  );
  const card = scorer.modelCard;
  assert.equal(card.modelParameters.task, "classification");
  assert.deepEqual(card.modelParameters.datasets, [{ ref: "canon:dataset-version/dv-apps-2" }, { ref: "canon:dataset-version/dv-bureau-1" }]);
  assert.deepEqual(card.quantitativeAnalysis.performanceMetrics, [
    { type: "auc", value: "0.87" },
    { type: "auc", value: "0.83", slice: "age>=65" },
    { type: "false_positive_rate", value: "0.04" },
  ]);
  assert.deepEqual(card.considerations.users, ["Credit underwriters"]);
  assert.deepEqual(card.considerations.useCases, ["Rank consumer credit applications for manual review."]);
  assert.deepEqual(card.considerations.technicalLimitations, ["Not calibrated for small-business credit."]);
  assert.deepEqual(card.considerations.ethicalConsiderations, [
    { name: "Proxy discrimination through postcode.", mitigationStrategy: "Review decisions for applicants 65+ monthly." },
  ]);
  assert.deepEqual(prop(card, "canon:card:outOfScopeUse"), ["Fully automated rejection without human review."]);
  assert.deepEqual(prop(card, "canon:evaluation:holdout:threshold:false_positive_rate"), ["<= 0.05"]);
  assert.deepEqual(prop(card, "canon:evaluation:holdout:threshold:auc[age>=65]"), [">= 0.8"]);
  assert.deepEqual(prop(card, "canon:lineage:VALIDATION"), ["canon:dataset-version/dv-bureau-1"]);
  assert.deepEqual(prop(card, "canon:hyperparameter:features"), ['["income","debt_ratio"]']);
  assert.deepEqual(prop(card, "canon:hyperparameter:learning_rate"), ["0.05"]);
  assert.equal(scorer.description, sampleMlBom().models[0]!.versions[1]!.description, "text kept exactly");
});

test("base models are pedigree ancestors, nested down the chain", () => {
  const bom = parse(renderCycloneDx(sampleMlBom(), "1.6"));
  const lora = byRef(bom, "canon:model-version/mv-lora-1");
  assert.equal(lora.pedigree.notes, "fine-tuned from llama-3-8b version 1");
  const [base] = lora.pedigree.ancestors;
  assert.deepEqual([base.type, base.name, base.version, base["bom-ref"]], ["machine-learning-model", "llama-3-8b", "1", undefined]);
  assert.deepEqual(base.hashes, [{ alg: "SHA-256", content: "1".repeat(64) }]);
  assert.deepEqual(prop(base, "canon:modelVersionRef"), ["canon:model-version/mv-llama-1"]);
  assert.equal(byRef(bom, "canon:model-version/mv-llama-1").pedigree, undefined);
  assert.deepEqual(lora.licenses, [{ license: { name: "Apache-2.0" } }]);

  const deeper = sampleMlBom();
  deeper.models.find((m) => m.id === "mdl-llama")!.versions[0]!.parent = { modelVersionId: "mv-gpt-1", relation: "DISTILLED" };
  const grand = byRef(parse(renderCycloneDx(deeper, "1.6")), "canon:model-version/mv-lora-1").pedigree.ancestors[0].pedigree;
  assert.equal(grand.notes, "distilled from gpt-4o version 1");
  assert.deepEqual(
    grand.ancestors.map((a: Json) => [a.name, a.version, a.supplier?.name]),
    [["gpt-4o", "1", "OpenAI"]],
  );

  const cycle = sampleMlBom();
  cycle.models.find((m) => m.id === "mdl-llama")!.versions[0]!.parent = { modelVersionId: "mv-lora-1", relation: null };
  assert.throws(() => renderCycloneDx(cycle, "1.6"), /is its own ancestor/);
});

test("datasets are data components with classification, sensitive data and owner", () => {
  const bom = parse(renderCycloneDx(sampleMlBom(), "1.6"));
  const bureau = byRef(bom, "canon:dataset-version/dv-bureau-1");
  assert.equal(bureau.type, "data");
  assert.equal(bureau.hashes, undefined, "no digest recorded, no hash");
  const [data] = bureau.data;
  assert.deepEqual([data.type, data.classification, data.contents.url], ["dataset", "RESTRICTED", "s3://acme-data/bureau/holdout.parquet"]);
  assert.equal(data.sensitiveData.length, 2);
  assert.deepEqual(data.governance.owners, [{ contact: { name: "Risk Data Team" } }]);
  const apps = byRef(bom, "canon:dataset-version/dv-apps-2").data[0];
  assert.deepEqual(apps.governance.owners, [{ contact: { name: "Grace Hopper", email: "grace@acme.example" } }]);
});

test("systems hold their releases; a release depends on its stack; a model version on its datasets", () => {
  const bom = parse(renderCycloneDx(sampleMlBom(), "1.6"));
  assert.deepEqual(
    bom.components.slice(0, 2).map((c: Json) => c["bom-ref"]),
    ["canon:system/sys-credit", "canon:system/sys-support"],
  );
  const credit = byRef(bom, "canon:system/sys-credit");
  assert.deepEqual(
    credit.components.map((r: Json) => [r.name, r.version]),
    [
      ["Launch", "1"],
      ["Credit decisioning release 2", "2"],
    ],
  );
  const deps = new Map(bom.dependencies.map((d: Json) => [d.ref, d.dependsOn ?? []]));
  assert.deepEqual(deps.get("canon:system/sys-credit"), ["canon:release/rel-1", "canon:release/rel-2"]);
  assert.deepEqual(deps.get("canon:release/rel-2"), [
    "canon:model-version/mv-scorer-2",
    "canon:model-version/mv-gpt-1",
    "canon:model-version/mv-prompt-1",
    "canon:release-component/rc-2-4",
    "canon:release-component/rc-2-5",
    "canon:release-component/rc-2-6",
  ]);
  assert.deepEqual(deps.get("canon:model-version/mv-lora-1"), ["canon:dataset-version/dv-tickets-1"]);
  const refs = allComponents(bom).map((c) => c["bom-ref"]);
  assert.equal(new Set(refs).size, refs.length, "bom-refs are unique");
  assert.deepEqual([...deps.keys()].sort(), [...refs].sort(), "every component has one dependency entry");
  for (const targets of deps.values()) for (const target of targets as string[]) assert.ok(refs.includes(target), target);
});

test("prompt templates and gateway metadata are canon: properties", () => {
  const bom = parse(renderCycloneDx(sampleMlBom(), "1.6"));
  const release = byRef(bom, "canon:release/rel-2");
  assert.deepEqual(prop(release, "canon:stack:3:role"), ["PROMPT_TEMPLATE"]);
  assert.deepEqual(prop(release, "canon:stack:3:promptTemplate:temperature"), ["0.2"]);
  assert.deepEqual(prop(release, "canon:stack:6:promptTemplate:template"), ["You are a careful credit assistant.\nNever reveal scores."]);
  assert.deepEqual(prop(release, "canon:stack:5:config:block"), ['["IBAN","PAN"]']);
  const systemPrompt = byRef(bom, "canon:release-component/rc-2-6");
  assert.deepEqual([systemPrompt.type, systemPrompt.data[0].type], ["data", "configuration"]);
  assert.deepEqual(prop(systemPrompt, "canon:promptTemplate:locale"), ["de-DE"]);
  const promptVersion = byRef(bom, "canon:model-version/mv-prompt-1");
  assert.equal(promptVersion.type, "data");
  assert.deepEqual(prop(promptVersion, "canon:promptTemplate:template"), ["Explain to {{name}} why:\n{{reasons}}"]);
  const gpt = byRef(bom, "canon:model-version/mv-gpt-1");
  assert.deepEqual(gpt.supplier, { name: "OpenAI" });
  assert.deepEqual(prop(gpt, "canon:gateway:providerModelId"), ["gpt-4o-2024-08-06"]);
  assert.deepEqual(prop(gpt, "canon:gateway:contextWindow"), ["128000"]);
  assert.deepEqual(prop(gpt, "canon:gateway:capabilityTags"), ['["json-mode","tools","vision"]']);
  assert.deepEqual(prop(gpt, "canon:gateway:deprecationDate"), ["2026-10-01T00:00:00.000Z"]);
  for (const c of allComponents(bom)) for (const p of c.properties ?? []) assert.match(p.name, /^canon:/);
});

test("a model whose references point at nothing, or a bad serial number, is refused", () => {
  const dangling = sampleMlBom();
  dangling.datasets = dangling.datasets.filter((d) => d.id !== "ds-tickets");
  assert.throws(() => renderCycloneDx(dangling, "1.6"), /dataset version dv-tickets-1 is referenced but not in the model/);
  const orphan = sampleMlBom();
  orphan.models = orphan.models.filter((m) => m.id !== "mdl-llama");
  assert.throws(() => renderCycloneDx(orphan, "1.6"), /model version mv-llama-1 is referenced/);
  assert.throws(() => renderCycloneDx({ ...sampleMlBom(), serialNumber: "not-a-uuid" }, "1.6"), /not a UUID/);
  assert.throws(() => renderCycloneDx(sampleMlBom(), "1.5" as CycloneDxSpecVersion), /not supported/);
});
