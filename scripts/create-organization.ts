// npm run org:create -- --slug acme --name "Acme" --admin-email a@acme.example --admin-name "Ada" [--token-name ci]
// Creates an organisation with its first administrator and prints an ADMIN API token (shown once) as JSON.
import { parseArgs } from "node:util";
import { closeDatabase, createApiToken, createOrganization, userActor } from "@canon/core";

const { values } = parseArgs({
  options: {
    slug: { type: "string" },
    name: { type: "string" },
    "admin-email": { type: "string" },
    "admin-name": { type: "string" },
    "admin-password": { type: "string" },
    "token-name": { type: "string", default: "bootstrap" },
  },
});
if (!values.slug || !values.name || !values["admin-email"]) {
  console.error("usage: npm run org:create -- --slug SLUG --name NAME --admin-email EMAIL [--admin-name NAME] [--admin-password PW] [--token-name NAME]");
  process.exit(2);
}
const { organization, adminUserId } = await createOrganization({
  slug: values.slug,
  name: values.name,
  admin: { email: values["admin-email"], name: values["admin-name"] ?? values["admin-email"], password: values["admin-password"] },
});
// The first admin issues their own bootstrap token.
const actor = userActor(organization.id, adminUserId, "ADMIN");
const { token } = await createApiToken({ actor, name: values["token-name"]!, role: "ADMIN" });
console.log(JSON.stringify({ organizationId: organization.id, slug: organization.slug, adminUserId, adminToken: token }));
await closeDatabase();
