// The same contract suite runs once per database: describeContract("models", (api) => { ... }).
import { after, before, describe } from "node:test";
import { startApi, type StartOptions, type TestApi } from "./api-server";
import { testDatabaseKinds } from "./databases";

export function describeContract(name: string, body: (api: () => TestApi) => void, options: StartOptions = {}) {
  for (const kind of testDatabaseKinds()) {
    describe(`${name} [${kind}]`, () => {
      let api: TestApi | undefined;
      before(async () => {
        api = await startApi(kind, options);
      });
      after(async () => {
        await api?.stop();
      });
      body(() => {
        if (!api) throw new Error("API not started");
        return api;
      });
    });
  }
}

/** The error codes of a response, for compact assertions. */
export function codes(res: { errors?: { extensions?: { code?: string } }[] }): (string | undefined)[] {
  return (res.errors ?? []).map((e) => e.extensions?.code);
}
