export { createRelease } from "./create-release";
export { getRelease } from "./get-release";
export { listReleases, type ReleaseFilter } from "./list-releases";
export { loadReleaseComponents, loadReleases } from "./load-releases";
export { COMPONENT_ROLES, MAX_COMPONENTS, type CreateReleaseInput, type ReleaseComponentInput } from "./release-input";
