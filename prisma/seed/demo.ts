// The demo organisation ("Northwind Financial"), seeded through the same audited use cases the API
// calls. Demo mode only: refuses to run unless CANON_DEMO is on (never in production).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { config } from "@canon/config";
import * as core from "@canon/core";
import type { Actor } from "@canon/core";
import type { Role } from "@canon/db";
import { DEMO_PEOPLE } from "./demo-people";
import { seedDemoCompliance } from "./demo-compliance";
import { seedDemoRegistry } from "./demo-registry";
import { DEMO_SYSTEMS } from "./demo-systems";

export const DEMO_SLUG = "northwind";

export interface DemoSummary {
  organizationName: string;
  people: { role: Role; email: string; password: string }[];
  tokens: { role: Role; token: string }[];
}

function tokensFile(): string {
  const { databaseUrl, databaseProvider } = config();
  const dir = databaseProvider === "sqlite" ? path.dirname(databaseUrl.replace(/^file:/, "")) : path.resolve("data");
  return path.join(dir, `demo-tokens-${DEMO_SLUG}.json`);
}

const userActor = (organizationId: string, userId: string, role: Role): Actor => core.userActor(organizationId, userId, role);

/** Seeds the demo organisation unless it exists; returns the demo logins and tokens either way. */
export async function ensureDemo(): Promise<DemoSummary> {
  if (!config().demo) throw new Error("The demo seed runs only in demo mode (CANON_DEMO=1), never in production");
  const people = DEMO_PEOPLE.map(({ role, email, password }) => ({ role, email, password }));
  const existing = await core.database().reader.organization.findUnique({ where: { slug: DEMO_SLUG } });
  if (existing) {
    const tokens = existsSync(tokensFile()) ? (JSON.parse(readFileSync(tokensFile(), "utf8")) as DemoSummary["tokens"]) : [];
    return { organizationName: existing.name, people, tokens };
  }

  const [adminPerson, ...others] = DEMO_PEOPLE;
  const { organization, adminUserId } = await core.createOrganization({
    slug: DEMO_SLUG,
    name: "Northwind Financial",
    admin: { email: adminPerson!.email, name: adminPerson!.name, password: adminPerson!.password },
  });
  const orgId = organization.id;
  const admin = userActor(orgId, adminUserId, "ADMIN");
  const userIds: Record<string, string> = { admin: adminUserId };
  for (const p of others) {
    const m = await core.addMember({ actor: admin, email: p.email, name: p.name, role: p.role, password: p.password });
    userIds[p.key] = m.userId;
  }
  await core.updateOrganization({
    actor: admin,
    input: {
      legalName: "Northwind Financial Services AG",
      addressStreet: "Mainzer Landstraße 50",
      addressCity: "Frankfurt am Main",
      addressPostalCode: "60325",
      addressCountry: "DE",
      contactEmail: "ai-governance@northwind.example",
      contactPhone: "+49 69 0000 0000",
    },
  });
  const tokens: DemoSummary["tokens"] = [];
  for (const p of DEMO_PEOPLE) {
    const { token } = await core.createApiToken({ actor: admin, name: `demo-${p.role.toLowerCase()}`, role: p.role, ownerId: userIds[p.key] });
    tokens.push({ role: p.role, token });
  }
  mkdirSync(path.dirname(tokensFile()), { recursive: true });
  writeFileSync(tokensFile(), JSON.stringify(tokens, null, 2), { mode: 0o600 });

  const actors = {
    admin,
    lead: userActor(orgId, userIds.lead!, "CONTRIBUTOR"),
    officer: userActor(orgId, userIds.officer!, "APPROVER"),
  };
  const systems: Record<string, string> = {};
  for (const s of DEMO_SYSTEMS) {
    const created = await core.createAISystem({ actor: actors.lead, input: { ...s.input, ownerId: userIds[s.owner] } });
    systems[s.input.reference] = created.id;
    if (s.classification) await core.classifyAISystem({ actor: actors.officer, id: created.id, input: s.classification });
  }
  // Northwind's own policy for transparency-tier systems: cards at least 40% complete (the default asks 50%).
  await core.setApprovalPolicy({
    actor: admin,
    input: { riskTier: "TRANSPARENCY", requiredApprovals: 1, approverRoles: ["APPROVER", "ADMIN"], minCardCompleteness: 0.4 },
  });
  await seedDemoRegistry({ actors, systems, userIds, approved: new Set() });
  await seedDemoCompliance({ actors, systems, userIds });
  return { organizationName: organization.name, people, tokens };
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const { migrateDatabase } = await import("@canon/db");
  await migrateDatabase(config().databaseUrl);
  const summary = await ensureDemo();
  console.log(`Demo organisation "${summary.organizationName}" is ready.`);
  await core.closeDatabase();
}
