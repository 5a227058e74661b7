// npm run db:migrate — applies committed migrations to the database named by DATABASE_URL.
import { config } from "@canon/config";
import { migrateDatabase } from "@canon/db";

const { databaseUrl, databaseProvider } = config();
const result = await migrateDatabase(databaseUrl);
console.log(
  `${databaseProvider}: applied ${result.applied.length} migration(s)${result.applied.length ? ": " + result.applied.join(", ") : ""}; ${result.alreadyApplied.length} already applied`,
);
