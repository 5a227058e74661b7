export { createOrganization, createOrganizationInput, type CreateOrganizationInput } from "./create-organization";
export { getOrganization } from "./get-organization";
export { organizationProfileInput, updateOrganization, type OrganizationProfileInput } from "./update-organization";
