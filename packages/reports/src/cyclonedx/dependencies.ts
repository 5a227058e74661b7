// The BOM's dependency graph: a system depends on its releases, a release on its stack (registered
// model versions by their own bom-ref, other entries by the component nested in the release), and a
// model version on the dataset versions it was made or checked with. Every component gets an entry, so
// a consumer can tell "depends on nothing" from "not described".
import type { MlBomModel } from "../model/ml-bom";
import { datasetVersionRef, modelVersionRef, releaseComponentRef, releaseRef, systemRef } from "./bom-refs";
import type { Draft } from "./draft";
import { orderedDatasetVersions, orderedModelVersions, orderedReleases, orderedSystems } from "./ml-bom-order";
import { uniqueSorted } from "./order";
import { releaseStack, stackEntryRef } from "./system-component";

const entry = (ref: string, dependsOn: string[] = []): Draft => ({ ref, dependsOn });

export function dependencyGraph(model: MlBomModel): Draft[] {
  const graph: Draft[] = [];
  for (const system of orderedSystems(model)) {
    const releases = orderedReleases(system);
    graph.push(
      entry(
        systemRef(system.id),
        releases.map((r) => releaseRef(r.id)),
      ),
    );
    for (const release of releases) {
      const stack = releaseStack(release);
      graph.push(entry(releaseRef(release.id), [...new Set(stack.map(stackEntryRef))]));
      for (const external of stack.filter((e) => !e.modelVersionId)) graph.push(entry(releaseComponentRef(external.id)));
    }
  }
  for (const { version } of orderedModelVersions(model))
    graph.push(entry(modelVersionRef(version.id), uniqueSorted(version.lineage.map((u) => datasetVersionRef(u.datasetVersionId)))));
  for (const { version } of orderedDatasetVersions(model)) graph.push(entry(datasetVersionRef(version.id)));
  return graph;
}
