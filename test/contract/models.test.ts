import assert from "node:assert/strict";
import { test } from "node:test";
import { codes, describeContract } from "../support/contract";

const CREATE = `mutation($i: CreateModelInput!) { createModel(input: $i) { id name kind source status tags capabilityTags provider providerModelId inputPricePerMTok healthStatus fallbackEligible systemId ownerId } }`;
const UPDATE = `mutation($id: ID!, $i: ModelFieldsInput!) { updateModel(id: $id, input: $i) { id name source provider providerModelId tags status } }`;
const COUNT = `{ models { totalCount } verifyAuditChain { eventCount } }`;
const SYSTEM = `mutation($r: String!) { createAISystem(input: { reference: $r, name: $r }) { id } }`;

describeContract("models", (api) => {
  test("create, read, update and list with filters, tags, ordering and cursor pages", async () => {
    const a = api();
    const { createAISystem: sys } = await a.ok(SYSTEM, { r: "support-assistant" });
    const { createModel: llm } = await a.ok(CREATE, {
      i: {
        name: "gateway-claude",
        kind: "LLM",
        source: "PROVIDER_HOSTED",
        provider: "anthropic",
        providerModelId: "claude-sonnet-4",
        contextWindow: 200000,
        maxOutputTokens: 64000,
        inputPricePerMTok: 3,
        outputPricePerMTok: 15,
        supportsStreaming: true,
        timeoutMs: 60000,
        healthStatus: "HEALTHY",
        deprecationDate: "2027-01-01T00:00:00.000Z",
        capabilityTags: ["tools", "vision"],
        fallbackEligible: true,
        tags: ["chat", "prod"],
        systemId: sys.id,
        ownerId: a.orgA.adminUserId,
      },
    });
    assert.equal(llm.source, "PROVIDER_HOSTED");
    assert.deepEqual(llm.tags, ["chat", "prod"]);
    assert.deepEqual(llm.capabilityTags, ["tools", "vision"]);
    assert.equal(llm.inputPricePerMTok, 3);
    assert.equal(llm.fallbackEligible, true);
    assert.equal(llm.systemId, sys.id);
    const { createModel: clf } = await a.ok(CREATE, {
      i: { name: "fraud-classifier", kind: "CLASSIFIER", description: "Card fraud scoring", tags: ["prod", "tabular"] },
    });
    assert.equal(clf.source, "INTERNAL");
    assert.equal(clf.status, "ACTIVE");
    assert.equal(clf.healthStatus, "UNKNOWN");
    await a.ok(CREATE, { i: { name: "text-embedder", kind: "EMBEDDING", source: "OPEN_WEIGHT", tags: ["chat"] } });
    await a.ok(CREATE, { i: { name: "answer-reranker", kind: "RERANKER", status: "DEPRECATED" } });

    const got = await a.ok(
      `query($id: ID!) { model(id: $id) { name contextWindow deprecationDate system { id reference } latestVersion { id } aliases { name } } }`,
      { id: llm.id },
    );
    assert.deepEqual(got.model, {
      name: "gateway-claude",
      contextWindow: 200000,
      deprecationDate: "2027-01-01T00:00:00.000Z",
      system: { id: sys.id, reference: "support-assistant" },
      latestVersion: null,
      aliases: [],
    });

    const updated = await a.ok(UPDATE, { id: clf.id, i: { tags: ["batch"], description: "Card fraud scoring v2" } });
    assert.deepEqual(updated.updateModel.tags, ["batch"], "tags are replaced as a whole");
    assert.equal(updated.updateModel.name, "fraud-classifier");
    const renamed = await a.ok(UPDATE, { id: clf.id, i: { name: "fraud-scorer", status: "DEPRECATED" } });
    assert.deepEqual(renamed.updateModel.tags, ["batch"], "tags untouched when omitted");
    assert.equal(renamed.updateModel.status, "DEPRECATED");

    const names = async (filter: Record<string, unknown>) =>
      (
        await a.ok(`query($f: ModelFilter) { models(filter: $f, orderBy: { field: NAME, direction: ASC }) { nodes { name } } }`, { f: filter })
      ).models.nodes.map((n: any) => n.name);
    assert.deepEqual(await names({ search: "CARD FRAUD" }), ["fraud-scorer"]);
    assert.deepEqual(await names({ search: "sonnet" }), ["gateway-claude"], "search covers the provider model id");
    assert.deepEqual(await names({ kind: "EMBEDDING" }), ["text-embedder"]);
    assert.deepEqual(await names({ source: "PROVIDER_HOSTED" }), ["gateway-claude"]);
    assert.deepEqual(await names({ status: "DEPRECATED" }), ["answer-reranker", "fraud-scorer"]);
    assert.deepEqual(await names({ provider: "anthropic" }), ["gateway-claude"]);
    assert.deepEqual(await names({ ownerId: a.orgA.adminUserId }), ["gateway-claude"]);
    assert.deepEqual(await names({ systemId: sys.id }), ["gateway-claude"]);
    assert.deepEqual(await names({ tags: ["chat"] }), ["gateway-claude", "text-embedder"]);
    assert.deepEqual(await names({ tags: ["chat", "prod"] }), ["gateway-claude"], "every given tag must match");
    assert.deepEqual(await names({ tags: ["prod"] }), ["gateway-claude"], "old tags were removed");

    const desc = await a.ok(`{ models(orderBy: { field: NAME, direction: DESC }) { nodes { name } } }`);
    assert.deepEqual(
      desc.models.nodes.map((n: any) => n.name),
      ["text-embedder", "gateway-claude", "fraud-scorer", "answer-reranker"],
    );
    const byCreated = await a.ok(`{ models(orderBy: { field: CREATED_AT, direction: ASC }) { nodes { name } } }`);
    assert.equal(byCreated.models.nodes[0].name, "gateway-claude");
    const byUpdated = await a.ok(`{ models(orderBy: { field: UPDATED_AT, direction: DESC }) { nodes { name } } }`);
    assert.equal(byUpdated.models.nodes[0].name, "fraud-scorer");

    const page1 = await a.ok(`{ models(first: 3, orderBy: { field: NAME, direction: ASC }) { totalCount nodes { name } pageInfo { hasNextPage endCursor } } }`);
    assert.equal(page1.models.totalCount, 4);
    assert.equal(page1.models.pageInfo.hasNextPage, true);
    const page2 = await a.ok(
      `query($after: String) { models(first: 3, after: $after, orderBy: { field: NAME, direction: ASC }) { nodes { name } pageInfo { hasNextPage } } }`,
      { after: page1.models.pageInfo.endCursor },
    );
    assert.deepEqual(
      page2.models.nodes.map((n: any) => n.name),
      ["text-embedder"],
    );
    assert.equal(page2.models.pageInfo.hasNextPage, false);

    const events = await a.ok(`query($id: String) { auditEvents(filter: { subjectId: $id }) { nodes { action before after } } }`, { id: clf.id });
    assert.deepEqual(
      events.auditEvents.nodes.map((e: any) => e.action),
      ["model.update", "model.update", "model.create"],
    );
    assert.deepEqual(events.auditEvents.nodes[1].before.tags, ["prod", "tabular"]);
    assert.deepEqual(events.auditEvents.nodes[1].after.tags, ["batch"]);
  });

  test("a provider-hosted model names its provider and model id", async () => {
    const a = api();
    const before = await a.ok(COUNT);
    const noProvider = await a.gql(CREATE, { i: { name: "hosted-1", kind: "LLM", source: "PROVIDER_HOSTED", providerModelId: "x" } });
    assert.deepEqual(codes(noProvider), ["VALIDATION"]);
    assert.equal(noProvider.errors![0]!.extensions!.field, "provider");
    const noModelId = await a.gql(CREATE, { i: { name: "hosted-1", kind: "LLM", source: "PROVIDER_HOSTED", provider: "openai" } });
    assert.equal(noModelId.errors![0]!.extensions!.field, "providerModelId");
    assert.deepEqual(await a.ok(COUNT), before);

    const { createModel: m } = await a.ok(CREATE, { i: { name: "hosted-later", kind: "LLM" } });
    const before2 = await a.ok(COUNT);
    const switched = await a.gql(UPDATE, { id: m.id, i: { source: "PROVIDER_HOSTED", provider: "openai" } });
    assert.equal(switched.errors![0]!.extensions!.field, "providerModelId");
    assert.deepEqual(await a.ok(COUNT), before2);
    const ok = await a.ok(UPDATE, { id: m.id, i: { source: "PROVIDER_HOSTED", provider: "openai", providerModelId: "gpt-4.1" } });
    assert.equal(ok.updateModel.providerModelId, "gpt-4.1");
    const cleared = await a.gql(UPDATE, { id: m.id, i: { provider: null } });
    assert.equal(cleared.errors![0]!.extensions!.field, "provider", "cannot remove the provider of a hosted model");
  });

  test("bad input: missing fields, wrong enums, oversize strings, bad numbers, duplicates, unknown references — coded errors and nothing written", async () => {
    const a = api();
    await a.ok(CREATE, { i: { name: "dup-model", kind: "OTHER" } });
    const { createModel: target } = await a.ok(CREATE, { i: { name: "target-model", kind: "OTHER" } });
    const { createAISystem: foreignSystem } = await a.ok(SYSTEM, { r: "b-system" }, a.orgB.tokens.ADMIN);
    const before = await a.ok(COUNT);
    const field = async (input: Record<string, unknown>, expected: string, code = "VALIDATION") => {
      const res = await a.gql(CREATE, { i: input });
      assert.deepEqual(codes(res), [code], JSON.stringify(input));
      if (expected) assert.equal(res.errors![0]!.extensions!.field, expected, JSON.stringify(input));
    };
    await field({ kind: "LLM" }, "");
    await field({ name: "no-kind" }, "");
    await field({ name: "   ", kind: "LLM" }, "name");
    await field({ name: "x".repeat(201), kind: "LLM" }, "name");
    await field({ name: "bad-kind", kind: "TRANSFORMER" }, "");
    await field({ name: "bad-source", kind: "LLM", source: "CLOUD" }, "");
    await field({ name: "d", kind: "LLM", description: "x".repeat(20_001) }, "description");
    await field({ name: "price", kind: "LLM", inputPricePerMTok: -0.01 }, "inputPricePerMTok");
    await field({ name: "price", kind: "LLM", outputPricePerMTok: -1 }, "outputPricePerMTok");
    await field({ name: "ctx", kind: "LLM", contextWindow: 0 }, "contextWindow");
    await field({ name: "timeout", kind: "LLM", timeoutMs: -5 }, "timeoutMs");
    await field({ name: "tags", kind: "LLM", tags: ["has space"] }, "tags");
    await field({ name: "tags", kind: "LLM", tags: ["t".repeat(65)] }, "tags");
    await field({ name: "owner", kind: "LLM", ownerId: "nobody" }, "ownerId");
    await field({ name: "owner-b", kind: "LLM", ownerId: a.orgB.adminUserId }, "ownerId");
    await field({ name: "system", kind: "LLM", systemId: "no-such-system" }, "systemId");
    await field({ name: "system-b", kind: "LLM", systemId: foreignSystem.id }, "systemId");
    await field({ name: "dup-model", kind: "LLM" }, "", "CONFLICT");
    const renameDup = await a.gql(UPDATE, { id: target.id, i: { name: "dup-model" } });
    assert.deepEqual(codes(renameDup), ["CONFLICT"]);
    const unknown = await a.gql(UPDATE, { id: "does-not-exist", i: { name: "x" } });
    assert.deepEqual(codes(unknown), ["NOT_FOUND"]);
    assert.deepEqual(codes(await a.gql(`{ model(id: "does-not-exist") { id } }`)), ["NOT_FOUND"]);
    assert.deepEqual(await a.ok(COUNT), before);
  });

  test("isolation: another organisation cannot read, list or change the models", async () => {
    const a = api();
    const { createModel: m } = await a.ok(CREATE, { i: { name: "secret-model", kind: "LLM", tags: ["secret"] } });
    const b = a.orgB.tokens.ADMIN;
    assert.deepEqual(codes(await a.gql(`query($id: ID!) { model(id: $id) { id } }`, { id: m.id }, b)), ["NOT_FOUND"]);
    assert.deepEqual(codes(await a.gql(UPDATE, { id: m.id, i: { description: "pwned" } }, b)), ["NOT_FOUND"]);
    const listed = await a.ok(`{ models(filter: { search: "secret" }) { totalCount } t: models(filter: { tags: ["secret"] }) { totalCount } }`, {}, b);
    assert.equal(listed.models.totalCount, 0);
    assert.equal(listed.t.totalCount, 0);
    const sameName = await a.ok(CREATE, { i: { name: "secret-model", kind: "LLM" } }, b);
    assert.notEqual(sameName.createModel.id, m.id, "names are unique per organisation only");
    const still = await a.ok(`query($id: ID!) { model(id: $id) { description } }`, { id: m.id });
    assert.equal(still.model.description, null);
  });

  test("roles: viewers and auditors read but cannot write", async () => {
    const a = api();
    const { createModel: m } = await a.ok(CREATE, { i: { name: "role-model", kind: "LLM" } }, a.orgA.tokens.CONTRIBUTOR);
    for (const role of ["VIEWER", "AUDITOR"] as const) {
      const token = a.orgA.tokens[role];
      assert.deepEqual(codes(await a.gql(CREATE, { i: { name: `by-${role}`, kind: "LLM" } }, token)), ["FORBIDDEN"]);
      assert.deepEqual(codes(await a.gql(UPDATE, { id: m.id, i: { description: "x" } }, token)), ["FORBIDDEN"]);
      const read = await a.ok(`query($id: ID!) { model(id: $id) { name } models { totalCount } }`, { id: m.id }, token);
      assert.equal(read.model.name, "role-model");
    }
    assert.deepEqual(codes(await a.gql(`{ models { totalCount } }`, {}, null)), ["UNAUTHENTICATED"]);
  });
});
