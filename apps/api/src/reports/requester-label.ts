// The requester of a report as it prints them: "Name <email>", or their id if they are no longer a member.
import { listMembers, systemActor } from "@canon/core";

export async function requesterLabel(organizationId: string, personId: string | null): Promise<string> {
  if (!personId) return "Canon";
  const actor = systemActor(organizationId, "report");
  for (let after: string | null = null; ;) {
    const page: Awaited<ReturnType<typeof listMembers>> = await listMembers({ actor, page: { first: 100, after } });
    const member = page.nodes.find((m) => m.userId === personId);
    if (member) return `${member.user.name} <${member.user.email}>`;
    if (!page.hasNextPage) return personId;
    after = page.endCursor;
  }
}
