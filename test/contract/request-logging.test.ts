// Every request ends with one log line (request id, operation, duration, status, organisation, person,
// error codes), the request id is echoed back, and no credential or password sent in a request reaches
// the log. Read from the API's own output at level info.
import assert from "node:assert/strict";
import { test } from "node:test";
import { describeContract } from "../support/contract";

type Line = Record<string, any>;

function lines(output: string): Line[] {
  return output.split("\n").flatMap((l) => {
    try {
      const parsed = JSON.parse(l);
      return parsed && typeof parsed === "object" ? [parsed as Line] : [];
    } catch {
      return [];
    }
  });
}

describeContract(
  "request logging",
  (api) => {
    async function post(body: unknown, headers: Record<string, string>) {
      const res = await fetch(`${api().url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body: JSON.stringify(body),
      });
      return { res, json: (await res.json()) as any };
    }

    /** The request line of `requestId`, once the server has written it. */
    async function requestLine(requestId: string): Promise<Line> {
      for (let i = 0; i < 50; i++) {
        const line = lines(api().logs()).find((l) => l.msg === "request" && l.requestId === requestId);
        if (line) return line;
        await new Promise((r) => setTimeout(r, 50));
      }
      throw new Error(`no request line for ${requestId} in:\n${api().logs()}`);
    }

    test("one line per request with id, operation, duration, status, organisation and person; no secret logged", async () => {
      const a = api();
      const token = a.orgA.tokens.ADMIN;
      const password = "correct-horse-battery-staple-7";
      const { res, json } = await post(
        {
          query: `mutation AddPerson($i: AddMemberInput!) { addMember(input: $i) { user { id } } }`,
          variables: { i: { email: "logged@example.com", name: "Logged", role: "VIEWER", password } },
          operationName: "AddPerson",
        },
        { authorization: `Bearer ${token}`, "x-request-id": "trace-4711", cookie: "next-auth.session-token=cookie-secret-1" },
      );
      assert.equal(json.errors, undefined, JSON.stringify(json.errors));
      assert.equal(res.headers.get("x-request-id"), "trace-4711", "a sane incoming id is echoed");
      const line = await requestLine("trace-4711");
      assert.equal(line.operation, "AddPerson");
      assert.equal(line.operationType, "mutation");
      assert.equal(line.status, 200);
      assert.equal(typeof line.durationMs, "number");
      assert.equal(line.organizationId, a.orgA.organizationId);
      assert.equal(line.userId, a.orgA.userIds.ADMIN);
      assert.equal(line.actorType, "TOKEN");
      assert.equal(line.errors, undefined);

      const refused = await post(
        { query: `query Broken($id: ID!) { model(id: $id) { id } }`, variables: { id: true } },
        { authorization: `Bearer ${token}`, "x-request-id": "has spaces; and <angles>" },
      );
      const generated = refused.res.headers.get("x-request-id")!;
      assert.match(generated, /^[0-9a-f-]{36}$/, "an insane id is replaced by a new one");
      const refusedLine = await requestLine(generated);
      assert.equal(refusedLine.operation, "Broken");
      assert.deepEqual(refusedLine.errors, ["VALIDATION"]);

      const unauthenticated = await post({ query: `{ me { id } }` }, { authorization: "Bearer not-a-real-token-secret-42" });
      const deniedLine = await requestLine(unauthenticated.res.headers.get("x-request-id")!);
      assert.equal(deniedLine.status, 401);
      assert.deepEqual(deniedLine.errors, ["UNAUTHENTICATED"]);

      const output = a.logs();
      for (const secret of [token, password, "cookie-secret-1", "not-a-real-token-secret-42"])
        assert.ok(!output.includes(secret), `the log never holds ${secret.slice(0, 12)}…`);
    });
  },
  { env: { LOG_LEVEL: "info" } },
);
