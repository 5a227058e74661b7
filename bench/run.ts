// npm run bench — measures the API on the seeded bench registry (npm run seed:bench first) and prints
// medians, p95, SQL statements per request, and the ratio to hand-written SQL (the floor). It serves the
// real HTTP server in this process so that every SQL statement a request causes can be counted.
import { config } from "@canon/config";
import { createApiToken, database, initDatabase, userActor, withinOrganization } from "@canon/core";
import type { AddressInfo } from "node:net";
import { openFloor } from "./floor";
import { fmt, measure, type Summary } from "./stats";

const RUNS = Number(process.argv[2] ?? 200);
const cfg = config();
let statements = 0;
initDatabase({ onQuery: () => statements++ });
const count = () => statements;

const org = await database().reader.organization.findUnique({ where: { slug: "bench" } });
if (!org) {
  console.error(`No bench registry in ${cfg.databaseUrl}: run \`npm run seed:bench\` first.`);
  process.exit(1);
}
const { createApiServer } = await import("../apps/api/src/http/server");
const { server } = await createApiServer();
await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
const admin = await withinOrganization(org.id, () =>
  database().reader.membership.findFirstOrThrow({ where: { role: "ADMIN" }, orderBy: { createdAt: "asc" } }),
);
const { token } = await createApiToken({ actor: userActor(org.id, admin.userId, "ADMIN"), name: `bench-${Date.now()}`, role: "ADMIN" });

async function gql(query: string, variables: Record<string, unknown> = {}) {
  const res = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: any; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

const MODEL_BY_ID = `query($id: ID!) { model(id: $id) { id name kind latestVersion { id number } } }`;
const INVENTORY = `query($first: Int!) { models(first: $first, orderBy: { field: NAME, direction: ASC }) { nodes {
  id name kind
  latestVersion { id number stage artifactDigest latestEvaluations { suite passed evaluatedAt metrics { name value passed } } }
  aliases { name versionId }
} } }`;
const BY_TAG = `query($tag: String!, $first: Int!) { modelVersionsByTag(tag: $tag, first: $first) { nodes { id number model { name } } } }`;
const REGISTER = `mutation($i: RegisterModelVersionInput!) { registerModelVersion(input: $i) { number } }`;

const bigModel = "bm-000000";
const smallModel = "bm-000001";
const rows: [string, Summary, number | null][] = [];
const floor = cfg.databaseProvider === "sqlite" ? openFloor(cfg.databaseUrl.replace(/^file:/, "")) : null;
const floorMs = async (fn: () => unknown) =>
  floor
    ? (
        await measure(
          RUNS,
          20,
          async () => void fn(),
          () => 0,
        )
      ).median
    : null;

// Sanity: the API and the floor return exactly the same inventory pages (compared as JSON).
if (floor) {
  for (const first of [10, 100]) {
    const apiPage = (await gql(INVENTORY, { first })).models.nodes as unknown[];
    const floorPage = floor.inventoryPage(org.id, first);
    const at = apiPage.findIndex((m, i) => JSON.stringify(m) !== JSON.stringify(floorPage[i]));
    if (at >= 0 || apiPage.length !== floorPage.length) {
      console.warn(
        `warning: the API's inventory page of ${first} differs from the floor's` +
          (at >= 0 ? ` (first at model ${at}):` : ` (${apiPage.length} vs ${floorPage.length} models)`),
      );
      if (at >= 0) console.warn(`  api:   ${JSON.stringify(apiPage[at])}\n  floor: ${JSON.stringify(floorPage[at])}`);
    }
  }
}

rows.push([
  "model by id",
  await measure(RUNS, 20, () => gql(MODEL_BY_ID, { id: "bm-004242" }), count),
  await floorMs(() => floor!.modelById(org.id, "bm-004242")),
]);
rows.push([
  "inventory page, 10 models",
  await measure(RUNS, 10, () => gql(INVENTORY, { first: 10 }), count),
  await floorMs(() => floor!.inventoryPage(org.id, 10)),
]);
rows.push([
  "inventory page, 100 models",
  await measure(RUNS, 10, () => gql(INVENTORY, { first: 100 }), count),
  await floorMs(() => floor!.inventoryPage(org.id, 100)),
]);
rows.push([
  "versions by tag, 50",
  await measure(RUNS, 10, () => gql(BY_TAG, { tag: "exp-10", first: 50 }), count),
  await floorMs(() => floor!.versionsByTag(org.id, "exp-10", 50)),
]);

let n = 0;
const register = (modelId: string) => () =>
  gql(REGISTER, { i: { modelId, artifactUri: `s3://bench/new/${modelId}/${++n}`, artifactDigest: (n.toString(16) + "0".repeat(64)).slice(0, 64) } });
const regRuns = Math.max(20, Math.floor(RUNS / 2));
const small = await measure(regRuns, 5, register(smallModel), count);
const big = await measure(regRuns, 5, register(bigModel), count);
rows.push(["register version, 10-version model", small, null]);
rows.push(["register version, 10k-version model", big, null]);

console.log(`\nCanon benchmark — ${cfg.databaseProvider}, ${RUNS} runs per read scenario, ${regRuns} per registration (after warm-up)\n`);
console.log(
  `${"scenario".padEnd(38)} ${"median".padStart(10)} ${"p95".padStart(10)} ${"SQL/req".padStart(8)} ${"floor".padStart(10)} ${"× floor".padStart(8)}`,
);
for (const [name, s, f] of rows) {
  console.log(
    `${name.padEnd(38)} ${fmt(s.median).padStart(10)} ${fmt(s.p95).padStart(10)} ${String(s.statements).padStart(8)} ${(f === null ? "—" : fmt(f)).padStart(10)} ${(f === null ? "—" : (s.median / f).toFixed(1)).padStart(8)}`,
  );
}
const inv10 = rows[1]![1].statements;
const inv100 = rows[2]![1].statements;
console.log(`\nSQL statements per inventory request: ${inv10} for 10 models, ${inv100} for 100 (independent of page size: ${inv10 === inv100 ? "yes" : "NO"})`);
console.log(`Registration on the 10k-version model vs the 10-version model: ${(big.median / small.median).toFixed(2)}× (median)`);
floor?.close();
server.close();
await database().close();
process.exit(0);
