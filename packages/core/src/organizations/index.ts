export { createOrganization, type CreateOrganizationInput } from "./create-organization";
export { getOrganization } from "./get-organization";
export { updateOrganization, type OrganizationProfileInput } from "./update-organization";
