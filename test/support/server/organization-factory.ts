// Runs inside a test API process (test-api-main.ts): a second listener on 127.0.0.1 that creates an
// organisation with its first admin and that admin's ADMIN token through core, exactly as
// scripts/create-organization.ts does. Suites on a shared server get fresh organisations this way,
// without a process of their own. POST / with { slug, name, adminEmail, adminName }; the answer also
// lists core's roles, so the test process knows them without loading core.
import { createServer, type Server } from "node:http";
import { createApiToken, createOrganization, ROLES, userActor, type Role } from "@canon/core";

export interface CreatedOrganization {
  organizationId: string;
  adminUserId: string;
  adminToken: string;
  /** Every role, from core (the fixture makes one member per role). */
  roles: readonly Role[];
}

async function create(input: { slug: string; name: string; adminEmail: string; adminName: string }): Promise<CreatedOrganization> {
  const { organization, adminUserId } = await createOrganization({
    slug: input.slug,
    name: input.name,
    admin: { email: input.adminEmail, name: input.adminName },
  });
  const actor = userActor(organization.id, adminUserId, "ADMIN");
  const { token } = await createApiToken({ actor, name: "test-admin", role: "ADMIN" });
  return { organizationId: organization.id, adminUserId, adminToken: token, roles: ROLES };
}

export function serveOrganizationFactory(port: number): Promise<Server> {
  const server = createServer((req, res) => {
    if (req.method !== "POST") return void res.writeHead(200).end("organisation factory");
    let body = "";
    req.on("data", (chunk) => (body += chunk));
    req.on("end", () => {
      create(JSON.parse(body)).then(
        (created) => res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(created)),
        (error: Error) => res.writeHead(500, { "content-type": "text/plain" }).end(error.stack ?? error.message),
      );
    });
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve(server));
  });
}
