// The bom-ref of every component Canon writes: the kind of record and its registry id, so a reference is
// unique within the BOM and the same record gets the same ref in every BOM.

export const systemRef = (id: string) => `canon:system/${id}`;
export const releaseRef = (id: string) => `canon:release/${id}`;
export const releaseComponentRef = (id: string) => `canon:release-component/${id}`;
export const modelVersionRef = (id: string) => `canon:model-version/${id}`;
export const datasetVersionRef = (id: string) => `canon:dataset-version/${id}`;
