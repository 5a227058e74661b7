export { createDataset, type CreateDatasetInput } from "./create-dataset";
export { createDatasetVersion, type CreateDatasetVersionInput } from "./create-dataset-version";
export { DATA_CLASSIFICATIONS, type DatasetFieldsInput } from "./dataset-fields";
export { getDataset, getDatasetVersion } from "./get-dataset";
export { listDatasets, type DatasetFilter, type DatasetSortField } from "./list-datasets";
export { listDatasetVersions } from "./list-dataset-versions";
export { loadDatasets, loadDatasetVersions, loadLatestDatasetVersions, MAX_LATEST_DATASET_VERSIONS } from "./load-datasets";
export { updateDataset } from "./update-dataset";
