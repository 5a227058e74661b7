export { createRelease } from "./create-release";
export { getRelease } from "./get-release";
export { listReleases, releaseFilter, type ReleaseFilter } from "./list-releases";
export { loadReleaseComponents, loadReleases } from "./load-releases";
export {
  COMPONENT_ROLES,
  createReleaseInput,
  MAX_COMPONENTS,
  releaseComponentInput,
  type CreateReleaseInput,
  type ReleaseComponentInput,
} from "./release-input";
