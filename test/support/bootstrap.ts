// Run as a child process with DATABASE_URL set: migrates the fresh database and creates two
// organisations (A and B), each with an admin user and an ADMIN token. Prints the result as JSON.
import { closeDatabase, createApiToken, createOrganization, userActor } from "@canon/core";
import { migrateDatabase } from "@canon/db";
import { config } from "@canon/config";

await migrateDatabase(config().databaseUrl);
const out: Record<string, { organizationId: string; adminUserId: string; adminToken: string }> = {};
for (const slug of ["org-a", "org-b"]) {
  const { organization, adminUserId } = await createOrganization({ slug, name: slug.toUpperCase(), admin: { email: `admin@${slug}.example`, name: `Admin ${slug}` } });
  const actor = userActor(organization.id, adminUserId, "ADMIN");
  const { token } = await createApiToken({ actor, name: "test-admin", role: "ADMIN" });
  out[slug] = { organizationId: organization.id, adminUserId, adminToken: token };
}
await closeDatabase();
process.stdout.write(JSON.stringify(out));
