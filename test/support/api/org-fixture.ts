// A fresh organisation for a suite: created with its first admin and ADMIN token by the server's
// organisation factory (core's createOrganization), then one member (a person) per other role of core's
// (the factory names them), each with a token of that role, added through the API by that admin.
import type { Role } from "../domain";
import type { CreatedOrganization } from "../server/organization-factory";
import type { Ok } from "./client";

export interface OrgFixture {
  slug: string;
  organizationId: string;
  adminUserId: string;
  /** One member (a person) per role, each with a token of that role. */
  tokens: Record<Role, string>;
  userIds: Record<Role, string>;
}

const ADD_MEMBER = `mutation($i: AddMemberInput!) { addMember(input: $i) { user { id } } }`;
const CREATE_TOKEN = `mutation($i: CreateApiTokenInput!) { createApiToken(input: $i) { token } }`;

export async function createOrgFixture(organizationsUrl: string, ok: Ok, slug: string): Promise<OrgFixture> {
  const res = await fetch(organizationsUrl, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ slug, name: slug.toUpperCase(), adminEmail: `admin@${slug}.example`, adminName: `Admin ${slug}` }),
  });
  if (!res.ok) throw new Error(`creating organisation ${slug} failed: ${await res.text()}`);
  const created = (await res.json()) as CreatedOrganization;
  const tokens = { ADMIN: created.adminToken } as Record<Role, string>;
  const userIds = { ADMIN: created.adminUserId } as Record<Role, string>;
  for (const role of created.roles.filter((r) => r !== "ADMIN")) {
    const { addMember } = await ok(ADD_MEMBER, { i: { email: `${role.toLowerCase()}@${slug}.example`, name: `${role} of ${slug}`, role } }, created.adminToken);
    const { createApiToken } = await ok(CREATE_TOKEN, { i: { name: `test-${role}`, role, ownerId: addMember.user.id } }, created.adminToken);
    tokens[role] = createApiToken.token;
    userIds[role] = addMember.user.id;
  }
  return { slug, organizationId: created.organizationId, adminUserId: created.adminUserId, tokens, userIds };
}
