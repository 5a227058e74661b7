// The enqueue command of the job suites: `enqueue.ts <token> <kind> <input JSON> [count]` requests jobs
// through core's enqueueJob as the token's member, on DATABASE_URL, and prints {"ids":[…]} or
// {"error":{code,message}}. (Job kinds are requested by the use cases that need them, not over GraphQL.)
import { authenticateToken, CanonError, closeDatabase, enqueueJob } from "@canon/core";
import "./test-job-kinds";
import "./unclaimed-kind";

const [token, kind, input = "{}", count = "1"] = process.argv.slice(2);
try {
  const actor = await authenticateToken(token!);
  const ids: string[] = [];
  for (let i = 0; i < Number(count); i++) ids.push((await enqueueJob({ actor, kind: kind!, input: JSON.parse(input) })).id);
  process.stdout.write(JSON.stringify({ ids }));
} catch (error) {
  if (!(error instanceof CanonError)) throw error;
  process.stdout.write(JSON.stringify({ error: { code: error.code, message: error.message } }));
} finally {
  await closeDatabase();
}
