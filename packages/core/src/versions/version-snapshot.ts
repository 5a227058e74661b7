/** The audit snapshot of a model version: its columns, tags and lineage. */
export function versionSnapshot<V extends object>(version: V, tags: string[], lineage: { datasetVersionId: string; role: string }[]) {
  const sortedLineage = [...lineage]
    .map((l) => ({ datasetVersionId: l.datasetVersionId, role: l.role }))
    .sort((a, b) => `${a.datasetVersionId}/${a.role}`.localeCompare(`${b.datasetVersionId}/${b.role}`));
  return { ...version, tags: [...tags].sort(), lineage: sortedLineage };
}
