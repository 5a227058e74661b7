// A membership as the portal shows it (kept in the session token, so plain JSON only).
export interface PortalMembership {
  organizationId: string;
  organizationName: string;
  role: string;
}

export function sortMemberships(memberships: PortalMembership[]): PortalMembership[] {
  return [...memberships].sort((a, b) => a.organizationName.localeCompare(b.organizationName) || a.organizationId.localeCompare(b.organizationId));
}
