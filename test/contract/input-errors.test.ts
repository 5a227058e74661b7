// GraphQL's own refusals of argument values (wrong type, unknown enum name, null for non-null, missing
// required argument or field) are VALIDATION errors naming the argument path in `extensions.field`, like
// core's refusals — for every argument of every query and mutation, sent as variables and as literals.
// Syntax errors and unknown fields or arguments keep GraphQL's own codes.
import assert from "node:assert/strict";
import { test } from "node:test";
import { buildClientSchema, getIntrospectionQuery } from "graphql";
import { codes, describeContract, type GraphQLResponse, type TestApi } from "../support/contract";
import { testDatabaseKinds } from "../support/databases/kinds";
import { inputErrorCases, type InputErrorCase } from "./input-error-cases";

async function inParallel<T, R>(items: T[], width: number, run: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < items.length) {
        const i = next++;
        out[i] = await run(items[i]!);
      }
    }),
  );
  return out;
}

/** Why a response is not the refusal the case expects, or undefined if it is. */
function problem(c: InputErrorCase, res: GraphQLResponse): string | undefined {
  const errors = res.errors ?? [];
  if (errors.length === 0) return "not refused";
  const wrong = errors.filter((e) => e.extensions?.code !== "VALIDATION" || typeof e.extensions?.field !== "string" || e.extensions.field === "");
  if (wrong.length) return `refused without VALIDATION and a field: ${JSON.stringify(wrong.map((e) => ({ message: e.message, ...e.extensions })))}`;
  const fields = errors.map((e) => e.extensions?.field);
  if (!fields.includes(c.field)) return `expected field ${c.field}, got ${JSON.stringify(fields)} (${errors[0]!.message})`;
  return undefined;
}

describeContract("input errors", (api) => {
  test("every refused argument value is VALIDATION naming its argument path, as variables and as literals", async (t) => {
    const a: TestApi = api();
    const [first] = testDatabaseKinds();
    if (a.kind !== first) return t.skip(`GraphQL refuses these before any store is read: walked on ${first} only`);
    const schema = buildClientSchema(await a.ok(getIntrospectionQuery()));
    const cases = inputErrorCases(schema);
    // Refusals come before authorisation: sent without a token, no request reaches the database.
    const responses = await inParallel(cases, 8, (c) => a.gql(c.query, c.variables, null));
    const failures = cases.flatMap((c, i) => {
      const why = problem(c, responses[i]!);
      return why ? [`${c.name}: ${why}\n    ${c.query} ${JSON.stringify(c.variables)}`] : [];
    });
    const withField = responses.filter((r) => r.errors?.length && r.errors.every((e) => e.extensions?.field)).length;
    t.diagnostic(`${cases.length} refusals, ${withField} naming a field, ${failures.length} not as expected`);
    assert.ok(cases.length > 300, `the schema yields ${cases.length} cases`);
    assert.deepEqual(failures.slice(0, 25), [], `${failures.length} of ${cases.length} refusals are not VALIDATION with the argument path`);
  });

  test("the field names the argument, drops `input`, and writes list indexes as .0", async () => {
    const a = api();
    const field = async (query: string, variables?: Record<string, unknown>) => {
      const res = await a.gql(query, variables);
      assert.deepEqual(codes(res), ["VALIDATION"], JSON.stringify(res.errors));
      return res.errors![0]!.extensions!.field;
    };
    const CREATE_MODEL = `mutation($i: CreateModelInput!) { createModel(input: $i) { id } }`;
    assert.equal(await field(CREATE_MODEL, { i: { name: "m", kind: "NOPE" } }), "kind");
    assert.equal(await field(CREATE_MODEL, { i: { kind: "LLM" } }), "name");
    assert.equal(await field(CREATE_MODEL, { i: { name: null, kind: "LLM" } }), "name");
    assert.equal(await field(CREATE_MODEL, {}), "input");
    assert.equal(await field(`mutation { createModel(input: { name: "m", kind: NOPE }) { id } }`), "kind");
    assert.equal(await field(`mutation { createModel(input: { kind: LLM }) { id } }`), "name");
    assert.equal(await field(`mutation($k: ModelKind!) { createModel(input: { name: "m", kind: $k }) { id } }`, { k: "NOPE" }), "kind");
    assert.equal(await field(`query { model { id } }`), "id");
    assert.equal(await field(`query($x: ID!) { model(id: $x) { id } }`, { x: true }), "id");
    assert.equal(await field(`query { model(id: 12.5) { id } }`), "id");
    const metrics = `mutation($i: RecordEvaluationInput!) { recordEvaluation(input: $i) { id } }`;
    const res = await a.gql(metrics, { i: { modelVersionId: "x", suite: "s", metrics: [{ name: "auc", value: "high" }] } });
    assert.ok(
      res.errors?.some((e) => e.extensions?.code === "VALIDATION" && e.extensions.field === "metrics.0.value"),
      JSON.stringify(res.errors),
    );
  });

  test("syntax errors, unknown fields and unknown arguments keep GraphQL's codes", async () => {
    const a = api();
    assert.deepEqual(codes(await a.gql(`query { models { `)), ["GRAPHQL_PARSE_FAILED"]);
    assert.deepEqual(codes(await a.gql(`query { notAField }`)), ["GRAPHQL_VALIDATION_FAILED"]);
    assert.deepEqual(codes(await a.gql(`query { models(notAnArgument: 1) { totalCount } }`)), ["GRAPHQL_VALIDATION_FAILED"]);
    assert.deepEqual(
      codes(await a.gql(`query($id: ID) { model(id: $id) { id } }`, { id: "x" })),
      ["GRAPHQL_VALIDATION_FAILED"],
      "a variable declared with the wrong type is the document's fault",
    );
  });
});
